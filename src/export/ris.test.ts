import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCitations } from '../test/citation-parsers.ts';
import { datasetWithText, eventOf, letter, LETTER_EVENTS, LINK } from '../test/export-fixtures.ts';
import { citedWork, oneLine } from './cited-work.ts';
import { toRis } from './ris.ts';

const SHORT = 'joint-letter-2014-12-16';

async function readOne(text: string) {
  const items = await readCitations(text);
  expect(items).toHaveLength(1);
  return items[0] ?? {};
}

const notes = (item: Record<string, unknown>) => [item.note].flat().map(String);

describe('toRis', () => {
  it('cites the demonstration as a document by the three organisations, with the paragraph, quote and link as notes', async () => {
    const event = eventOf(letter, 'grozny-demonstration');
    const text = toRis(citedWork(letter, SHORT, LINK, event));
    expect(text.startsWith('TY  - GEN\r\n')).toBe(true);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const item = await readOne(text);
    expect(item).toMatchObject({
      type: 'document',
      title:
        'Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment',
      author: [
        { literal: 'Amnesty International' },
        { literal: 'Front Line Defenders' },
        { literal: 'Human Rights Watch' },
      ],
      issued: { 'date-parts': [[2014, 12, 16]] },
      number: 'Index: EUR 46/056/2014',
      URL: LINK,
    });
    expect(notes(item)).toEqual([
      `${event.title} (13 December 2014; the source says “${event.dateWording ?? ''}”), paragraph 5`,
      `‘${event.sources[0]?.quote ?? ''}’ (paragraph 5)`,
    ]);
  });

  it('cites the whole letter without notes', async () => {
    const item = await readOne(toRis(citedWork(letter, SHORT, 'https://app.test/', undefined)));
    expect(item.note).toBeUndefined();
    expect(item.URL).toBe('https://app.test/');
  });

  it.each(LETTER_EVENTS)(
    'gives the date of %s only in words, as certain as the source',
    async (id) => {
      const event = eventOf(letter, id);
      const item = await readOne(toRis(citedWork(letter, SHORT, LINK, event)));
      // The only date field is the document's own.
      expect(item.issued).toEqual({ 'date-parts': [[2014, 12, 16]] });
      expect(item['event-date']).toBeUndefined();
      const first = notes(item)[0] ?? '';
      if (event.certainty === 'approximate') expect(first).toContain('(about ');
      if (event.certainty === 'inferred') expect(first).toContain('(inferred)');
    },
  );
});

const anyText = fc
  .string({
    unit: fc.constantFrom(...'ab -\r\n\t\u2028\u0085ER  - TY\u202Eא“'),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => oneLine(s).trim() !== '');

describe('toRis with any text', () => {
  it('keeps one record, each field on its own line, whatever the text holds', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (title, quote) => {
        const { dataset, event } = datasetWithText({
          docTitle: title,
          title,
          quote,
          organisation: title,
        });
        const text = toRis(citedWork(dataset, 'test', LINK, event));
        const lines = text.split('\r\n');
        expect(lines.at(-1)).toBe('');
        for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
        const item = await readOne(text);
        expect(String(item.title)).toBe(oneLine(title).replace(/ {2,}/g, ' ').trim());
        expect(item.URL).toBe(LINK);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
