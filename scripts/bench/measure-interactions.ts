/** The interactions of a run: zoom, pan, search and filter, each timed to the page settling. */
import type { Page } from '@playwright/test';
import { read, sleep } from './browser.ts';
import { TimeoutError, withTimeout } from './build-site.ts';
import { ARM, DISARM, READ_INTERACTION, type InteractionProbe } from './probe.ts';
import type { MeasureOptions, RunResult, StepResult } from './run-result.ts';
import { stepTimes } from './step-times.ts';

/**
 * Waits for the page to settle after an input: no DOM change for `quietMs`. The step ends at
 * the second animation frame after the last change; its result is on screen at the second
 * frame after the last change of the list or the timeline that is visibly rendered (a hidden
 * live region's is not; see step-times.ts and the probe). Its long tasks are those from the
 * input until the quiet period is over, so work the page does after its last visible change
 * (and any background work) still counts: it is what a reader's next input would wait for.
 */
async function settle(page: Page, options: MeasureOptions, deadline: number): Promise<StepResult> {
  let seen = Number.NaN;
  for (;;) {
    const probe = await read<InteractionProbe>(page, READ_INTERACTION, deadline, 'the interaction');
    if (probe.inputAt !== null) {
      const inputAt = probe.inputAt;
      const activity = Math.max(inputAt, probe.lastMutationAt);
      const times = stepTimes(inputAt, probe.lastMutationAt, probe.lastShownAt, probe.frames);
      // A little slack past the quiet period: long-task entries arrive after their task.
      if (
        probe.now - activity >= options.quietMs + 150 &&
        times !== undefined &&
        activity === seen
      ) {
        const windowEnd = activity + options.quietMs;
        const parts = probe.longTasks
          .filter(([start]) => start < windowEnd)
          .map(([start, d]) => Math.min(d, start + d - inputAt, windowEnd - start));
        return {
          ms: times.settledMs,
          shownMs: times.shownMs,
          longTaskMs: parts.reduce((sum, d) => sum + d, 0),
          longestTaskMs: parts.reduce((max, d) => Math.max(max, d), 0),
        };
      }
      seen = activity;
    }
    if (Date.now() > deadline) throw new TimeoutError('the page did not settle in time');
    await sleep(100);
  }
}

/** One input and the page's answer to it, within one deadline (inputs wait for a busy page). */
export async function step(
  page: Page,
  options: MeasureOptions,
  act: () => Promise<void>,
): Promise<StepResult> {
  const deadline = Date.now() + options.timeoutMs;
  await read(page, ARM, deadline, 'arming the probe');
  try {
    await withTimeout(act(), Math.max(1, deadline - Date.now()), 'the input');
    return await settle(page, options, deadline);
  } finally {
    await read(page, DISARM, Date.now() + options.timeoutMs, 'disarming the probe').catch(
      () => undefined,
    );
  }
}

export function sumSteps(steps: readonly StepResult[]) {
  return {
    ms: steps.reduce((sum, s) => sum + s.ms, 0),
    shownMs: steps.reduce((sum, s) => sum + s.shownMs, 0),
    longTaskMs: steps.reduce((sum, s) => sum + s.longTaskMs, 0),
    longestTaskMs: steps.reduce((max, s) => Math.max(max, s.longestTaskMs), 0),
  };
}

/**
 * Presses each named button in turn with the mouse, found by its aria-label (see measureZoom),
 * one timed step per press.
 */
export async function pressButtons(
  page: Page,
  options: MeasureOptions,
  names: readonly string[],
): Promise<StepResult[]> {
  const steps: StepResult[] = [];
  for (const name of names) {
    const button = page.locator(`button[aria-label="${name}"]`).first();
    const box = await withTimeout(button.boundingBox(), options.timeoutMs, `finding "${name}"`);
    if (!box) throw new Error(`no "${name}" button`);
    steps.push(
      await step(page, options, () =>
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ),
    );
  }
  return steps;
}

/**
 * Zoom in 4× (two halvings) and back out (two doublings) with the page's own buttons, found
 * by their accessible name (aria-label) and pressed with the mouse. Not getByRole: its name
 * matching computes the accessible name of every button in the page, in the page's main
 * thread, which at 100,000 list entries would cost more than the zoom itself.
 */
export async function measureZoom(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'zoom';
  const steps = await pressButtons(page, options, ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out']);
  const total = sumSteps(steps);
  result.zoomMs = total.ms;
  result.zoomLongTaskMs = total.longTaskMs;
  result.zoomLongestTaskMs = total.longestTaskMs;
  result.zoomStepsMs = steps.map((s) => s.ms);
}

/** Drag the timeline's centre panel 300 px to the left in ten moves. */
export async function measurePan(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'pan';
  const panel = page.locator('.vis-panel.vis-center').first();
  const box = await withTimeout(panel.boundingBox(), options.timeoutMs, 'finding the timeline');
  if (!box) throw new Error('no timeline panel to drag');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewport.height);
  const y = top + Math.min(80, (bottom - top) / 2);
  const x = box.x + box.width * 0.7;
  const s = await step(page, options, async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 300, y, { steps: 10 });
    await page.mouse.up();
  });
  result.panMs = s.ms;
  result.panLongTaskMs = s.longTaskMs;
  result.panLongestTaskMs = s.longestTaskMs;
}

/**
 * Type "gro" into the search field, one key per step (a key that comes before the search
 * index is ready, built in idle time from the first view on, waits for it), then clear it. The app only: the bare page has no search.
 */
export async function measureSearch(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'search';
  const field = page.locator('input[type="search"]').first();
  await withTimeout(field.click(), options.timeoutMs, 'focusing the search field');
  const steps: StepResult[] = [];
  for (const key of ['g', 'r', 'o'])
    steps.push(await step(page, options, () => page.keyboard.press(key)));
  const total = sumSteps(steps);
  result.searchMs = total.ms;
  result.searchLongestTaskMs = total.longestTaskMs;
  result.searchStepsMs = steps.map((s) => s.ms);
  result.searchKeyMs = Math.max(...steps.map((s) => s.shownMs));
  result.searchKeySettledMs = Math.max(...result.searchStepsMs);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

/** Press the first kind in the legend (a filter) and release it again. The app only. */
export async function measureFilter(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'filter';
  const toggle = page.locator('button.kind-toggle').first();
  const box = await withTimeout(toggle.boundingBox(), options.timeoutMs, 'finding a kind toggle');
  if (!box) throw new Error('no kind toggle');
  const steps: StepResult[] = [];
  for (let i = 0; i < 2; i += 1) {
    steps.push(
      await step(page, options, () =>
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ),
    );
  }
  const total = sumSteps(steps);
  result.filterMs = total.ms;
  result.filterStepMs = Math.max(...steps.map((s) => s.shownMs));
  result.filterStepSettledMs = Math.max(...steps.map((s) => s.ms));
  result.filterLongestTaskMs = total.longestTaskMs;
}
