/**
 * The rest of a reader's journey after search and filter: zoom out three times from the first
 * view, then open an event from the list. Each step timed like the others (measure-interactions).
 */
import type { Page } from '@playwright/test';
import { withTimeout } from './build-site.ts';
import { pressButtons, step, sumSteps } from './measure-interactions.ts';
import type { MeasureOptions, RunResult } from './run-result.ts';

/** Three "Zoom out" clicks (×2 each), pressed with the mouse like the zoom's. */
export async function measureZoomOut(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'zoom-out';
  const steps = await pressButtons(page, options, ['Zoom out', 'Zoom out', 'Zoom out']);
  const total = sumSteps(steps);
  result.zoomOutMs = total.ms;
  result.zoomOutLongestTaskMs = total.longestTaskMs;
}

/** A click on the list's first entry: the event opens in its panel. The app only. */
export async function measureOpen(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'open';
  const entry = page.locator('button.event-entry').first();
  await withTimeout(entry.scrollIntoViewIfNeeded(), options.timeoutMs, 'finding an entry');
  const box = await withTimeout(entry.boundingBox(), options.timeoutMs, 'finding an entry');
  if (!box) throw new Error('no list entry');
  const s = await step(page, options, () =>
    page.mouse.click(box.x + Math.min(40, box.width / 2), box.y + box.height / 2),
  );
  result.openMs = s.ms;
  result.openLongestTaskMs = s.longestTaskMs;
}
