import type { PreparedEvent } from '../dataset/prepare-dataset.ts';

/**
 * What the reader is looking at and so what an export holds: the events, in order, and the
 * filter or search that chose them (none when every event is shown).
 */
export interface ExportSelection {
  events: readonly PreparedEvent[];
  filter?: ExportFilter | undefined;
}

/** The filter an export was made with, recorded in the JSON export and named in the file name. */
export interface ExportFilter {
  /** What the filter keeps, as the reader would say it: `kind: violence; search: "arson"`. */
  description: string;
  /** The filter's URL parameters, so the same view can be opened again: `kind=violence&q=arson`. */
  query?: string | undefined;
}
