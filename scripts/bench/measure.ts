/**
 * One run of one page at one size, in a fresh browser context: load, heap, bytes, then the
 * zoom and the pan. Every wait has a deadline, so a page that hangs becomes a recorded timeout.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-browser.ts';
import { dataPath, TimeoutError, withTimeout } from './build-site.ts';
import { syntheticDataset } from './datasets.ts';
import {
  ARM,
  DISARM,
  PROBE_SCRIPT,
  READ_INTERACTION,
  READ_LOAD,
  type InteractionProbe,
  type LoadProbe,
} from './probe.ts';
import type { StaticServer, Transfer } from './server.ts';
import { stepTimes } from './step-times.ts';

export type PageKind = 'app' | 'bare';

export interface MeasureOptions {
  /** The cap on the load, and on each step of the interaction, in milliseconds. */
  timeoutMs: number;
  /** How long the page must stay quiet (no DOM change, no long task) to count as settled. */
  quietMs: number;
  /**
   * Up to this size the bare page is zoomed and panned too; above it only its load is
   * measured. With default options it stacks every item (27,000 elements at 10,000 events), and
   * a pan then takes minutes on this machine: no target compares against it.
   */
  bareInteractionsUpTo: number;
}

/** No long task for this long after the first item: the page is idle. */
export const IDLE_WINDOW_MS = 500;

export interface StepResult {
  /** Input to the frame after the last change anywhere in the page (the step has settled). */
  ms: number;
  /** Input to the frame after the last change of the visible result (see step-times.ts). */
  shownMs: number;
  longTaskMs: number;
  longestTaskMs: number;
}

export interface RunResult {
  page: PageKind;
  size: number;
  run: number;
  status: 'ok' | 'timeout' | 'error';
  /** The machine's one-minute load average when the run started (other work slows runs down). */
  loadAverage?: number;
  /** Where a timeout or error happened. */
  phase?: 'load' | 'idle' | 'heap' | 'zoom' | 'pan' | 'search' | 'filter';
  error?: string;
  firstItemMs?: number;
  /** The first event's words visible (measured up to 1,000 events). */
  wordsMs?: number;
  /**
   * The letter (runs at 16 events): the app's own page (prerendered, its dataset in the page),
   * or the bare page with the letter's events; words and first item.
   */
  homeWordsMs?: number;
  homeFirstItemMs?: number;
  idleMs?: number;
  loadLongTaskMs?: number;
  loadLongestTaskMs?: number;
  heapMB?: number;
  codeKB?: number;
  dataKB?: number;
  htmlKB?: number;
  /** When the data request started and ended, and when the last script arrived (ms). */
  dataRequestMs?: number;
  dataResponseEndMs?: number;
  codeResponseEndMs?: number;
  zoomMs?: number;
  zoomLongTaskMs?: number;
  zoomLongestTaskMs?: number;
  zoomStepsMs?: number[];
  panMs?: number;
  panLongTaskMs?: number;
  panLongestTaskMs?: number;
  searchMs?: number;
  searchLongestTaskMs?: number;
  searchStepsMs?: number[];
  /** The slowest keystroke of the search, input to the result on screen (list and timeline). */
  searchKeyMs?: number;
  /** The slowest keystroke, input to the page settled (the hidden polite status included). */
  searchKeySettledMs?: number;
  filterMs?: number;
  /** The slower of the filter's press and release, input to the result on screen. */
  filterStepMs?: number;
  /** The slower of the two, input to the page settled (the hidden polite status included). */
  filterStepSettledMs?: number;
  filterLongestTaskMs?: number;
}

export function pageUrl(origin: string, kind: PageKind, size: number): string {
  const data = encodeURIComponent(dataPath(size)).replace(/%2F/g, '/');
  return kind === 'app' ? `${origin}/?data=${data}` : `${origin}/bench-bare/?data=${data}`;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Owns the browser, and replaces it when a hung page will not let its context close. */
export class BrowserHolder {
  private browser: Browser | undefined;

  async get(): Promise<Browser> {
    this.browser ??= await withTimeout(
      chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true }),
      60_000,
      'launching Chromium',
    );
    return this.browser;
  }

  async newContext(): Promise<BrowserContext> {
    const browser = await this.get();
    return browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      timezoneId: 'UTC',
      locale: 'en-GB',
    });
  }

  async closeContext(context: BrowserContext): Promise<void> {
    try {
      await withTimeout(context.close(), 20_000, 'closing the page');
    } catch {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser)
      await withTimeout(browser.close(), 20_000, 'closing Chromium').catch(() => undefined);
  }
}

