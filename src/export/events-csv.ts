import { exportedEdtf } from '../dates/exported-edtf.ts';
import { describeDateQuality, formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { KIND_BASES, Precision } from '../dataset/check/schema.ts';
import type { MessageId } from '../i18n/i18n.ts';
import { toCsv } from './csv.ts';

/** The columns of the events CSV, in order (documented in docs/exports.md). */
export const EVENT_COLUMNS = [
  'id',
  'title',
  'date',
  'edtf',
  'start',
  'end',
  'precision',
  'certainty',
  'ongoing',
  'date_quality',
  'date_wording',
  'kind',
  'kind_label',
  'kind_basis',
  'kind_note',
  'place',
  'actors',
  'paragraphs',
  'quotes',
  'summary',
  'link',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];

/** Each column's heading in the reader's language (`csv.dateWording` is `date_wording` in English). */
export const COLUMN_HEADINGS: Record<EventColumn, MessageId> = {
  id: 'csv.id',
  title: 'csv.title',
  date: 'csv.date',
  edtf: 'csv.edtf',
  start: 'csv.start',
  end: 'csv.end',
  precision: 'csv.precision',
  certainty: 'csv.certainty',
  ongoing: 'csv.ongoing',
  date_quality: 'csv.dateQuality',
  date_wording: 'csv.dateWording',
  kind: 'csv.kind',
  kind_label: 'csv.kindLabel',
  kind_basis: 'csv.kindBasis',
  kind_note: 'csv.kindNote',
  place: 'csv.place',
  actors: 'csv.actors',
  paragraphs: 'csv.paragraphs',
  quotes: 'csv.quotes',
  summary: 'csv.summary',
  link: 'csv.link',
};

export interface EventsCsvOptions {
  /** The reader's name for a kind. */
  kindLabel: (kind: string) => string;
  /** Whose the kind is, in the reader's words ("our call", "the letter's reading"); English without it. */
  kindBasis?: ((basis: KindBasis) => string) | undefined;
  /** The link that opens an event in the app. */
  eventLink: (id: string) => string;
  /** A column's heading in the reader's language; the column's code without it. */
  heading?: ((column: EventColumn) => string) | undefined;
  /** The date in the reader's words; English without it. */
  dateText?: ((event: PreparedEvent) => string) | undefined;
  /**
   * The codes of `precision`, `certainty` and `ongoing` said in the reader's words, as the panel
   * says them ("Date approximate, to a span of days."); English without it.
   */
  dateQuality?: ((event: PreparedEvent) => string) | undefined;
  /** The event's title and summary in the reader's language, where the dataset gives them. */
  localize?: ((event: PreparedEvent) => PreparedEvent) | undefined;
  /** An actor's or a place's label in the reader's language (the dataset's `labels`). */
  label?: ((value: string) => string) | undefined;
  /** What an unnumbered line is called in the reader's language ("heading line"). */
  lineName?: ((part: 'heading' | 'closing') => string) | undefined;
}

type KindBasis = (typeof KIND_BASES)[number];

const KIND_BASIS_WORDS: Record<KindBasis, string> = {
  call: 'our call',
  letter: 'the letter’s reading',
};

/** The no-break spaces of on-screen typography (a Russian date, a typeset title). */
const TYPESET_SPACES = /[\u00a0\u2007\u202f]/g;
/** The word joiner after a typeset Russian word's hyphen («по-видимому»), and a non-breaking hyphen. */
const TYPESET_JOINERS = /\u2060/g;
const TYPESET_HYPHEN = /\u2011/g;

/**
 * Our own words as a spreadsheet wants them: the no-break spaces, word joiners and hyphens of
 * on-screen typography (a Russian date, a typeset title) made ordinary ones, so the cells can be searched
 * and compared. The source's words (quotes, the date's wording) are never passed through it.
 */
function plainSpaces(text: string): string {
  return text
    .replace(TYPESET_SPACES, ' ')
    .replace(TYPESET_JOINERS, '')
    .replace(TYPESET_HYPHEN, '-');
}

/**
 * A date as far as its precision goes (`2009` for a year, `2014-12` for a month): a spreadsheet
 * would read `2009-01-01` as the first of January.
 */
function atPrecision(value: string, precision: Precision): string {
  if (precision === 'year') return value.slice(0, 4);
  if (precision === 'month') return value.slice(0, 7);
  return value;
}

function row(dataset: PreparedDataset, event: PreparedEvent, options: EventsCsvOptions): string[] {
  // Body paragraphs as the reader counts them; heading and closing lines by what they are.
  const paragraph = (id: string) => {
    const part = dataset.paragraphPart.get(id);
    if (part) return options.lineName?.(part) ?? `${part} line`;
    return String(dataset.paragraphNumber.get(id) ?? id);
  };
  const words = options.localize?.(event) ?? event;
  const basis = event.kindBasis;
  // The last day an ongoing event is attested is a day, whatever the start's precision.
  const end = event.ongoing ? event.end : event.end && atPrecision(event.end, event.precision);
  return [
    event.id,
    plainSpaces(words.title),
    plainSpaces(options.dateText?.(event) ?? formatEventDate(event)),
    exportedEdtf(event),
    // No start where the source gives none: the last day it attests goes in `end` alone.
    event.startUnknown ? '' : atPrecision(event.start, event.precision),
    event.startUnknown ? (event.end ?? event.start) : (end ?? ''),
    event.precision,
    event.certainty,
    event.ongoing ? 'true' : 'false',
    // The three codes before it in words: the codes stay the same in every language.
    plainSpaces(options.dateQuality?.(event) ?? describeDateQuality(event)),
    event.dateWording ?? '',
    event.kind,
    plainSpaces(options.kindLabel(event.kind)),
    // Whose the kind is and why, as the app says beside it: without them a kind reads as fact.
    basis === undefined ? '' : plainSpaces(options.kindBasis?.(basis) ?? KIND_BASIS_WORDS[basis]),
    plainSpaces(words.kindNote ?? ''),
    plainSpaces(event.place === undefined ? '' : (options.label?.(event.place) ?? event.place)),
    plainSpaces(event.actors.map((actor) => options.label?.(actor) ?? actor).join('; ')),
    // Each paragraph once, as the citations list them ("4", never "4; 4" for two quotes of one).
    [...new Set(event.sources.map((s) => paragraph(s.paragraph)))].join('; '),
    // One quote a line, in the order of the sources.
    event.sources.map((s) => s.quote).join('\n'),
    plainSpaces(words.summary ?? ''),
    options.eventLink(event.id),
  ];
}

/** The events as CSV, one row per event in the order given (see `toCsv` for the file's form). */
export function eventsToCsv(
  dataset: PreparedDataset,
  events: readonly PreparedEvent[],
  options: EventsCsvOptions,
): string {
  const heading = options.heading ?? ((column: EventColumn) => column);
  return toCsv(
    EVENT_COLUMNS.map(heading),
    events.map((event) => row(dataset, event, options)),
  );
}
