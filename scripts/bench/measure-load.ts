/** A page's load to its first item and to idle, its heap, and the bytes it was sent. */
import type { BrowserContext, Page } from '@playwright/test';
import { read, sleep } from './browser.ts';
import { TimeoutError, withTimeout } from './build-site.ts';
import { READ_LOAD, type LoadProbe } from './probe.ts';
import { IDLE_WINDOW_MS, type MeasureOptions, type RunResult } from './run-result.ts';
import type { Transfer } from './server.ts';

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

export function countBytes(transfers: readonly Transfer[], result: RunResult) {
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