async function read<T>(page: Page, expression: string, deadline: number, what: string): Promise<T> {
  const left = Math.max(1, deadline - Date.now());
  try {
    return await withTimeout(page.evaluate(expression) as Promise<T>, left, what);
  } catch (error) {
    if (error instanceof TimeoutError)
      throw new TimeoutError(`${what}: the page did not answer before the deadline`);
    throw error;
  }
}

function taskEnd([start, duration]: [number, number]): number {
  return start + duration;
}

/** The end of the first window of IDLE_WINDOW_MS with no long task, from `from` on. */
export function idleAfter(from: number, longTasks: readonly [number, number][]): number {
  let at = from;
  for (const task of [...longTasks].sort((a, b) => a[0] - b[0])) {
    if (taskEnd(task) <= at) continue;
    if (task[0] - at >= IDLE_WINDOW_MS) break;
    at = Math.max(at, taskEnd(task));
  }
  return at;
}

export async function measureLoad(
  page: Page,
  url: string,
  options: MeasureOptions,
  result: RunResult,
) {
  const deadline = Date.now() + options.timeoutMs;
  result.phase = 'load';
  await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
  let probe = await read<LoadProbe>(page, READ_LOAD, deadline, 'the first item');
  while (probe.firstItemAt === null) {
    if (Date.now() > deadline) throw new TimeoutError('no timeline item visible in time');
    await sleep(50);
    probe = await read<LoadProbe>(page, READ_LOAD, deadline, 'the first item');
  }
  if (probe.longTaskError) throw new Error(`long tasks cannot be observed: ${probe.longTaskError}`);
  const firstItemAt = probe.firstItemAt;
  result.firstItemMs = firstItemAt;

  // Idle once no long task has started for IDLE_WINDOW_MS, seen twice (entries arrive late).
  result.phase = 'idle';
  let seen = Number.NaN;
  for (;;) {
    probe = await read<LoadProbe>(page, READ_LOAD, deadline, 'idle');
    const idle = idleAfter(firstItemAt, probe.longTasks);
    if (probe.now - idle >= IDLE_WINDOW_MS + 100 && idle === seen) {
      result.idleMs = idle;
      const during = probe.longTasks.filter(([start]) => start < idle);
      result.loadLongTaskMs = during.reduce((sum, [, d]) => sum + d, 0);
      result.loadLongestTaskMs = during.reduce((max, [, d]) => Math.max(max, d), 0);
      if (probe.wordsAt !== null) result.wordsMs = probe.wordsAt;
      break;
    }
    seen = idle;
    if (Date.now() > deadline) throw new TimeoutError('the page did not become idle in time');
    await sleep(150);
  }

  const timing = await read<{ dataStart?: number; dataEnd?: number; codeEnd: number }>(
    page,
    `(() => {
      const entries = performance.getEntriesByType('resource');
      const data = entries.find((e) => e.name.includes('/bench-data/'));
      const code = entries.filter((e) => /\\.(js|css)(\\?|$)/.test(e.name));
      return {
        dataStart: data ? data.startTime : undefined,
        dataEnd: data ? data.responseEnd : undefined,
        codeEnd: code.reduce((max, e) => Math.max(max, e.responseEnd), 0),
      };
    })()`,
    deadline,
    'resource timing',
  );
  result.dataRequestMs = timing.dataStart;
  result.dataResponseEndMs = timing.dataEnd;
  result.codeResponseEndMs = timing.codeEnd;
}

export async function measureHeap(context: BrowserContext, page: Page, result: RunResult) {
  result.phase = 'heap';
  const cdp = await context.newCDPSession(page);
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'garbage collection');
  const usage = await withTimeout(cdp.send('Runtime.getHeapUsage'), 30_000, 'heap usage');
  result.heapMB = usage.usedSize / 1_048_576;
  await cdp.detach().catch(() => undefined);
}

