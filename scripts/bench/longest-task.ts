/** The figure the requirement names: no task over 200 ms, whatever the reader does. */
import type { RunResult } from './run-result.ts';

/** The longest task of every step of the run, and that over the letter's own (same run). */
export function summariseLongest(result: RunResult) {
  const longest = [
    result.loadLongestTaskMs,
    result.zoomLongestTaskMs,
    result.panLongestTaskMs,
    result.searchLongestTaskMs,
    result.filterLongestTaskMs,
    result.zoomOutLongestTaskMs,
    result.openLongestTaskMs,
  ].filter((v): v is number => v !== undefined);
  if (longest.length === 0) return;
  result.longestTaskMs = Math.max(...longest);
  if (result.homeLongestTaskMs !== undefined && result.homeLongestTaskMs > 0)
    result.longestTaskRatio = result.longestTaskMs / result.homeLongestTaskMs;
}
