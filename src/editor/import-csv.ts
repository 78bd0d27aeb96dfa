import { numberParagraphs } from '../dataset/number-paragraphs.ts';
import { quoteOccurrences } from '../dataset/quote-selector.ts';
import { EVENT_COLUMNS, type EventColumn } from '../export/events-csv.ts';
import { csvRows } from './intake/csv-rows.ts';
import { eventFromRow, type ImportedEvent } from './import-csv-event.ts';

export interface CsvParagraph {
  id: string;
  text: string;
  numbered?: boolean;
}

/**
 * Why a quote of a row is not in the events: `not-found` (nowhere in the document, verbatim),
 * `ambiguous` (more than once in its paragraph, or in several paragraphs: which is meant is not
 * said), `no-quote` (the row quotes nothing).
 */
export type UnmatchedReason = 'not-found' | 'ambiguous' | 'no-quote';

/** A row's quote that gave no source. `row` counts as a spreadsheet does: the header is row 1. */
export interface UnmatchedQuote {
  row: number;
  quote: string;
  reason: UnmatchedReason;
}

/** A quote found elsewhere than the paragraph its row names (`given`: absent, or another). */
export interface MovedQuote {
  row: number;
  quote: string;
  given: string;
  paragraph: string;
}

export interface CsvImport {
  /** One event per row whose every quote was found; rows with a quote not found are left out. */
  events: ImportedEvent[];
  unmatched: UnmatchedQuote[];
  moved: MovedQuote[];
}

export type CsvRefusal = 'not-csv' | 'no-quotes-column';

export class CsvRefused extends Error {
  readonly code: CsvRefusal;
  constructor(code: CsvRefusal) {
    super(`The CSV was refused: ${code}`);
    this.name = 'CsvRefused';
    this.code = code;
  }
}

/**
 * Which column each heading is: the English codes by name; the export in another language
 * (Russian headings) by its fixed order, when the row has exactly the export's columns.
 */
function columnsOf(header: readonly string[]): Map<EventColumn, number> {
  const named = new Map<EventColumn, number>();
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase() as EventColumn;
    if ((EVENT_COLUMNS as readonly string[]).includes(name) && !named.has(name))
      named.set(name, index);
  });
  if (named.has('quotes') || header.length !== EVENT_COLUMNS.length) return named;
  return new Map(EVENT_COLUMNS.map((column, index) => [column, index]));
}

/**
 * What the export calls an unnumbered line (`csv.line` in the English and Russian catalogues):
 * such a reference names the part of the document, not one line.
 */
const LINE_PARTS: Record<string, 'heading' | 'closing'> = {
  'heading line': 'heading',
  'closing line': 'closing',
  'строка заголовка': 'heading',
  'заключительная строка': 'closing',
};

/** A cell the export made inert (`'=…`) reads back as the words it was, when those are quoted. */
const FORMULA_GUARD = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The events of a CSV in the columns the app's own export writes, each quote found verbatim in
 * the draft's paragraphs: in the paragraph its row names (a number as the reader counts, or an
 * id), else anywhere in the document (then listed in `moved`). A quote not found, or found in
 * more than one place, is listed in `unmatched`: never dropped, never guessed.
 */
export function importEventsCsv(csv: string, paragraphs: readonly CsvParagraph[]): CsvImport {
  const rows = csvRows(csv);
  const [header, ...body] = rows ?? [];
  if (!header) throw new CsvRefused('not-csv');
  const columns = columnsOf(header);
  if (!columns.has('quotes')) throw new CsvRefused('no-quotes-column');

  const { paragraphNumber, paragraphPart } = numberParagraphs(paragraphs);
  const byRef = new Map<string, CsvParagraph[]>();
  const add = (ref: string, paragraph: CsvParagraph) =>
    byRef.set(ref, [...(byRef.get(ref) ?? []), paragraph]);
  for (const paragraph of paragraphs) {
    add(paragraph.id, paragraph);
    const number = paragraphNumber.get(paragraph.id);
    if (number !== undefined) add(String(number), paragraph);
    const part = paragraphPart.get(paragraph.id);
    for (const [name, named] of Object.entries(LINE_PARTS))
      if (named === part) add(name, paragraph);
  }

  const result: CsvImport = { events: [], unmatched: [], moved: [] };
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = index + 2;
    const cell = (column: EventColumn) => cells[columns.get(column) ?? -1] ?? '';
    const quotes = cell('quotes')
      .split(/\r?\n/)
      .filter((quote) => quote !== '');
    const refs = cell('paragraphs')
      .split(';')
      .map((ref) => ref.trim());
    if (quotes.length === 0) {
      result.unmatched.push({ row, quote: '', reason: 'no-quote' });
      return;
    }
    const sources: { paragraph: string; quote: string }[] = [];
    // One paragraph per quote, in order; or, as the export writes it, each paragraph once, so a
    // quote may be in any of those the row names.
    const each = refs.length === quotes.length;
    const allNamed = refs.flatMap((ref) => byRef.get(ref.toLowerCase()) ?? []);
    quotes.forEach((written, j) => {
      const given = each ? (refs[j] ?? '') : refs.join('; ');
      const named = each ? (byRef.get(given.toLowerCase()) ?? []) : allNamed;
      const found = findQuote(written, named, paragraphs);
      if ('reason' in found) {
        result.unmatched.push({ row, quote: written, reason: found.reason });
        return;
      }
      sources.push(found);
      if (found.moved)
        result.moved.push({ row, quote: found.quote, given, paragraph: found.paragraph });
    });
    if (sources.length === quotes.length) {
      result.events.push(
        eventFromRow(
          cell,
          sources.map(({ paragraph, quote }) => ({ paragraph, quote })),
        ),
      );
    }
  });
  return result;
}

type Found = { paragraph: string; quote: string; moved: boolean } | { reason: UnmatchedReason };

/** The one place among `within` that holds the quote, or how many there are (0, or 2 for more). */
function placeIn(within: readonly CsvParagraph[], quote: string): CsvParagraph | 0 | 2 {
  let place: CsvParagraph | undefined;
  for (const paragraph of within) {
    const count = quoteOccurrences(paragraph.text, quote, 2).length;
    if (count > 1 || (count === 1 && place)) return 2;
    if (count === 1) place = paragraph;
  }
  return place ?? 0;
}

function findQuote(
  written: string,
  named: readonly CsvParagraph[],
  paragraphs: readonly CsvParagraph[],
): Found {
  // The words as written first; then without the apostrophe the export put before a formula.
  const candidates = FORMULA_GUARD.test(written) ? [written, written.slice(1)] : [written];
  for (const quote of candidates) {
    const there = placeIn(named, quote);
    if (there === 2) return { reason: 'ambiguous' };
    if (there) return { paragraph: there.id, quote, moved: false };
    const anywhere = placeIn(paragraphs, quote);
    if (anywhere === 2) return { reason: 'ambiguous' };
    if (anywhere) return { paragraph: anywhere.id, quote, moved: true };
  }
  return { reason: 'not-found' };
}
