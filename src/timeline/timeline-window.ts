import { CIVIL_RANGE, clampToCivilRange } from '../dates/civil-date.ts';
import type { Window } from '../dataset/prepare-dataset.ts';

/** The smallest and largest widths the view may take: one hour, and the whole civil range. */
export const MIN_SPAN = 60 * 60 * 1000;
export const MAX_SPAN = CIVIL_RANGE.end - CIVIL_RANGE.start;

/** Zooms around the window's centre (factor < 1 zooms in), never out of the civil range. */
export function zoomWindow(view: Window, factor: number): Window {
  const centre = (view.start + view.end) / 2;
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (view.end - view.start) * factor));
  return clampToCivilRange({ start: centre - span / 2, end: centre + span / 2 });
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
