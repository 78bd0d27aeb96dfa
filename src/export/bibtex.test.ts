import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetWithText, eventOf, letter, LETTER_EVENTS, LINK } from '../test/export-fixtures.ts';
import { toBibtex } from './bibtex.ts';
import { citedWork, oneLine } from './cited-work.ts';
import { inEnglishQuotes } from '../text/quote-marks.ts';

const SHORT = 'joint-letter-2014-12-16';
const TITLE =
  'Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment';

/** Parses with the parser behind Better BibTeX for Zotero, keeping case as written; fails on any error. */
function readBibtex(text: string) {
  const library = parse(text, { english: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const entry = library.entries[0];
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('toBibtex', () => {
  it('cites the demonstration as the letter at paragraph 5, with the quote, the event and the link', () => {
    const event = eventOf(letter, 'grozny-demonstration');
    const quote = event.sources[0]?.quote ?? '';
    const text = toBibtex(citedWork(letter, SHORT, LINK, event));
    const entry = readBibtex(text);
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('joint-letter-2014-12-16:grozny-demonstration');
    expect(entry.fields.title).toBe(TITLE);
    expect(entry.fields.author?.map((a) => a.name)).toEqual([
      'Amnesty International',
      'Front Line Defenders',
      'Human Rights Watch',
    ]);
    expect(entry.fields.date).toBe('2014-12-16');
    expect(entry.fields.note).toBe('Index: EUR 46/056/2014, paragraph 5');
    expect(entry.fields.eventtitle).toBe(event.title);
    expect(entry.fields.eventdate).toBe('2014-12-13');
    // The quote has double marks of its own: single marks round it show where it ends.
    expect(entry.fields.annote).toContain(`‘${quote}’ (paragraph 5)`);
    expect(entry.fields.annote).toContain(`the source says “${event.dateWording ?? ''}”`);
    expect(entry.fields.url).toBe(LINK);
  });

  it('cites the whole letter without an event, its reference as the note', () => {
    const entry = readBibtex(toBibtex(citedWork(letter, SHORT, 'https://app.test/', undefined)));
    expect(entry.key).toBe('joint-letter-2014-12-16');
    expect(entry.fields.note).toBe('Index: EUR 46/056/2014');
    expect(entry.fields.eventtitle).toBeUndefined();
    expect(entry.fields.annote).toBeUndefined();
    expect(entry.fields.url).toBe('https://app.test/');
  });

  it.each(LETTER_EVENTS)('never gives the date of %s as more exact than the source', (id) => {
    const event = eventOf(letter, id);
    const entry = readBibtex(toBibtex(citedWork(letter, SHORT, LINK, event)));
    if (event.certainty === 'stated' && !event.ongoing) {
      expect(entry.fields.eventdate).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
    } else {
      // Importers drop biblatex's ~, ? and open ends, so an uncertain date has no date field at all.
      expect(entry.fields.eventdate).toBeUndefined();
    }
    if (event.certainty === 'approximate') expect(entry.fields.annote).toContain('(about ');
    if (event.certainty === 'inferred') expect(entry.fields.annote).toContain('(inferred)');
    if (event.ongoing) expect(entry.fields.annote).toContain('still going on 16 December 2014');
  });

  it('names every paragraph an event quotes once, in order', () => {
    // No event of the letter quotes two body paragraphs: one that did would be cited so.
    const threats = eventOf(letter, 'kalyapin-death-threats');
    const general = { paragraph: 'p4', quote: 'death threats' };
    const entry = readBibtex(
      toBibtex(
        citedWork(letter, SHORT, LINK, { ...threats, sources: [...threats.sources, general] }),
      ),
    );
    expect(entry.fields.note).toBe('Index: EUR 46/056/2014, paragraphs 7, 1');
    const alone = readBibtex(toBibtex(citedWork(letter, SHORT, LINK, threats)));
    expect(alone.fields.note).toBe('Index: EUR 46/056/2014, paragraph 7');
    const twice = readBibtex(
      toBibtex(
        citedWork(letter, SHORT, LINK, eventOf(letter, 'police-forcibly-enter-jmg-apartment')),
      ),
    );
    expect(twice.fields.note).toBe('Index: EUR 46/056/2014, paragraph 6');
  });

  it('names heading and closing lines as the panel does, never by their ids', () => {
    const entry = readBibtex(
      toBibtex(citedWork(letter, SHORT, LINK, eventOf(letter, 'joint-letter-to-putin'))),
    );
    expect(entry.fields.note).toBe('Index: EUR 46/056/2014, heading lines; closing line');
    expect(entry.fields.annote).toContain('(heading line)');
    expect(entry.fields.annote).toContain('(closing line)');
    expect(entry.fields.annote).not.toMatch(/\bp\d+\b/);
  });

  it.each([
    ['TeX specials', String.raw`50% of \$ & #1 _under_ ^hat ~tilde {brace} \end{document}`],
    ['ligatures', `a -- b --- c '' d \`\` e ?\` f !\``],
    ['unbalanced braces', '}}} {{'],
    ['an entry of its own', '}, title = {pwned}, x = {'],
    ['a new entry', '}\n@misc{evil, title={x}}'],
    ['right-to-left text', '\u202Eevil\u202C and עברית'],
    ['the word "and" between organisations', 'Smith and Jones, Inc.'],
  ])('keeps a title, organisation and quote with %s as text', (_what, text) => {
    const { dataset, event } = datasetWithText({
      title: text,
      quote: text,
      organisation: text,
      docTitle: text,
    });
    const entry = readBibtex(toBibtex(citedWork(dataset, 'test', LINK, event)));
    expect(entry.fields.title).toBe(oneLine(text));
    expect(entry.fields.eventtitle).toBe(oneLine(text));
    expect(entry.fields.author?.map((a) => a.name)).toEqual([oneLine(text)]);
    expect(entry.fields.annote).toContain(`${inEnglishQuotes(oneLine(text))} (paragraph 2)`);
  });
});

/** Printable text with every character TeX or BibTeX treats specially, and some it does not. */
const hostileText = fc
  .string({
    unit: fc.constantFrom(...'ab \\{}$%&#_^~-\'`?!@,="\n\t\u202Eא“”'),
    minLength: 1,
    maxLength: 24,
  })
  // BibTeX reads runs of spaces as one, and a field's edges without them.
  .map((s) => oneLine(s).replace(/ +/g, ' ').trim())
  .filter((s) => s !== '');

describe('toBibtex with any text', () => {
  it('reads back every title, organisation and quote as written', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, organisation, quote) => {
        const { dataset, event } = datasetWithText({ docTitle: title, organisation, quote, title });
        const entry = readBibtex(toBibtex(citedWork(dataset, 'test', LINK, event)));
        expect(entry.fields.title).toBe(title);
        expect(entry.fields.author?.map((a) => a.name)).toEqual([organisation]);
        expect(entry.fields.annote).toContain(`${inEnglishQuotes(quote)} (paragraph 2)`);
        expect(entry.fields.url).toBe(LINK);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
