import { exportedEdtf } from '../dates/exported-edtf.ts';
import { formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
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
  'date_wording',
  'kind',
  'kind_label',
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
  date_wording: 'csv.dateWording',
  kind: 'csv.kind',
  kind_label: 'csv.kindLabel',
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
  /** The link that opens an event in the app. */
  eventLink: (id: string) => string;
  /** A column's heading in the reader's language; the column's code without it. */
  heading?: ((column: EventColumn) => string) | undefined;
  /** The date in the reader's words; English without it. */
  dateText?: ((event: PreparedEvent) => string) | undefined;
  /** The event's title and summary in the reader's language, where the dataset gives them. */
  localize?: ((event: PreparedEvent) => PreparedEvent) | undefined;
  /** An actor's or a place's label in the reader's language (the dataset's `labels`). */
  label?: ((value: string) => string) | undefined;
  /** What an unnumbered line is called in the reader's language ("heading line"). */
  lineName?: ((part: 'heading' | 'closing') => string) | undefined;
}

function row(dataset: PreparedDataset, event: PreparedEvent, options: EventsCsvOptions): string[] {
  // Body paragraphs as the reader counts them; heading and closing lines by what they are.
  const paragraph = (id: string) => {
    const part = dataset.paragraphPart.get(id);
    if (part) return options.lineName?.(part) ?? `${part} line`;
    return String(dataset.paragraphNumber.get(id) ?? id);
  };
  const words = options.localize?.(event) ?? event;
  return [
    event.id,
    words.title,
    options.dateText?.(event) ?? formatEventDate(event),
    exportedEdtf(event),
    // No start where the source gives none: the last day it attests goes in `end` alone.
    event.startUnknown ? '' : event.start,
    event.startUnknown ? (event.end ?? event.start) : (event.end ?? ''),
    event.precision,
    event.certainty,
    event.ongoing ? 'true' : 'false',
    event.dateWording ?? '',
    event.kind,
    options.kindLabel(event.kind),
    event.place === undefined ? '' : (options.label?.(event.place) ?? event.place),
    event.actors.map((actor) => options.label?.(actor) ?? actor).join('; '),
    event.sources.map((s) => paragraph(s.paragraph)).join('; '),
    // One quote a line, in the order of the paragraphs column.
    event.sources.map((s) => s.quote).join('\n'),
    words.summary ?? '',
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
