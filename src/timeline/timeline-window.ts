import { CIVIL_RANGE, clampToCivilRange } from '../dates/civil-date.ts';
import type { Window } from '../dataset/prepare-dataset.ts';

/** The smallest and largest widths the view may take: one hour, and the whole civil range. */
export const MIN_SPAN = 60 * 60 * 1000;
export const MAX_SPAN = CIVIL_RANGE.end - CIVIL_RANGE.start;

/** How far in from an edge of the view an anchor is kept when zooming: a tenth of the width. */
const ANCHOR_MARGIN = 0.1;

/**
 * Zooms (factor < 1 zooms in), never out of the civil range. Around `anchor` when it is in
 * view: that instant stays where it is on screen (brought a tenth of the width in from an edge
 * it is closer to), so what the reader is looking at stays in sight. Otherwise around the
 * window's centre.
 */
export function zoomWindow(view: Window, factor: number, anchor?: number): Window {
  const width = view.end - view.start;
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, width * factor));
  if (anchor === undefined || anchor < view.start || anchor > view.end || width <= 0) {
    const centre = (view.start + view.end) / 2;
    return clampToCivilRange({ start: centre - span / 2, end: centre + span / 2 });
  }
  const share = Math.min(1 - ANCHOR_MARGIN, Math.max(ANCHOR_MARGIN, (anchor - view.start) / width));
  const start = anchor - share * span;
  return clampToCivilRange({ start, end: start + span });
}

/**
 * The instant a zoom keeps in place for an open event: where a point is drawn, or the middle
 * of the part of a span that is in view; undefined when no part of the event is in view.
 */
export function zoomAnchor(
  view: Window,
  event: { isRange: boolean; startMs: number; endMs: number; pointMs: number },
): number | undefined {
  if (!event.isRange)
    return event.pointMs >= view.start && event.pointMs <= view.end ? event.pointMs : undefined;
  const from = Math.max(view.start, event.startMs);
  const to = Math.min(view.end, event.endMs);
  return from <= to ? (from + to) / 2 : undefined;
}

/** The window moved by a share of its width (negative: earlier), never out of the civil range. */
export function panWindow(view: Window, share: number): Window {
  const shift = (view.end - view.start) * share;
  return clampToCivilRange({ start: view.start + shift, end: view.end + shift });
}

/**
 * The window moved so that [from, to] is inside it, keeping its width; an event longer than the
 * window is shown in part (the part in view, or its nearer edge).
 */
export function windowShowing(view: Window, from: number, to: number): Window {
  return clampToCivilRange(showing(view, from, to));
}

function showing(view: Window, from: number, to: number): Window {
  const span = view.end - view.start;
  const margin = span * 0.1;
  if (from >= view.start + margin && to <= view.end - margin) return view;
  if (to - from > span - 2 * margin) {
    // An event longer than the view (years of context) does not zoom the view out to years,
    // which would leave the other events as slivers: the view keeps its width and, when the
    // event does not reach into it, moves to the event's nearer edge.
    if (from <= view.end - margin && to >= view.start + margin) return view;
    if (to < view.start + margin) return { start: to + margin - span, end: to + margin };
    return { start: from - margin, end: from - margin + span };
  }
  const centre = (from + to) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}

/** True when two windows differ by more than a sliver of their width. */
export function windowsDiffer(a: Window, b: Window): boolean {
  const tolerance = Math.max(a.end - a.start, b.end - b.start) * 0.002;
  return Math.abs(a.start - b.start) > tolerance || Math.abs(a.end - b.end) > tolerance;
}
