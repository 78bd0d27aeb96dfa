import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../test/datasets.ts';
import { datasetWithText, eventOf, letter } from '../test/export-fixtures.ts';
import { DEFAULT_KINDS } from '../dataset/default-kinds.ts';

const KIND_LABELS: Record<string, string> = Object.fromEntries(
  DEFAULT_KINDS.map((k) => [k.id, k.label]),
);
import { inertCell, toCsv } from './csv.ts';
import { COLUMN_HEADINGS, EVENT_COLUMNS, eventsToCsv } from './events-csv.ts';
import { localizeDataset } from '../dataset/localize-dataset.ts';
import { wordsOf } from '../test/words.ts';

/** Reads CSV as RFC 4180 says, strictly: a stray quote or a short row is an error, not a guess. */
function readCsv(text: string): string[][] {
  return parse(text, {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    record_delimiter: '\r\n',
  });
}

const eventLink = (id: string) => `https://app.test/?event=${id}`;
const options = { kindLabel: (kind: string) => KIND_LABELS[kind] ?? kind, eventLink };

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', '2']]);
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['nothing special', 'a b', 'a b'],
  ])('quotes a cell with %s', (_what, cell, written) => {
    expect(toCsv(['x'], [[cell]])).toBe(`\uFEFFx\r\n${written}\r\n`);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+31 20 555', "'+31 20 555"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\r=cmd', "'\r=cmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ['', ''],
  ])('makes %j inert as %j', (cell, inert) => {
    expect(inertCell(cell)).toBe(inert);
    expect(readCsv(toCsv(['x'], [[cell]]))).toEqual([['x'], [inert]]);
  });

  it('reads back any text as the same text, made inert', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 3, maxLength: 3 }),
          { maxLength: 5 },
        ),
        fc.array(fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n",;a \u202E'), maxLength: 8 }), {
          minLength: 3,
          maxLength: 3,
        }),
        (rows, hostile) => {
          const all = [...rows, hostile];
          expect(readCsv(toCsv(['a', 'b', 'c'], all))).toEqual([
            ['a', 'b', 'c'],
            ...all.map((r) => r.map(inertCell)),
          ]);
        },
      ),
    );
  });
});

describe('eventsToCsv', () => {
  it('has one row per event of the letter, with the columns docs/exports.md lists', () => {
    const rows = readCsv(eventsToCsv(letter, letter.events, options));
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(1 + letter.events.length);
    const records = rows
      .slice(1)
      .map((r) => Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, r[i]])));
    expect(records.map((r) => r.id)).toEqual(letter.events.map((e) => e.id));
    const homes = eventOf(letter, 'insurgent-family-homes-torched');
    expect(records.find((r) => r.id === homes.id)).toEqual({
      id: homes.id,
      title: homes.title,
      date: 'about 5–8 December 2014',
      edtf: '2014-12-05~/2014-12-08~',
      start: '2014-12-05',
      end: '2014-12-08',
      precision: 'days',
      certainty: 'approximate',
      ongoing: 'false',
      date_quality: 'Date approximate, to a span of days.',
      date_wording: homes.dateWording ?? '',
      kind: homes.kind,
      kind_label: KIND_LABELS[homes.kind],
      kind_basis: 'our call',
      kind_note: homes.kindNote,
      place: homes.place ?? '',
      actors: homes.actors.join('; '),
      paragraphs: '3',
      quotes: homes.sources[0]?.quote,
      summary: homes.summary ?? '',
      link: 'https://app.test/?event=insurgent-family-homes-torched',
    });
    const raid = records.find((r) => r.id === 'police-forcibly-enter-jmg-apartment');
    // Each paragraph once (fact-check 4, L5), however many quotes it gives.
    expect(raid?.paragraphs).toBe('6');
    expect(raid?.quotes?.split('\n')).toHaveLength(2);
    expect(records.find((r) => r.id === 'kalyapin-death-threats')).toMatchObject({
      paragraphs: '7',
      ongoing: 'true',
      certainty: 'inferred',
      end: '2014-12-16',
      date_quality:
        'No start given; the date is inferred from the context, not stated. Still going on at the source’s date.',
    });
    // A year is written as a year: a spreadsheet would read 2009-01-01 as the first of January.
    expect(records.find((r) => r.id === 'jmg-work-in-chechnya')).toMatchObject({
      start: '2009',
      end: '2014-12-16',
      precision: 'year',
    });
    // A kind that is a judgement says whose, and why, as the app does beside it.
    expect(records.find((r) => r.id === 'jmg-lawyer-kept-out')).toMatchObject({
      kind: 'police-action',
      kind_basis: 'our call',
      kind_note: eventOf(letter, 'jmg-lawyer-kept-out').kindNote,
    });
    expect(records.find((r) => r.id === 'kadyrov-tv-accusation')?.kind_basis).toBe(
      'the letter’s reading',
    );
    expect(records.find((r) => r.id === 'jmg-office-arson')).toMatchObject({
      kind_basis: '',
      kind_note: '',
    });
    // Heading and closing lines carry no number: they are named, as the panel names them.
    expect(records.find((r) => r.id === 'joint-letter-to-putin')?.paragraphs).toBe(
      'heading line; closing line',
    );
  });

  it('exports only the events it is given, in their order', () => {
    const chosen = letter.events.filter((e) => e.kind === 'police-action');
    const rows = readCsv(eventsToCsv(letter, chosen, options));
    expect(rows.slice(1).map((r) => r[0])).toEqual(chosen.map((e) => e.id));
  });

  it.each([
    [
      'a formula',
      '=HYPERLINK("http://evil.test","click")',
      `'=HYPERLINK("http://evil.test","click")`,
    ],
    ['a plus', '+1-1', "'+1-1"],
    ['a minus', '-1+1', "'-1+1"],
    ['an at sign', '@SUM(1,2)', "'@SUM(1,2)"],
    ['quotes and commas', 'He said "go", then left', 'He said "go", then left'],
    ['line breaks', 'one\r\ntwo\nthree', 'one\r\ntwo\nthree'],
    ['right-to-left text', '\u202Eevil.exe and עברית', '\u202Eevil.exe and עברית'],
  ])('keeps a title with %s as text', (_what, title, cell) => {
    const { dataset } = datasetWithText({ title });
    const rows = readCsv(eventsToCsv(dataset, dataset.events, options));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe(cell);
  });

  it('writes an empty cell for each field an event does not have', () => {
    const { dataset } = datasetWithText({
      event: makeEvent({ place: undefined, summary: undefined, dateWording: undefined }),
    });
    const [, row] = readCsv(eventsToCsv(dataset, dataset.events, options));
    const record = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, row?.[i]]));
    expect(record).toMatchObject({ end: '', place: '', summary: '', date_wording: '', actors: '' });
  });
});

