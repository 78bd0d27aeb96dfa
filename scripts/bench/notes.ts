/** How a run was made, written under the report's tables. */
import { cpus } from 'node:os';
import type { AssetSize } from './build-site.ts';
import { IDLE_WINDOW_MS } from './run-result.ts';

export interface NoteInputs {
  chromium: string;
  runs: number;
  runsLarge: number;
  large: number;
  timeoutMs: number;
  quietMs: number;
  bareInteractionsUpTo: number;
  app: readonly AssetSize[];
  bare: readonly AssetSize[];
  /** Actors of its own per event (`--actors`), 0 for the usual one or two from a short list. */
  actors: number;
}

export function runNotes(o: NoteInputs): string[] {
  const gzipKB = (list: readonly AssetSize[]) =>
    list.reduce((sum, a) => sum + a.gzipBytes, 0) / 1024;
  return [
    `Headless Chromium ${o.chromium} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), viewport 1280×800, time zone UTC.`,
    `Both pages run with prefers-reduced-motion: reduce, so the app sets its window without animation; the bare page's buttons call zoomIn(1)/zoomOut(1) with animation off. Animation time is not counted.`,
    `Each run is a fresh browser context (empty cache); app and bare runs are interleaved. Runs: ${o.runs} per case${o.runsLarge !== o.runs ? ` (${o.runsLarge} at ${o.large.toLocaleString('en')} events and more)` : ''}; a run is capped at ${o.timeoutMs / 1000} s for the load and for each interaction step.`,
    `First item: navigation start to the first animation frame with a .vis-item laid out, inside the viewport and visible. Idle: the end of the last long task before ${IDLE_WINDOW_MS} ms without one, after the first item. Long tasks: the sum of PerformanceObserver "longtask" entries (>50 ms).`,
    `The bare page is zoomed and panned up to ${o.bareInteractionsUpTo.toLocaleString('en')} events; above that only its load is measured (with default options it stacks every item, and one pan at 10,000 events took more than 90 s here).`,
    `Zoom: two "Zoom in" clicks (×0.5 each) then two "Zoom out" clicks (×2); pan: a 300 px mouse drag on the centre panel. Each step runs from the input event to the second animation frame after the last visible DOM change, once the DOM has been unchanged for ${o.quietMs} ms (not counted: attributes set to the value they had, nodes added and removed at once, the current-time bar); its long tasks are those from the input to the end of that quiet period. The zoom figures add up its four steps (longest: the longest of any step).`,
    `Search and filter, result on screen: input to the second frame after the last visible change of the list (its count included) or the timeline; changes inside elements not rendered visibly (the .visually-hidden polite status) are not on screen, and are counted only in "until the page settles".`,
    `The app's runs then zoom out three times ("Zoom out" clicks, ×2 each) and open the list's first event (a click), each step timed like the others. Longest task of the run: the longest of the load and of every step. Each app run also loads the letter's own page (a fresh context) and divides its longest task by that page's longest load task: the machine's load weighs on both, so this ratio (a median of the runs' ratios) compares across runs better than either time.`,
    ...(o.actors > 0
      ? [
          `Every event of these datasets names ${o.actors} actors of its own (--actors ${o.actors}), none shared with another event: 20,000 events × 100 actors is the worst dataset the checker accepts that the hostile test found.`,
        ]
      : []),
    `Bytes are response bodies as sent by the bench server (gzip level 6). The app's build: ${gzipKB(o.app).toFixed(1)} KB gzip of JS + CSS in all (${o.app.length} files, lazy chunks included); the bare page's: ${gzipKB(o.bare).toFixed(1)} KB.`,
  ];
}
