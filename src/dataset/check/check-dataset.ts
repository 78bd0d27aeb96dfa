import { DatasetError } from '../dataset-error.ts';
import { parseDatasetBytes } from '../load/read-dataset-bytes.ts';
import { prepareDataset, type PreparedDataset } from '../prepare-dataset.ts';
import type { Dataset } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';

/**
 * The most events a dataset may have. Each event takes about 2 KB of the tab's memory once
 * read, checked, prepared and drawn; far beyond this a tab runs out of memory and crashes, so
 * a larger dataset is refused with a message before it is checked (issue 17).
 */
export const MAX_EVENTS = 250_000;

/** How many events a parsed dataset lists, without looking at them. */
export function eventCount(json: unknown): number {
  if (typeof json !== 'object' || json === null) return 0;
  const { events } = json as { events?: unknown };
  return Array.isArray(events) ? events.length : 0;
}

/**
 * A downloaded dataset file read, checked against the format and prepared for the views: the
 * work that runs in the dataset worker (or here, where there is no worker). Every failure
 * becomes a DatasetError with its kind and the values that say what went wrong.
 *
 * With `early`, the dataset is prepared as soon as its structure is known to be right and handed
 * to `early` before the other checks run (the worker starts sending it to the page then, see
 * dataset-worker.ts); it is returned, as without `early`, only once every check has passed.
 */
export async function checkDatasetBytes(
  bytes: Uint8Array,
  maxEvents = MAX_EVENTS,
  early?: (prepared: PreparedDataset) => void,
): Promise<PreparedDataset> {
  const parsed = parseDatasetBytes(bytes);
  if (!parsed.ok) {
    if (parsed.problem === 'too-large') throw new DatasetError('too-large', { reason: 'bytes' });
    if (parsed.problem === 'empty') throw new DatasetError('empty');
    throw new DatasetError('not-json', { detail: 'detail' in parsed ? parsed.detail : 'text' });
  }
  const count = eventCount(parsed.json);
  if (count > maxEvents) {
    throw new DatasetError('too-large', { reason: 'events', count, max: maxEvents });
  }
  let prepared: PreparedDataset | undefined;
  const prepareEarly = (dataset: Dataset) => {
    // Preparing only reads what the schema guarantees; should it fail on a dataset the other
    // checks reject, those checks say why, as they would without `early`.
    try {
      prepared = prepareDataset(dataset);
    } catch {
      return;
    }
    early?.(prepared);
  };
  const result = await validateDataset(parsed.json, early && prepareEarly);
  if (!result.ok) {
    throw new DatasetError('invalid', { count: result.total }, { problems: result.problems });
  }
  return prepared ?? prepareDataset(result.dataset);
}
