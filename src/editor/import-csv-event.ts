import type { EventColumn } from '../export/events-csv.ts';

/** An event of the data format (docs/data-format.md) as a CSV row gives it; the checker judges it. */
export interface ImportedEvent {
  id: string;
  title: string;
  edtf: string;
  start: string;
  end?: string;
  precision: string;
  certainty: string;
  ongoing?: true;
  startUnknown?: true;
  dateWording?: string;
  kind: string;
  kindBasis?: 'call' | 'letter';
  kindNote?: string;
  place?: string;
  actors?: string[];
  summary?: string;
  sources: { paragraph: string; quote: string }[];
}

/**
 * The kind's basis as the export words it, back to its code: the codes themselves, and the
 * words of `csv.kindBasisValue` in the catalogues (English and Russian).
 */
const KIND_BASES: Record<string, 'call' | 'letter'> = {
  call: 'call',
  letter: 'letter',
  'our call': 'call',
  'the letter’s reading': 'letter',
  "the letter's reading": 'letter',
  'решение составителей': 'call',
  'по оценке письма': 'letter',
};

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date the export wrote to its precision (`2009`, `2014-12`) as the format wants it: the
 * earliest day it allows for a start, the latest for an end. Days and times stay as written.
 */
export function fullDate(value: string, side: 'start' | 'end'): string {
  const year = /^(\d{4})$/.exec(value);
  if (year) return side === 'start' ? `${value}-01-01` : `${value}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!month) return value;
  if (side === 'start') return `${value}-01`;
  return `${value}-${String(lastDay(Number(month[1]), Number(month[2]))).padStart(2, '0')}`;
}

/** The event a row describes, with the sources its quotes were found at. */
export function eventFromRow(
  cell: (column: EventColumn) => string,
  sources: ImportedEvent['sources'],
): ImportedEvent {
  const text = (column: EventColumn) => cell(column).trim();
  const ongoing = text('ongoing').toLowerCase() === 'true';
  const written = text('edtf');
  // The export writes a date with no start given as an open start (`../2014-12-16`, exports.md).
  const startUnknown = written.startsWith('../') && text('start') === '';
  const lastAttested = startUnknown ? written.slice(3) : '';
  const start = startUnknown ? lastAttested : fullDate(text('start'), 'start');
  const end = startUnknown ? (ongoing ? lastAttested : '') : fullDate(text('end'), 'end');
  const event: ImportedEvent = {
    id: text('id'),
    title: text('title'),
    edtf: startUnknown ? lastAttested : written,
    start,
    precision: text('precision'),
    certainty: text('certainty'),
    kind: text('kind'),
    sources,
  };
  if (end) event.end = end;
  if (ongoing) event.ongoing = true;
  if (startUnknown) event.startUnknown = true;
  // The source's words are kept exactly; our own words lose only surrounding spaces.
  if (cell('date_wording') !== '') event.dateWording = cell('date_wording');
  const basis = KIND_BASES[text('kind_basis')];
  if (basis) event.kindBasis = basis;
  if (text('kind_note')) event.kindNote = text('kind_note');
  if (text('place')) event.place = text('place');
  const actors = text('actors')
    .split(';')
    .map((actor) => actor.trim())
    .filter(Boolean);
  if (actors.length > 0) event.actors = actors;
  if (text('summary')) event.summary = text('summary');
  return event;
}
