import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { LONG_SPAN_MS, lowerBound, viewIndex } from './events-in-view.ts';
import { countedAt, key, laneIndexFor, upperBound } from './lane-index.ts';

/**
 * Counting a dense view without visiting its events: each lane's events by the instant they
 * are counted at (a point's place in its day, a range's start), sorted, so the count of a
 * period is the difference of two binary searches. At 100,000 events the default view holds
 * nearly all of them; one pass over them per view cost a long task on every zoom and pan.
 */

/** How many events of the list overlap [from, to] at most, found by binary search (null: not indexed). */
export function viewCandidates(
  events: readonly PreparedEvent[],
  from: number,
  to: number,
): number | null {
  const index = viewIndex(events);
  if (index === null) return null;
  const first = lowerBound(index.starts, from - index.shortSpan);
  const last = lowerBound(index.starts, to + 1);
  return Math.max(0, last - first) + index.long.length;
}

export interface LaneCounts {
  /** Per lane, in the order lanes are first met in the view, the events counted per period. */
  counts: Map<string, number[]>;
  /** The background events to draw one by one, by start. */
  backgrounds: PreparedEvent[];
  /** The events in view, excluding none. */
  total: number;
}

const overlaps = (event: PreparedEvent, from: number, to: number) =>
  event.startMs <= to && event.endMs >= from;

/**
 * The events overlapping [from, to] per lane and period (`buckets` periods of equal width),
 * the same as one pass over them would count: an event goes to the period of `countedAt`,
 * clamped into the view. The open event and, when drawn, the background spans are left out.
 * `bucketsFor` chooses the number of periods once the lanes are known. Null when the list
 * cannot be indexed.
 */
export function countLanes(
  events: readonly PreparedEvent[],
  from: number,
  to: number,
  selectedId: string | undefined,
  maxBackgrounds: number,
  bucketsFor: (lanes: number, backgroundsDrawn: number) => number,
): LaneCounts | null {
  const view = viewIndex(events);
  const lanesIndex = laneIndexFor(events);
  if (view === null || lanesIndex === null) return null;
  const { starts, long } = view;
  const { keys, reach, shortBackgrounds } = lanesIndex;

  // The events whose key lies outside the view but which overlap it, found near its edges.
  const edges: PreparedEvent[] = [];
  for (let i = lowerBound(starts, from - reach); i < events.length; i += 1) {
    if ((starts[i] as number) >= from) break;
    const event = events[i] as PreparedEvent;
    if (event.endMs - event.startMs > LONG_SPAN_MS) continue;
    if (key(event) < from && overlaps(event, from, to)) edges.push(event);
  }
  for (let i = lowerBound(starts, to - reach); i < events.length; i += 1) {
    if ((starts[i] as number) > to) break;
    const event = events[i] as PreparedEvent;
    if (event.endMs - event.startMs > LONG_SPAN_MS) continue;
    if (key(event) > to && overlaps(event, from, to)) edges.push(event);
  }
  const longInView = long.filter((e) => overlaps(e, from, to));
  const backgroundsInView = [
    ...longInView.filter((e) => e.isBackground),
    ...shortBackgrounds.filter((e) => overlaps(e, from, to)),
  ].filter((e) => e.id !== selectedId);
  const drawBackgrounds = backgroundsInView.length <= maxBackgrounds;
  const backgrounds = drawBackgrounds
    ? backgroundsInView.sort((a, b) => a.startMs - b.startMs || a.index - b.index)
    : [];
  // Drawn on its own (a background, the open event) but counted among its lane's keys: a short
  // event whose key lies in the view. Such an event is taken back out of the counts.
  const keyedInView = (event: PreparedEvent) => {
    if (event.endMs - event.startMs > LONG_SPAN_MS) return false;
    const k = key(event);
    return k >= from && k <= to;
  };
  const excluded = new Set<PreparedEvent>(backgrounds);
  const selected = selectedId === undefined ? undefined : findById(events, selectedId);
  if (selected && overlaps(selected, from, to)) excluded.add(selected);

  // Per lane: the positions of its keys inside the view, and its events counted apart.
  const ranges = new Map<string, [number, number]>();
  let total = longInView.length + edges.length;
  keys.forEach((list, kind) => {
    const first = lowerBound(list, from);
    const last = upperBound(list, to);
    if (last > first) ranges.set(kind, [first, last]);
    total += Math.max(0, last - first);
  });
  const extra = [...edges, ...longInView].filter((e) => !excluded.has(e));
  const laneTotals = new Map<string, number>();
  ranges.forEach(([first, last], kind) => laneTotals.set(kind, last - first));
  for (const event of extra) laneTotals.set(event.kind, (laneTotals.get(event.kind) ?? 0) + 1);
  for (const event of excluded) {
    if (keyedInView(event)) laneTotals.set(event.kind, (laneTotals.get(event.kind) ?? 0) - 1);
  }
  const lanes = [...laneTotals].filter(([, n]) => n > 0).map(([kind]) => kind);

  const buckets = bucketsFor(lanes.length, backgrounds.length);
  const width = (to - from) / buckets;
  const bucketOf = (at: number) =>
    Math.min(buckets - 1, Math.max(0, Math.floor((at - from) / width)));
  const counts = new Map<string, number[]>();
  for (const kind of lanes) {
    const lane = new Array<number>(buckets).fill(0);
    const range = ranges.get(kind);
    const list = keys.get(kind);
    if (range && list) {
      // The first position of each period, by the same arithmetic as bucketOf.
      let start = range[0];
      for (let b = 0; b < buckets; b += 1) {
        let end = range[1];
        if (b < buckets - 1) {
          let lo = start;
          let hi = range[1];
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (bucketOf(list[mid] as number) <= b) lo = mid + 1;
            else hi = mid;
          }
          end = lo;
        }
        lane[b] = end - start;
        start = end;
      }
    }
    counts.set(kind, lane);
  }
  for (const event of extra) {
    const lane = counts.get(event.kind);
    const b = bucketOf(countedAt(event, from));
    if (lane) lane[b] = (lane[b] ?? 0) + 1;
  }
  for (const event of excluded) {
    const lane = counts.get(event.kind);
    const b = bucketOf(countedAt(event, from));
    if (lane && keyedInView(event)) lane[b] = (lane[b] ?? 0) - 1;
  }
  return { counts, backgrounds, total };
}

function findById(events: readonly PreparedEvent[], id: string): PreparedEvent | undefined {
  return events.find((e) => e.id === id);
}
