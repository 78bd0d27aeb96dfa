import type { PreparedEvent } from '../dataset/prepare-dataset.ts';

/** Spans longer than this are kept aside and checked one by one (a story has few of them). */
export const LONG_SPAN_MS = 60 * 24 * 60 * 60 * 1000;

export interface ViewIndex {
  /** Each event's start, in the events' order, which is by start. */
  starts: Float64Array;
  /** The longest span among the other events: none of them starts earlier before a window. */
  shortSpan: number;
  /** The events that span longer than LONG_SPAN_MS. */
  long: PreparedEvent[];
}

const indexes = new WeakMap<readonly PreparedEvent[], ViewIndex | null>();

/** The index of a list of events, or null when they are not in order of start (then each view scans them). */
export function viewIndex(events: readonly PreparedEvent[]): ViewIndex | null {
  let index = indexes.get(events);
  if (index !== undefined) return index;
  const starts = new Float64Array(events.length);
  const long: PreparedEvent[] = [];
  let shortSpan = 0;
  let sorted = true;
  events.forEach((event, i) => {
    starts[i] = event.startMs;
    if (i > 0 && event.startMs < (starts[i - 1] as number)) sorted = false;
    const span = event.endMs - event.startMs;
    if (span > LONG_SPAN_MS) long.push(event);
    else shortSpan = Math.max(shortSpan, span);
  });
  index = sorted ? { starts, shortSpan, long } : null;
  indexes.set(events, index);
  return index;
}

/** The first position whose start is at least `value`. */
export function lowerBound(starts: Float64Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The events that overlap [from, to], in order. Events sorted by start (as a prepared dataset's
 * are, and any filtered list of them) are found by binary search, so a view looks only at the
 * events near it, not at every event of the dataset; the index is built once per list.
 */
export function eventsInView(
  events: readonly PreparedEvent[],
  from: number,
  to: number,
): PreparedEvent[] {
  const index = viewIndex(events);
  const found: PreparedEvent[] = [];
  if (index === null) {
    for (const event of events) if (event.startMs <= to && event.endMs >= from) found.push(event);
    return found;
  }
  const { starts, shortSpan, long } = index;
  for (let i = lowerBound(starts, from - shortSpan); i < events.length; i += 1) {
    if ((starts[i] as number) > to) break;
    const event = events[i] as PreparedEvent;
    if (event.endMs - event.startMs > LONG_SPAN_MS) continue;
    if (event.endMs >= from) found.push(event);
  }
  let longFound = false;
  for (const event of long) {
    if (event.startMs <= to && event.endMs >= from) {
      found.push(event);
      longFound = true;
    }
  }
  // The long spans were added last: put them back in their place (events keep their order).
  if (longFound) found.sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  return found;
}
