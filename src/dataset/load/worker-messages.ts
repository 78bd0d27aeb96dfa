import type { DatasetErrorInfo, DatasetErrorKind } from '../dataset-error.ts';
import type { PreparedDataset, PreparedEvent } from '../prepare-dataset.ts';
import type { Problem } from '../check/problem.ts';

/** The prepared dataset without its events and their indexes, which travel separately. */
export type DatasetFrame = Omit<PreparedDataset, 'events' | 'byId' | 'canonicalId'>;

/**
 * What the dataset worker says: that it has started (and can be handed the bytes); then the
 * prepared events in slices, each read by the page in a short task of its own, sent once the
 * dataset's structure is checked and while the other checks run; then the rest of the dataset,
 * or the error as plain fields (the slices already read are then dropped unseen).
 */
export type WorkerAnswer =
  | { type: 'ready' }
  | { type: 'events'; events: PreparedEvent[] }
  | { type: 'done'; frame: DatasetFrame }
  | {
      type: 'failed';
      kind: DatasetErrorKind | null;
      message: string;
      problems: Problem[];
      info: DatasetErrorInfo;
    };

/**
 * Events per message: the page reads each slice in a few tens of milliseconds, where the whole
 * of 100,000 events at once held it for most of a second (slices of 4,000 still took up to
 * 0.3 s each, with garbage collection, on a busy machine).
 */
export const EVENTS_PER_MESSAGE = 2_000;

/**
 * Collects the events as their slices arrive, indexing each slice as it comes (so no single
 * task indexes them all), then joins them with the rest of the dataset: the same indexes as
 * prepareDataset builds.
 */
export function datasetAssembler() {
  const events: PreparedEvent[] = [];
  const byId = new Map<string, PreparedEvent>();
  const canonicalId = new Map<string, string>();
  return {
    add(slice: readonly PreparedEvent[]) {
      for (const event of slice) {
        events.push(event);
        byId.set(event.id, event);
        if (event.aliases) for (const alias of event.aliases) canonicalId.set(alias, event.id);
      }
    },
    join(frame: DatasetFrame): PreparedDataset {
      return { ...frame, events, byId, canonicalId };
    },
  };
}
