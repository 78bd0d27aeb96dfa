import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { TimelineEvent } from '../dataset/check/schema.ts';
import type { ExportSelection } from './export-selection.ts';

/** What the app computes for its views: every field a prepared event adds to the dataset's own. */
const COMPUTED: Record<Exclude<keyof PreparedEvent, keyof TimelineEvent>, true> = {
  index: true,
  startMs: true,
  endMs: true,
  pointMs: true,
  illustrativeTime: true,
  isRange: true,
  isBackground: true,
  titleLang: true,
  summaryLang: true,
  searchWords: true,
};

/** The dataset's own fields of an event, whatever the format holds, without what the app computed. */
function datasetEvent(event: PreparedEvent): TimelineEvent {
  const own = Object.entries(event).filter(
    ([key, value]) => !(key in COMPUTED) && value !== undefined,
  );
  return Object.fromEntries(own) as TimelineEvent;
}

/**
 * For events whose source gives no start, what their bare `edtf` and `start` mean, and the
 * open-start EDTF every other export writes for them, so a reader of the file who does not
 * know `startUnknown` is not told the last attested day is the day of the event.
 */
function startUnknownRecord(events: readonly PreparedEvent[]) {
  const unknown = events.filter((event) => event.startUnknown === true);
  if (unknown.length === 0) return {};
  return {
    startUnknown: {
      note: 'The source gives no start for these events: their edtf and start are only the last day it attests, not the day of the event. As an EDTF interval with an open start:',
      edtf: Object.fromEntries(unknown.map((event) => [event.id, `../${event.edtf}`])),
    },
  };
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
    // The vocabulary the events use, with the colours as the dataset gave them.
    kinds: dataset.kinds.map(({ id, label, description, translations, color, requestedColor }) => ({
      id,
      label,
      ...(description === undefined ? {} : { description }),
      ...(translations === undefined ? {} : { translations }),
      color: requestedColor ?? color,
    })),
    events: selection.events.map(datasetEvent),
    // The one dictionary of the actors' and places' labels in other languages.
    ...(dataset.labels === undefined ? {} : { labels: dataset.labels }),
    export: {
      events: selection.events.length,
      of: dataset.events.length,
      filter: selection.filter ?? null,
      ...startUnknownRecord(selection.events),
      ...(meta.exportedAt ? { exportedAt: meta.exportedAt } : {}),
      ...(meta.link ? { link: meta.link } : {}),
    },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
