import type { Window } from '../dataset/prepare-dataset.ts';
import { ITEM_MARGIN, POINT_LABEL_PX } from './timeline-geometry.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';

/**
 * Where the engine will draw the first view, worked out without a browser, so that a page
 * written ahead can show the timeline's words before the engine's code has run: each lane's
 * items at their dates, stacked as the engine stacks them (by start, each into the first row
 * where it meets no item placed before it). Text widths are estimated, so the rows are stacked
 * for the narrowest item area a layout is used at, with a generous width per character: the
 * preview may stack more than the engine, never draw one title over another.
 */

/** A label's font (0.8rem) is at most about this wide per character, Latin or Cyrillic. */
const CHAR_PX = 7.5;
/** A point's dot and the space before its label. */
export const POINT_LEAD_PX = 10;
/** A point label's padding either side, and a range's least width. */
const POINT_PADDING_PX = 8;
const RANGE_PADDING_PX = 14;
/** A point label longer than this many characters is cut with an ellipsis, as the engine's is. */
export const POINT_LABEL_CHARS = 42;
/** A range's label never needs more characters than the widest screen shows of it. */
const WIDEST_PX = 2400;

export interface PreviewItem {
  id: string;
  type: 'point' | 'range';
  /** Left edge (a range) or the date (a point), as a fraction of the item area's width. */
  x: number;
  /** A range's width as a fraction of the item area's width (clipped to the view). */
  width: number;
  row: number;
  label: string;
  lang?: string | undefined;
  className: string;
  selected: boolean;
}

export interface PreviewLane {
  id: string;
  rows: number;
  items: PreviewItem[];
}

const graphemes = (text: string): string[] =>
  Array.from(
    new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );

/** The label cut to `max` characters (whole ones: an emoji or an accent stays whole). */
function cut(label: string, max: number, ellipsis: boolean): string {
  // Short labels are left as they are without segmenting them.
  if (label.length <= max) return label;
  const parts = graphemes(label);
  if (parts.length <= max) return label;
  return ellipsis ? `${parts.slice(0, max - 1).join('')}…` : parts.slice(0, max).join('');
}

/** Stacks one lane's items, in the order of their starts, for an item area `areaPx` wide. */
function stack(
  id: string,
  items: readonly TimelineItemSpec[],
  view: Window,
  areaPx: number,
  selectedId: string | undefined,
): PreviewLane {
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
    const label = isRange
      ? cut(spec.label, Math.ceil((width * WIDEST_PX) / CHAR_PX) + 1, false)
      : cut(spec.label, POINT_LABEL_CHARS, true);
    const left = x * areaPx;
    const right = isRange
      ? Math.max(left + width * areaPx, left + RANGE_PADDING_PX)
      : left + POINT_LEAD_PX + Math.min(POINT_LABEL_PX, label.length * CHAR_PX) + POINT_PADDING_PX;
    let row = rowEnds.findIndex((end) => end + ITEM_MARGIN.horizontal <= left);
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
      selected: spec.id === selectedId,
    });
  }
  return { id, rows: Math.max(1, rowEnds.length), items: placed };
}

/**
 * The lanes in their order, each with its items placed, for an item area `areaPx` wide. None
 * for a view drawn as counts (bundles are the engine's answer to density, not words to show).
 */
export function previewLayout(
  laneIds: readonly string[],
  items: readonly TimelineItemSpec[],
  view: Window,
  areaPx: number,
  selectedId?: string,
): PreviewLane[] {
  if (!(view.end > view.start) || items.some((item) => item.count !== undefined)) return [];
  const byLane = new Map<string, TimelineItemSpec[]>(laneIds.map((id) => [id, []]));
  for (const item of items) byLane.get(item.group)?.push(item);
  return laneIds.map((id) => stack(id, byLane.get(id) ?? [], view, areaPx, selectedId));
}
