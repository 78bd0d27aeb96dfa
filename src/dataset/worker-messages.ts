import type { DatasetErrorInfo, DatasetErrorKind } from './dataset-error.ts';
import type { PreparedDataset, PreparedEvent } from './prepare-dataset.ts';
import type { Problem } from './problem.ts';

/** The prepared dataset without its events and their indexes, which travel separately. */
export type DatasetFrame = Omit<PreparedDataset, 'events' | 'byId' | 'canonicalId'>;

/**
 * What the dataset worker says: that it has started (and can be handed the bytes); then the
 * prepared events in slices, each read by the page in a short task of its own; then the rest of
 * the dataset, or the error as plain fields.
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
 * of 100,000 events at once held it for most of a second.
 */
export const EVENTS_PER_MESSAGE = 4_000;
/**
 * Characters of text per message, whatever the number of events: reading a message costs its
 * size, and a few events can hold megabytes of text.
 */
export const CHARACTERS_PER_MESSAGE = 500_000;

/** About how many characters a value takes to copy: its strings' lengths, plus a few for the rest. */
export function copySize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + copySize(item), 2);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    let sum = 2;
    for (const [key, item] of Object.entries(value)) sum += key.length + copySize(item);
    return sum;
  }
  return 8;
}

/**
 * The events cut into the slices that travel one per message: each at most
 * `EVENTS_PER_MESSAGE` events and, unless one event alone is larger, at most
 * `CHARACTERS_PER_MESSAGE` characters.
 */
export function messageSlices<T>(
  events: readonly T[],
  maxEvents = EVENTS_PER_MESSAGE,
  maxCharacters = CHARACTERS_PER_MESSAGE,
): T[][] {
  const slices: T[][] = [];
  let slice: T[] = [];
  let size = 0;
  for (const event of events) {
    const weight = copySize(event);
    if (slice.length > 0 && (slice.length >= maxEvents || size + weight > maxCharacters)) {
      slices.push(slice);
      slice = [];
      size = 0;
    }
    slice.push(event);
    size += weight;
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
}

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
