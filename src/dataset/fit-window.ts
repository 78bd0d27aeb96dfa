import { clampToCivilRange, DAY_MS } from '../dates/civil-date.ts';
import type { PreparedEvent, Window } from './prepare-dataset.ts';

/**
 * The default view: the events that are steps in the story (not the long background spans),
 * with a margin, so that a five-year background does not squash a fortnight into a pixel.
 */
export function fitWindow(events: readonly PreparedEvent[]): Window {
  const steps = events.filter((e) => !e.isBackground);
  const chosen = steps.length > 0 ? steps : events;
  if (chosen.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    return { start: now, end: now + 30 * DAY_MS };
  }
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of chosen) {
    start = Math.min(start, e.startMs);
    end = Math.max(end, e.endMs);
  }
  const span = Math.max(end - start, DAY_MS);
  // More room on the right, where the labels of the last events run: half the span, so that a
  // label of about 40 characters beside the last day is drawn whole at 1280 px, in Russian too
  // (whose lane names take more of the width). Checked by e2e/first-screen-labels.spec.ts.
  return clampToCivilRange({
    start: start - Math.max(span * 0.04, DAY_MS / 2),
    end: end + Math.max(span * 0.5, DAY_MS),
  });
}
