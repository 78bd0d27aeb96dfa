import { EVENTS_PER_MESSAGE } from './worker-messages.ts';

/**
 * Characters of text per message, whatever the number of events: reading a message costs its
 * size, and a few events can hold megabytes of text.
 */
export const CHARACTERS_PER_MESSAGE = 500_000;

/**
 * About how many characters a value takes to copy: its strings' lengths, plus a few for the rest.
 * It walks every event of a large dataset, so it allocates nothing on the way.
 */
export function copySize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value !== 'object' || value === null || value instanceof Date) return 8;
  let sum = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) sum += copySize(value[i]);
    return sum;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (Object.hasOwn(record, key)) sum += key.length + copySize(record[key]);
  }
  return sum;
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
