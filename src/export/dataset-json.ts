import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { TimelineEvent } from '../dataset/schema.ts';
import type { ExportSelection } from './export-selection.ts';

/** The dataset's own fields of an event, in the format's order, without what the app computed. */
function datasetEvent(event: PreparedEvent): TimelineEvent {
  const out: TimelineEvent = {
    id: event.id,
    title: event.title,
    edtf: event.edtf,
    start: event.start,
    end: event.end,
    precision: event.precision,
    certainty: event.certainty,
    ongoing: event.ongoing,
    dateWording: event.dateWording,
    kind: event.kind,
    place: event.place,
    actors: event.actors,
    summary: event.summary,
    sources: event.sources.map((s) => ({ paragraph: s.paragraph, quote: s.quote })),
  };
  // Fields the event does not have are left out, as JSON.stringify would.
  return Object.fromEntries(
    Object.entries(out).filter(([, value]) => value !== undefined),
  ) as TimelineEvent;
}

export interface DatasetJsonMeta {
  /** When the export was made, an ISO 8601 instant. */
  exportedAt?: string | undefined;
  /** The link of the view it was made from. */
  link?: string | undefined;
}

/**
 * A dataset in the Source Timeline format with the whole document and the events exported,
 * and an `export` record (a field the format ignores) of how many of how many events it
 * holds and the filter that chose them.
 */
export function toDatasetJson(
  dataset: PreparedDataset,
  selection: ExportSelection,
  meta: DatasetJsonMeta = {},
): string {
  const record = {
    document: dataset.document,
    events: selection.events.map(datasetEvent),
    export: {
      events: selection.events.length,
      of: dataset.events.length,
      filter: selection.filter ?? null,
      ...(meta.exportedAt ? { exportedAt: meta.exportedAt } : {}),
      ...(meta.link ? { link: meta.link } : {}),
    },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
