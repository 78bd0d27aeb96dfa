import type { Window } from '../dataset/prepare-dataset.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';

/**
 * Where the engine will draw the first view, worked out without a browser, so that a page
 * written ahead can show the timeline's words before the engine's code has run: each lane's
 * items at their dates, stacked as the engine stacks them (by start, each into the first row
 * where it meets no item drawn before it). Text widths are estimated, not measured: the preview
 * is close to the engine's drawing, and the engine's drawing replaces it.
 */

/** The engine's item margins (EventTimeline's `margin.item`) and a row's height, in pixels. */
export const ROW_PITCH = 36;
const MARGIN_X = 4;
/** An item label's font (0.8rem) is about this wide per character on average. */
const CHAR_PX = 7;
/** A point's label is cut at 15rem (styles.css), its dot and padding take the rest. */
const POINT_LABEL_PX = 240;
const POINT_EXTRA_PX = 24;
const RANGE_PADDING_PX = 14;
/** A point label longer than this many characters is cut with an ellipsis, as the engine's is. */
export const POINT_LABEL_CHARS = Math.floor(POINT_LABEL_PX / CHAR_PX);
/** Beyond this many items the preview is left out: a dense view is drawn as counts anyway. */
export const MAX_PREVIEW_ITEMS = 300;

export interface PreviewItem {
  id: string;
  type: 'point' | 'range';
  /** Left edge (a range) or the date (a point), as a fraction of the view's width. */
  x: number;
  /** A range's width as a fraction of the view's width (clipped to the view). */
  width: number;
  row: number;
  label: string;
  lang?: string | undefined;
  className: string;
}

export interface PreviewLane {
  id: string;
  rows: number;
  items: PreviewItem[];
}

function shortened(label: string): string {
  const chars = [...label];
  return chars.length <= POINT_LABEL_CHARS
    ? label
    : `${chars.slice(0, POINT_LABEL_CHARS - 1).join('')}…`;
}

/** Stacks one lane's items, in the order of their starts, at a timeline `panelPx` wide. */
function stack(items: readonly TimelineItemSpec[], view: Window, panelPx: number): PreviewLane {
  const span = view.end - view.start;
  const placed: PreviewItem[] = [];
  const rowEnds: number[] = [];
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (const spec of sorted) {
    const from = (spec.start - view.start) / span;
    const isRange = spec.type === 'range' && spec.end !== undefined;
    const to = isRange ? ((spec.end ?? spec.start) - view.start) / span : from;
    if (to < 0 || from > 1) continue;
    const x = isRange ? Math.max(0, from) : from;
    const width = isRange ? Math.min(1, to) - x : 0;
    const label = isRange ? spec.label : shortened(spec.label);
    const left = x * panelPx;
    const right = isRange
      ? Math.max(left + width * panelPx, left + RANGE_PADDING_PX)
      : left + POINT_EXTRA_PX + Math.min(POINT_LABEL_PX, [...label].length * CHAR_PX);
    let row = rowEnds.findIndex((end) => end + MARGIN_X <= left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = right;
    placed.push({
      id: spec.id,
      type: spec.type,
      x,
      width,
      row,
      label,
      lang: spec.lang,
      className: spec.className,
    });
  }
  return { id: '', rows: Math.max(1, rowEnds.length), items: placed };
}

/**
 * The lanes in their order, each with its items placed, for a timeline whose item area is
 * `panelPx` wide; none when there are too many items to be worth drawing twice.
 */
export function previewLayout(
  laneIds: readonly string[],
  items: readonly TimelineItemSpec[],
  view: Window,
  panelPx: number,
): PreviewLane[] {
  if (items.length > MAX_PREVIEW_ITEMS || !(view.end > view.start)) return [];
  const byLane = new Map<string, TimelineItemSpec[]>(laneIds.map((id) => [id, []]));
  for (const item of items) byLane.get(item.group)?.push(item);
  return laneIds.map((id) => ({ ...stack(byLane.get(id) ?? [], view, panelPx), id }));
}