describe('eventsToCsv in the reader’s language', () => {
  it('heads the columns with the documented names in English', () => {
    const { t } = wordsOf('en');
    expect(EVENT_COLUMNS.map((c) => t(COLUMN_HEADINGS[c]))).toEqual([...EVENT_COLUMNS]);
  });

  it('writes the headings, dates, titles, summaries and kind names in Russian, and the letter’s words and the codes as they are', () => {
    const { t, dates } = wordsOf('ru');
    const russian = localizeDataset(letter, 'ru');
    const rows = readCsv(
      eventsToCsv(letter, letter.events, {
        kindLabel: (kind) => russian.kindById.get(kind)?.label ?? kind,
        eventLink,
        heading: (column) => t(COLUMN_HEADINGS[column]),
        dateText: dates.event,
        localize: (event) => russian.byId.get(event.id) ?? event,
        kindBasis: (basis) => t('csv.kindBasisValue', { basis }),
        dateQuality: dates.quality,
      }),
    );
    expect(rows[0]?.slice(0, 4)).toEqual(['id', 'заголовок', 'дата', 'edtf']);
    expect(rows[0]).toContain('дата в источнике');
    expect(rows[0]).toContain('точность и достоверность даты');
    const homes = eventOf(letter, 'insurgent-family-homes-torched');
    const row = rows.find((r) => r[0] === homes.id);
    expect(row).toEqual([
      homes.id,
      homes.translations?.ru?.title,
      // Ordinary spaces, not the screen's no-break ones, so the cell can be searched.
      'примерно 5–8 декабря 2014 г.',
      '2014-12-05~/2014-12-08~',
      '2014-12-05',
      '2014-12-08',
      'days',
      'approximate',
      'false',
      // The codes before it in the reader's words, as the panel says them.
      'Дата приблизительная, с точностью до нескольких дней.',
      homes.dateWording ?? '',
      homes.kind,
      russian.kindById.get(homes.kind)?.label,
      'решение составителей',
      homes.translations?.ru?.kindNote,
      homes.place ?? '',
      homes.actors.join('; '),
      '3',
      homes.sources[0]?.quote,
      homes.translations?.ru?.summary ?? '',
      'https://app.test/?event=insurgent-family-homes-torched',
    ]);
    expect(rows.find((r) => r[0] === 'kadyrov-tv-accusation')?.[13]).toBe('по оценке письма');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/[\u00a0\u202f]/);
  });

  it('writes the typeset words of the page with ordinary spaces, and the letter’s words as they are', () => {
    const typeset = (text: string) => text.replace(/ /g, '\u00a0');
    const homes = eventOf(letter, 'insurgent-family-homes-torched');
    const [, row] = readCsv(
      eventsToCsv(letter, [homes], {
        ...options,
        localize: (event) => ({ ...event, title: typeset(event.title) }),
        dateText: () => typeset('about 5–8 December 2014'),
      }),
    );
    expect(row?.[1]).toBe(homes.title);
    expect(row?.[2]).toBe('about 5–8 December 2014');
    // A typeset Russian word's hyphen is written without its word joiner.
    const [, russian] = readCsv(
      eventsToCsv(letter, [homes], {
        ...options,
        localize: (event) => ({ ...event, title: 'Офис сгорел, по-\u2060видимому, от поджога' }),
      }),
    );
    expect(russian?.[1]).toBe('Офис сгорел, по-видимому, от поджога');
  });
});