function countBytes(transfers: readonly Transfer[], result: RunResult) {
  let code = 0;
  let data = 0;
  let html = 0;
  for (const t of transfers) {
    if (/\.(js|css)$/.test(t.path)) code += t.bytes;
    else if (t.path.startsWith('/bench-data/')) data += t.bytes;
    else if (t.path.endsWith('.html')) html += t.bytes;
  }
  result.codeKB = code / 1024;
  result.dataKB = data / 1024;
  result.htmlKB = html / 1024;
}

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
async function step(
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

function sumSteps(steps: readonly StepResult[]) {
  return {
    ms: steps.reduce((sum, s) => sum + s.ms, 0),
    shownMs: steps.reduce((sum, s) => sum + s.shownMs, 0),
    longTaskMs: steps.reduce((sum, s) => sum + s.longTaskMs, 0),
    longestTaskMs: steps.reduce((max, s) => Math.max(max, s.longestTaskMs), 0),
  };
}

/**
 * Zoom in 4× (two halvings) and back out (two doublings) with the page's own buttons, found
 * by their accessible name (aria-label) and pressed with the mouse. Not getByRole: its name
 * matching computes the accessible name of every button in the page, in the page's main
 * thread, which at 100,000 list entries would cost more than the zoom itself.
 */
export async function measureZoom(page: Page, options: MeasureOptions, result: RunResult) {
  result.phase = 'zoom';
  const steps: StepResult[] = [];
  for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out']) {
    const button = page.locator(`button[aria-label="${name}"]`).first();
    const box = await withTimeout(button.boundingBox(), options.timeoutMs, `finding "${name}"`);
    if (!box) throw new Error(`no "${name}" button`);
    steps.push(
      await step(page, options, () =>
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ),
    );
  }
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

/** Up to this size, runs also time the first event's words (searching the page's text each frame). */
export const WORDS_UP_TO = 1_000;

/** The title of the earliest event, which both pages show first. */
function earliestTitle(events: readonly { title: string; start: string }[]): string | undefined {
  const first = [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))[0];
  return first?.title;
}

function firstWords(size: number): string | undefined {
  if (size > WORDS_UP_TO) return undefined;
  const { events } = syntheticDataset(size) as { events: { title: string; start: string }[] };
  return earliestTitle(events);
}

/** Where the site serves the letter's own dataset (the bare page reads it from there). */
const LETTER_DATA = 'data/events.json';

/**
 * The letter as a reader opens it: for the app, its own home page (prerendered, its dataset in
 * the page); for the bare page, the same events from the site's copy of the letter's dataset.
 * The words and the first timeline item, in a fresh context of its own.
 */
async function measureHome(
  holder: BrowserHolder,
  server: StaticServer,
  kind: PageKind,
  options: MeasureOptions,
  result: RunResult,
) {
  const letter = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'events.json'), 'utf8'),
  ) as { events: { title: string; start: string }[] };
  const context = await holder.newContext();
  try {
    await context.addInitScript({
      content: `window.__benchWords = ${JSON.stringify(earliestTitle(letter.events))};`,
    });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const home: RunResult = { ...result };
    const url =
      kind === 'app' ? `${server.origin}/` : `${server.origin}/bench-bare/?data=${LETTER_DATA}`;
    await measureLoad(page, url, options, home);
    result.homeFirstItemMs = home.firstItemMs;
    result.homeWordsMs = home.wordsMs;
  } finally {
    await holder.closeContext(context);
  }
}

export async function measureRun(
  holder: BrowserHolder,
  server: StaticServer,
  kind: PageKind,
  size: number,
  run: number,
  options: MeasureOptions,
): Promise<RunResult> {
  const result: RunResult = { page: kind, size, run, status: 'ok', loadAverage: loadavg()[0] };
  server.takeTransfers();
  const context = await holder.newContext();
  try {
    const words = firstWords(size);
    if (words !== undefined)
      await context.addInitScript({ content: `window.__benchWords = ${JSON.stringify(words)};` });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await measureLoad(page, pageUrl(server.origin, kind, size), options, result);
    countBytes(server.takeTransfers(), result);
    await measureHeap(context, page, result);
    if (kind === 'app' || size <= options.bareInteractionsUpTo) {
      await measureZoom(page, options, result);
      await measurePan(page, options, result);
    }
    if (kind === 'app') {
      await measureSearch(page, options, result);
      await measureFilter(page, options, result);
    }
    if (size === 16) await measureHome(holder, server, kind, options, result);
    delete result.phase;
  } catch (error) {
    result.status =
      error instanceof TimeoutError || (error instanceof Error && error.name === 'TimeoutError')
        ? 'timeout'
        : 'error';
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    const transfers = server.takeTransfers();
    if (result.codeKB === undefined) countBytes(transfers, result);
    await holder.closeContext(context);
    server.takeTransfers();
  }
  return result;
}
