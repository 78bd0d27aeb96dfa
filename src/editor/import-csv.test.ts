import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_HEADINGS, EVENT_COLUMNS, eventsToCsv } from '../export/events-csv.ts';
import { toCsv } from '../export/csv.ts';
import { letter } from '../test/export-fixtures.ts';
import ru from '../locales/ru/messages.json';
import { CsvRefused, importEventsCsv } from './import-csv.ts';
import { fullDate } from './import-csv-event.ts';

const options = { kindLabel: (kind: string) => kind, eventLink: (id: string) => `?event=${id}` };
const paragraphs = letter.document.paragraphs;
const raw = JSON.parse(
  readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'),
) as {
  events: Record<string, unknown>[];
};

/** A CSV of the export's columns, with these rows given by column. */
function csvOf(rows: Partial<Record<(typeof EVENT_COLUMNS)[number], string>>[]): string {
  return toCsv(
    [...EVENT_COLUMNS],
    rows.map((row) => EVENT_COLUMNS.map((column) => row[column] ?? '')),
  );
}

const QUOTE = 'arbitrary arrest and detention, death threats, and serial harassment';

describe('importEventsCsv', () => {
  it('reads the letter’s own CSV export back into the same events, every quote in its paragraph', () => {
    const imported = importEventsCsv(eventsToCsv(letter, letter.events, options), paragraphs);
    expect(imported.unmatched).toEqual([]);
    expect(imported.moved).toEqual([]);
    expect(imported.events.map((e) => e.sources)).toEqual(
      letter.events.map((e) => e.sources.map(({ paragraph, quote }) => ({ paragraph, quote }))),
    );
    const fields = (event: Record<string, unknown>) => {
      // What a CSV does not carry: translations, former ids, the short label; an empty list of
      // actors is no actors.
      const rest = Object.fromEntries(
        Object.entries(event).filter(
          ([key]) => !['translations', 'aliases', 'label'].includes(key),
        ),
      );
      if (Array.isArray(rest.actors) && rest.actors.length === 0) delete rest.actors;
      return rest;
    };
    const rawById = new Map(raw.events.map((event) => [event.id, fields(event)]));
    expect(imported.events).toEqual(letter.events.map((event) => rawById.get(event.id)));
  });

  it('reads the export with Russian headings by the columns’ order', () => {
    const headings = EVENT_COLUMNS.map((column) => ru[COLUMN_HEADINGS[column]] ?? column);
    const english = eventsToCsv(letter, letter.events, options);
    const russian = english.replace(/^\uFEFF[^\r]*/, `\uFEFF${headings.join(',')}`);
    expect(russian).not.toBe(english);
    const imported = importEventsCsv(russian, paragraphs);
    expect(imported.events.map((e) => e.sources)).toEqual(
      importEventsCsv(english, paragraphs).events.map((e) => e.sources),
    );
  });

  it('lists a quote not found verbatim with its row, and leaves its event out', () => {
    const csv = csvOf([
      { id: 'found', paragraphs: '1', quotes: 'an apparent arson attack' },
      { id: 'altered', paragraphs: '1', quotes: 'an apparent arson attack\nthe target of attacks' },
    ]);
    const imported = importEventsCsv(csv, paragraphs);
    expect(imported.events.map((e) => e.id)).toEqual(['found']);
    expect(imported.unmatched).toEqual([
      { row: 3, quote: 'the target of attacks', reason: 'not-found' },
    ]);
  });

  it('finds a quote elsewhere in the document when its paragraph is absent or wrong, and says so', () => {
    const csv = csvOf([
      { id: 'absent', quotes: QUOTE },
      { id: 'wrong', paragraphs: '5', quotes: QUOTE },
    ]);
    const imported = importEventsCsv(csv, paragraphs);
    const holders = paragraphs.filter((p) => p.text.includes(QUOTE)).map((p) => p.id);
    expect(holders).toEqual(['p4']);
    expect(imported.events.map((e) => e.sources)).toEqual([
      [{ paragraph: 'p4', quote: QUOTE }],
      [{ paragraph: 'p4', quote: QUOTE }],
    ]);
    expect(imported.moved).toEqual([
      { row: 2, quote: QUOTE, given: '', paragraph: 'p4' },
      { row: 3, quote: QUOTE, given: '5', paragraph: 'p4' },
    ]);
  });

  it.each([
    ['a quote in several paragraphs', 'Kalyapin', 'ambiguous'],
    ['a row with no quote', '', 'no-quote'],
  ])('lists %s, never guessing', (_, quotes, reason) => {
    const imported = importEventsCsv(csvOf([{ id: 'x', quotes }]), paragraphs);
    expect(imported.events).toEqual([]);
    expect(imported.unmatched).toEqual([{ row: 2, quote: quotes, reason }]);
  });

  it('reads a quote the export made inert (an apostrophe before =) as its words', () => {
    const doc = [{ id: 'p1', text: 'He said: =SUM(A1) and left.' }];
    const imported = importEventsCsv(
      csvOf([{ id: 'x', paragraphs: '1', quotes: '=SUM(A1)' }]),
      doc,
    );
    expect(imported.events[0]?.sources).toEqual([{ paragraph: 'p1', quote: '=SUM(A1)' }]);
  });

  it.each([
    ['a quote left open', 'id,quotes\r\nx,"open'],
    ['a stray quote', 'id,quotes\r\nx,a"b'],
    ['nothing', ''],
  ])('refuses a file that is not a CSV: %s', (_, csv) => {
    expect(() => importEventsCsv(csv, paragraphs)).toThrow(new CsvRefused('not-csv'));
  });

  it('refuses a CSV without a quotes column', () => {
    expect(() => importEventsCsv('id,title\r\nx,y\r\n', paragraphs)).toThrow(
      new CsvRefused('no-quotes-column'),
    );
  });
});

describe('fullDate', () => {
  it.each([
    ['2009', 'start', '2009-01-01'],
    ['2009', 'end', '2009-12-31'],
    ['2016-02', 'end', '2016-02-29'],
    ['2014-12', 'start', '2014-12-01'],
    ['2014-12-13T18:00', 'end', '2014-12-13T18:00'],
  ] as const)('reads %s as the %s %s', (value, side, expected) => {
    expect(fullDate(value, side)).toBe(expected);
  });
});
