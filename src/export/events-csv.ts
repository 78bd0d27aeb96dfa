import { formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { toCsv } from './csv.ts';

/** The columns of the events CSV, in order (documented in the README). */
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

export interface EventsCsvOptions {
  /** The reader's name for a kind. */
  kindLabel: (kind: string) => string;
  /** The link that opens an event in the app. */
  eventLink: (id: string) => string;
}

function row(dataset: PreparedDataset, event: PreparedEvent, options: EventsCsvOptions): string[] {
  const paragraph = (id: string) => String(dataset.paragraphNumber.get(id) ?? id);
  return [
    event.id,
    event.title,
    formatEventDate(event),
    event.edtf,
    event.start,
    event.end ?? '',
    event.precision,
    event.certainty,
    event.ongoing ? 'true' : 'false',
    event.dateWording ?? '',
    event.kind,
    options.kindLabel(event.kind),
    event.place ?? '',
    event.actors.join('; '),
    event.sources.map((s) => paragraph(s.paragraph)).join('; '),
    // One quote a line, in the order of the paragraphs column.
    event.sources.map((s) => s.quote).join('\n'),
    event.summary ?? '',
    options.eventLink(event.id),
  ];
}

/** The events as CSV, one row per event in the order given (see `toCsv` for the file's form). */
export function eventsToCsv(
  dataset: PreparedDataset,
  events: readonly PreparedEvent[],
  options: EventsCsvOptions,
): string {
  return toCsv(
    EVENT_COLUMNS,
    events.map((event) => row(dataset, event, options)),
  );
}
