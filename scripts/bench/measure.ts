/**
 * One run of one page at one size, in a fresh browser context: load, heap, bytes, then the
 * zoom and the pan. Every wait has a deadline, so a page that hangs becomes a recorded timeout.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserHolder } from './browser.ts';
import { TimeoutError } from './build-site.ts';
import { syntheticDataset } from './datasets.ts';
import { measureFilter, measurePan, measureSearch, measureZoom } from './measure-interactions.ts';
import { summariseLongest } from './longest-task.ts';
import { measureOpen, measureZoomOut } from './measure-journey.ts';
import { countBytes, measureHeap, measureLoad } from './measure-load.ts';
import { PROBE_SCRIPT } from './probe.ts';
import { pageUrl, type MeasureOptions, type PageKind, type RunResult } from './run-result.ts';
import type { StaticServer } from './server.ts';

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
    result.homeLongestTaskMs = home.loadLongestTaskMs;
    // The same page at every size: its times are shown once, with the smallest dataset.
    if (result.size !== 16) return;
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
      await measureZoomOut(page, options, result);
      await measureOpen(page, options, result);
    }
    // The letter's page in every run of the app, so each run's longest task has its yardstick.
    if (size === 16 || kind === 'app') await measureHome(holder, server, kind, options, result);
    summariseLongest(result);
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
