import { certaintyMark } from '../dates/format-date.ts';
import type { PreparedEvent, Window } from '../dataset/prepare-dataset.ts';
import { eventsInView } from './events-in-view.ts';
import { countLanes, viewCandidates } from './lane-counts.ts';
import { countedAt } from './lane-index.ts';

/** What the timeline draws for one event, or for a bundle of events too dense to draw apart. */
export interface TimelineItemSpec {
  id: string;
  /** The lane: the event's kind. */
  group: string;
  type: 'point' | 'range';
  start: number;
  end?: number;
  label: string;
  /** The event's full title, when the label is a shorter form of it (shown as a tooltip). */
  title?: string | undefined;
  /** The language of the label, when it is the dataset's own words. */
  lang?: string | undefined;
  className: string;
  /** For bundles: how many events, and the window that shows them. */
  count?: number;
}

export const CLUSTER_PREFIX = 'cluster:';

/**
 * Above this many events in view, the timeline draws counts per period instead: every drawn
 * item costs the engine layout work on each frame of a zoom or pan.
 */
export const MAX_DRAWN_ITEMS = 200;
/** How many periods a dense view is divided into (per lane), at most. */
export const BUCKETS = 32;
/**
 * A dense view still draws this many background spans (a story's long context) one by one;
 * beyond it they are counted like every other event: spans cost the engine as much as points.
 */
export const MAX_BACKGROUND_DRAWN = 8;

/** The open event is marked by the engine's own selection (`vis-selected`), not by a class here. */
export function itemForEvent(event: PreparedEvent): TimelineItemSpec {
  const mark = certaintyMark(event.certainty);
  const classes = [`kind--${event.kind}`, `certainty-${event.certainty}`];
  if (event.ongoing) classes.push('is-ongoing');
  if (event.isBackground) classes.push('is-background');
  // The drawing shows the short label where the dataset gives one; the list and panel the title.
  const short = event.label ?? event.title;
  const label = mark ? `${mark} ${short}` : short;
  const title = event.label === undefined ? undefined : event.title;
  if (event.isRange) {
    return {
      id: event.id,
      group: event.kind,
      type: 'range',
      start: event.startMs,
      end: event.endMs,
      label,
      title,
      lang: event.titleLang,
      className: classes.join(' '),
    };
  }
  return {
    id: event.id,
    group: event.kind,
    type: 'point',
    start: event.pointMs,
    label,
    title,
    lang: event.titleLang,
    className: classes.join(' '),
  };
}

/**
 * The items for a view: every event overlapping the window (with a margin of one window
 * either side, so panning shows no gap), or, when that is too many to draw, one bundle per
 * period with its count. The open event is always drawn.
 */
export function toTimelineItems(
  events: readonly PreparedEvent[],
  view: Window,
  selectedId: string | undefined,
  /** A count as the reader's language writes it ("1,234", "1 234"). */
  formatCount: (count: number) => string = String,
): TimelineItemSpec[] {
  const span = view.end - view.start;
  const from = view.start - span;
  const to = view.end + span;
  const room = (drawn: number) => MAX_DRAWN_ITEMS - drawn - (selectedId === undefined ? 0 : 1);
  const bucketsFor = (lanes: number, drawn: number) =>
    Math.max(1, Math.min(BUCKETS, Math.floor(room(drawn) / Math.max(1, lanes))));

  // A dense view of a sorted list is counted by binary search, without visiting its events.
  const candidates = viewCandidates(events, from, to);
  if (candidates !== null && candidates > DENSE_CANDIDATES) {
    const counted = countLanes(events, from, to, selectedId, MAX_BACKGROUND_DRAWN, bucketsFor);
    if (counted && counted.total > MAX_DRAWN_ITEMS) {
      const items = counted.backgrounds.map((e) => itemForEvent(e));
      const buckets = bucketsFor(counted.counts.size, items.length);
      pushCounts(items, counted.counts, from, (to - from) / buckets, formatCount);
      const selected =
        selectedId === undefined ? undefined : events.find((e) => e.id === selectedId);
      if (selected && selected.startMs <= to && selected.endMs >= from)
        items.push(itemForEvent(selected));
      return items;
    }
  }

  const inView = eventsInView(events, from, to);
  if (inView.length <= MAX_DRAWN_ITEMS) {
    return inView.map((e) => itemForEvent(e));
  }

  // Every drawn item counts against the cap: the background spans drawn one by one, the open
  // event, and one item per period and lane.
  const items: TimelineItemSpec[] = [];
  let backgrounds = 0;
  for (const event of inView) if (event.isBackground && event.id !== selectedId) backgrounds += 1;
  const drawBackgrounds = backgrounds <= MAX_BACKGROUND_DRAWN;
  const lanes = new Set<string>();
  for (const event of inView) {
    if (event.id === selectedId) continue;
    if (event.isBackground && drawBackgrounds) items.push(itemForEvent(event));
    else lanes.add(event.kind);
  }
  const buckets = bucketsFor(lanes.size, items.length);
  const width = (to - from) / buckets;
  const counts = new Map<string, number[]>();
  for (const event of inView) {
    if (event.id === selectedId || (event.isBackground && drawBackgrounds)) continue;
    const bucket = Math.min(
      buckets - 1,
      Math.max(0, Math.floor((countedAt(event, from) - from) / width)),
    );
    const lane = counts.get(event.kind) ?? new Array<number>(buckets).fill(0);
    lane[bucket] = (lane[bucket] ?? 0) + 1;
    counts.set(event.kind, lane);
  }
  pushCounts(items, counts, from, width, formatCount);
  const selected = selectedId === undefined ? undefined : inView.find((e) => e.id === selectedId);
  if (selected) items.push(itemForEvent(selected));
  return items;
}

/**
 * Above this many events possibly in view, a sorted list's view is counted by binary search
 * rather than gathered: gathering them costs more than the search below it.
 */
const DENSE_CANDIDATES = 4 * MAX_DRAWN_ITEMS;

/** One item per lane and period with events, its label the count. */
function pushCounts(
  items: TimelineItemSpec[],
  counts: ReadonlyMap<string, readonly number[]>,
  from: number,
  width: number,
  formatCount: (count: number) => string,
) {
  counts.forEach((lane, kind) => {
    lane.forEach((count, i) => {
      if (count === 0) return;
      const start = Math.round(from + i * width);
      items.push({
        // Named by lane and period number, not by date: after a zoom or pan the engine updates
        // the same items in place instead of removing them all and drawing new ones.
        id: `${CLUSTER_PREFIX}${kind}:${i}`,
        group: kind,
        type: 'range',
        start,
        end: Math.round(start + width),
        label: formatCount(count),
        className: `is-cluster kind--${kind}`,
        count,
      });
    });
  });
}
