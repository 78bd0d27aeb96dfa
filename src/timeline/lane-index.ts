import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { LONG_SPAN_MS, viewIndex } from './events-in-view.ts';

/**
 * Each lane's events by the instant they are counted at, sorted (see lane-counts.ts), built once
 * per list of events.
 */

/** Where an event is counted: a range at its start (moved into the view), a point where it is drawn. */
export function countedAt(event: PreparedEvent, from: number): number {
  return event.isRange ? Math.max(event.startMs, from) : event.pointMs;
}

export const key = (event: PreparedEvent) => (event.isRange ? event.startMs : event.pointMs);

export interface LaneIndex {
  /** Per lane, the keys of its events that are not long spans, ascending. */
  keys: Map<string, Float64Array>;
  /** How far after its start any such event's key or end lies. */
  reach: number;
  /** Background events that are not long spans (they are counted apart when drawn). */
  shortBackgrounds: PreparedEvent[];
}

const laneIndexes = new WeakMap<readonly PreparedEvent[], LaneIndex | null>();
const EMPTY_KEYS = new Float64Array(0);

/** Null when the events are not in order of start or an event's key lies outside it. */
export function laneIndexFor(events: readonly PreparedEvent[]): LaneIndex | null {
  let index = laneIndexes.get(events);
  if (index !== undefined) return index;
  index = null;
  if (viewIndex(events) !== null) {
    // Counted first, then filled in place: a list per lane grown a key at a time, copied and
    // sorted, cost every keystroke of a search at 100,000 events. One record per lane, looked
    // up once per event in each pass (the lookups were most of the cost).
    interface Lane {
      size: number;
      filled: number;
      ordered: boolean;
      keys: Float64Array;
    }
    const lanes = new Map<string, Lane>();
    const shortBackgrounds: PreparedEvent[] = [];
    let reach = 0;
    let inside = true;
    for (const event of events) {
      if (event.endMs - event.startMs > LONG_SPAN_MS) continue;
      const k = key(event);
      if (k < event.startMs || k > event.endMs) inside = false;
      reach = Math.max(reach, event.endMs - event.startMs, k - event.startMs);
      if (event.isBackground) shortBackgrounds.push(event);
      const lane = lanes.get(event.kind);
      if (lane) lane.size += 1;
      else lanes.set(event.kind, { size: 1, filled: 0, ordered: true, keys: EMPTY_KEYS });
    }
    if (inside) {
      const keys = new Map<string, Float64Array>();
      lanes.forEach((lane, kind) => {
        lane.keys = new Float64Array(lane.size);
        keys.set(kind, lane.keys);
      });
      for (const event of events) {
        if (event.endMs - event.startMs > LONG_SPAN_MS) continue;
        const lane = lanes.get(event.kind) as Lane;
        const k = key(event);
        if (lane.filled > 0 && k < (lane.keys[lane.filled - 1] as number)) lane.ordered = false;
        lane.keys[lane.filled] = k;
        lane.filled += 1;
      }
      // Events come by start, so a lane's keys are mostly in order already.
      lanes.forEach((lane) => {
        if (!lane.ordered) lane.keys.sort();
      });
      index = { keys, reach, shortBackgrounds };
    }
  }
  laneIndexes.set(events, index);
  return index;
}

/** The first position whose value is greater than `value`. */
export function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
