/**
 * The two private members of vis-timeline that this app relies on, in one place. They are not
 * part of the engine's API: the version is pinned in package.json, and vis-engine.test.ts runs
 * against the real engine so that an upgrade that renames or drops one fails loudly.
 */

/**
 * With `start`/`end` in the options the engine stays hidden behind its loading screen until its
 * first range change settles, about 200 ms later (Timeline.js checks `initialRangeChangeDone`
 * before its first visible draw; https://github.com/visjs/vis-timeline/issues/1340). Our window
 * is already the one asked for, so the first draw may show it at once.
 */
export function showFirstDrawAtOnce(engine: object): void {
  (engine as { initialRangeChangeDone?: boolean }).initialRangeChangeDone = true;
}

/**
 * Runs the engine's own size check now. Core.js's `_startAutoResize` sets `_onResize` and calls
 * it once a second and on the window's `resize`
 * (https://github.com/visjs/vis-timeline/blob/master/lib/timeline/Core.js); it is absent once the
 * engine is destroyed.
 */
export function runEngineSizeCheck(engine: object): void {
  (engine as { _onResize?: (() => void) | null })._onResize?.();
}
