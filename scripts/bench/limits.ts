/**
 * The largest datasets: the largest of the benchmark's datasets the app loads (under its
 * 100 MB limit), and one too large for the tab, which must end in a clear message with the
 * page still usable. One run each, in a fresh context of its own.
 */
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { dataPath, TimeoutError } from './build-site.ts';
import {
  measureHeap,
  measureLoad,
  pageUrl,
  type BrowserHolder,
  type MeasureOptions,
  type RunResult,
} from './measure.ts';
import {
  ARM,
  DISARM,
  PROBE_SCRIPT,
  READ_INTERACTION,
  READ_LOAD,
  type InteractionProbe,
  type LoadProbe,
} from './probe.ts';
import type { StaticServer } from './server.ts';

export interface LimitResult {
  /** `loaded`: the largest dataset the app loads; `refused`: one too large for the tab. */
  kind: 'loaded' | 'refused';
  size: number;
  /** The file's size, uncompressed. */
  fileBytes: number;
  status: 'ok' | 'timeout' | 'error';
  error?: string;
  loadAverage?: number;
  /** Loaded: navigation start to the first timeline item. */
  firstItemMs?: number;
  /** Refused: navigation start to the first frame with the message (an alert) on screen. */
  messageMs?: number;
  message?: string;
  /** The longest task until the first item or the message. */
  longestTaskMs?: number;
  /** The JS heap after garbage collection, once the item or the message is on screen. */
  heapMB?: number;
  /** The bytes the server sent of the dataset before the page stopped reading (as sent, gzip). */
  sentMB?: number;
  /** The same bytes uncompressed. */
  sentRawMB?: number;
  /** Refused: from a click on the message's "Load the default dataset" to the letter's first item. */
  recoverMs?: number;
  /** The tab's renderer crashed (ran out of memory, say). */
  crashed?: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function poll<T>(
  page: Page,
  expression: string,
  deadline: number,
  done: (value: T) => boolean,
  what: string,
  crashed: () => boolean,
): Promise<T> {
  for (;;) {
    if (crashed()) throw new Error(`the tab crashed while waiting for ${what}`);
    const value = (await page.evaluate(expression)) as T;
    if (done(value)) return value;
    if (Date.now() > deadline) throw new TimeoutError(`${what} not on screen in time`);
    await sleep(50);
  }
}

const longest = (tasks: readonly [number, number][], until: number) =>
  tasks.filter(([start]) => start < until).reduce((max, [, d]) => Math.max(max, d), 0);

export async function measureLimit(
  holder: BrowserHolder,
  server: StaticServer,
  kind: LimitResult['kind'],
  size: number,
  fileBytes: number,
  options: MeasureOptions,
): Promise<LimitResult> {
  const result: LimitResult = { kind, size, fileBytes, status: 'ok', loadAverage: loadavg()[0] };
  server.takeTransfers();
  const context = await holder.newContext();
  let crashed = false;
  try {
    if (kind === 'refused') await context.addInitScript({ content: 'window.__benchAlert = true;' });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    page.on('crash', () => (crashed = true));
    const url = pageUrl(server.origin, 'app', size);
    if (kind === 'loaded') {
      const run: RunResult = { page: 'app', size, run: 1, status: 'ok' };
      await measureLoad(page, url, options, run);
      result.firstItemMs = run.firstItemMs;
      result.longestTaskMs = run.loadLongestTaskMs;
    } else {
      const deadline = Date.now() + options.timeoutMs;
      await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
      const probe = await poll<LoadProbe>(
        page,
        READ_LOAD,
        deadline,
        (p) => p.alertAt !== null,
        'the message',
        () => crashed,
      );
      result.messageMs = probe.alertAt ?? undefined;
      result.message = (probe.alertText ?? '').replace(/\s+/g, ' ').trim();
      // Long-task entries arrive after their task.
      await sleep(300);
      const later = await page.evaluate<LoadProbe>(READ_LOAD);
      result.longestTaskMs = longest(later.longTasks, probe.alertAt ?? 0);
    }
    const heap: RunResult = { page: 'app', size, run: 1, status: 'ok' };
    await measureHeap(context, page, heap);
    result.heapMB = heap.heapMB;
    const sent = server.takeTransfers().filter((t) => t.path === `/${dataPath(size)}`);
    result.sentMB = sent.reduce((sum, t) => sum + t.bytes, 0) / 1_048_576;
    result.sentRawMB = sent.reduce((sum, t) => sum + t.rawBytes, 0) / 1_048_576;

    if (kind === 'refused') {
      // Nothing else breaks: the message's own way on loads the letter's events.
      const deadline = Date.now() + options.timeoutMs;
      await page.evaluate(ARM);
      const button = page.locator('[role="alert"] .error-actions .link-button').first();
      await button.click({ timeout: options.timeoutMs });
      const input = await page.evaluate<InteractionProbe>(READ_INTERACTION);
      const loaded = await poll<LoadProbe>(
        page,
        READ_LOAD,
        deadline,
        (p) => p.firstItemAt !== null,
        'the letter’s first item after the message',
        () => crashed,
      );
      await page.evaluate(DISARM);
      if (input.inputAt !== null && loaded.firstItemAt !== null)
        result.recoverMs = loaded.firstItemAt - input.inputAt;
    }
  } catch (error) {
    result.status =
      error instanceof TimeoutError || (error instanceof Error && error.name === 'TimeoutError')
        ? 'timeout'
        : 'error';
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    if (crashed) result.crashed = true;
    await holder.closeContext(context);
    server.takeTransfers();
  }
  return result;
}
