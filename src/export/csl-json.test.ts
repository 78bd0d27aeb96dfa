import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCitations, renderBibliography } from '../test/citation-parsers.ts';
import { datasetWithText, eventOf, letter, LINK } from '../test/export-fixtures.ts';
import { citedWork, oneLine } from './cited-work.ts';
import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl-json.ts';
import { toRis } from './ris.ts';
import { inEnglishQuotes } from '../text/quote-marks.ts';

const SHORT = 'joint-letter-2014-12-16';

async function readOne(text: string) {
  const items = await readCitations(text);
  expect(items).toHaveLength(1);
  return items[0] ?? {};
}

describe('toCslJson', () => {
  // citeproc-js builds its APA style and English locale on first use: seconds on a busy machine.
  beforeAll(() => renderBibliography('[]'), 60_000);

  it('cites the demonstration as the letter, with the event, its paragraph as the locator, and the link', async () => {
    const event = eventOf(letter, 'grozny-demonstration');
    const text = toCslJson(citedWork(letter, SHORT, LINK, event));
    const item = await readOne(text);
    expect(item).toMatchObject({
      id: 'joint-letter-2014-12-16:grozny-demonstration',
      type: 'document',
      author: [
        { literal: 'Amnesty International' },
        { literal: 'Front Line Defenders' },
        { literal: 'Human Rights Watch' },
      ],
      issued: { 'date-parts': [[2014, 12, 16]] },
      number: 'Index: EUR 46/056/2014',
      'event-title': event.title,
      'event-date': { 'date-parts': [[2014, 12, 13]] },
      custom: {
        locator: '5',
        label: 'paragraph',
        edtf: '2014-12-13',
        certainty: 'stated',
        precision: 'day',
      },
      URL: LINK,
    });
    expect(item.note).toContain(`‘${event.sources[0]?.quote ?? ''}’ (paragraph 5)`);
    // The source's words for the date, as BibTeX's annote and RIS's N1 give them.
    expect(item.note).toContain(
      '(13 December 2014; the source says “On 13 December”), paragraph 5.',
    );
    const rendered = await renderBibliography(text);
    expect(rendered).toContain(
      'Amnesty International, Front Line Defenders, & Human Rights Watch. (2014, December 16).',
    );
    expect(rendered).toContain(LINK);
  });

  it.each<[string, unknown]>([
    ['grozny-insurgent-attack', { 'date-parts': [[2014, 12, 4]] }],
    ['jmg-apartment-break-in-attempt', undefined],
    [
      'insurgent-family-homes-torched',
      {
        'date-parts': [
          [2014, 12, 5],
          [2014, 12, 8],
        ],
        circa: true,
      },
    ],
    ['media-report-interior-ministry-denial', undefined],
    ['jmg-work-in-chechnya', undefined],
    ['kalyapin-death-threats', undefined],
  ])(
    'dates %s as %j, circa when the source gives it roughly, never an open end or an inferred date',
    async (id, eventDate) => {
      const item = await readOne(toCslJson(citedWork(letter, SHORT, LINK, eventOf(letter, id))));
      expect(item['event-date']).toEqual(eventDate);
    },
  );

  it('renders an approximate date as circa', async () => {
    const text = toCslJson(
      citedWork(letter, SHORT, LINK, eventOf(letter, 'insurgent-family-homes-torched')),
    );
    expect(await renderBibliography(text)).toContain('ca. December 5–8, 2014');
  });

  it.each([
    [
      'a month',
      { edtf: '2014-12', start: '2014-12-01', end: '2014-12-31', precision: 'month' as const },
      [[2014, 12]],
    ],
    [
      'a year',
      { edtf: '2014', start: '2014-01-01', end: '2014-12-31', precision: 'year' as const },
      [[2014]],
    ],
    [
      'a time',
      { edtf: '2014-12-13T18:00', start: '2014-12-13T18:00', precision: 'time' as const },
      [[2014, 12, 13]],
    ],
  ])('gives %s only down to its precision', async (_what, dates, parts) => {
    const { dataset, event } = datasetWithText({ event: dates });
    const item = await readOne(toCslJson(citedWork(dataset, 'test', LINK, event)));
    expect(item['event-date']).toEqual({ 'date-parts': parts });
  });

  it('cites the whole letter without event fields', async () => {
    const item = await readOne(toCslJson(citedWork(letter, SHORT, 'https://app.test/', undefined)));
    expect(item.id).toBe('joint-letter-2014-12-16');
    expect(item['event-title']).toBeUndefined();
    expect(item.note).toBeUndefined();
    expect(item.custom).toBeUndefined();
  });
});

describe('every citation format', () => {
  it('carries no character that reorders or breaks the text around it', async () => {
    const spoof = 'Doc \u202Efdp.exe\u202C title\u2066x\u2069\u2028end';
    const { dataset, event } = datasetWithText({
      docTitle: spoof,
      title: spoof,
      quote: 'quote',
      organisation: spoof,
    });
    const work = citedWork(dataset, 'test', LINK, event);
    const item = await readOne(toCslJson(work));
    expect(item.title).toBe('Doc fdp.exe titlex end');
    for (const text of [toCslJson(work), toRis(work), toBibtex(work)])
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u2028\u2029]/);
  });
});

describe('toCslJson with any text', () => {
  it('reads back every title, organisation and quote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        async (title, quote) => {
          const { dataset, event } = datasetWithText({
            docTitle: title,
            title,
            quote,
            organisation: title,
          });
          const item = await readOne(toCslJson(citedWork(dataset, 'test', LINK, event)));
          expect(item.title).toBe(oneLine(title));
          expect(item['event-title']).toBe(oneLine(title));
          expect(item.author).toEqual([{ literal: oneLine(title) }]);
          expect(item.note).toContain(`${inEnglishQuotes(oneLine(quote))} (paragraph 2)`);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('the language of a citation', () => {
  it('is the document’s in every format that has a field for it, as an importer reads it', async () => {
    const event = eventOf(letter, 'grozny-demonstration');
    const work = citedWork(letter, SHORT, LINK, event);
    expect(toBibtex(work)).toContain('  langid = {english},\n');
    expect(toRis(work)).toContain('\r\nLA  - en\r\n');
    expect(await readOne(toCslJson(work))).toMatchObject({ language: 'en' });
    expect(await readOne(toRis(work))).toMatchObject({ language: 'en' });
  });
});
