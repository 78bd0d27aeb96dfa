/**
 * `--trace`: one load of the app at a size, then the reader's journey the requirement names
 * (zoom out three times, type a search, open an event), recorded as a Chromium performance
 * trace. Open the file in DevTools (Performance, "Load profile…"): it attributes the time to
 * functions and, with the build's source maps, to our sources; the bench does not.
 */
import { join } from 'node:path';
import type { BrowserHolder } from './browser.ts';
import { measureSearch } from './measure-interactions.ts';
import { measureOpen, measureZoomOut } from './measure-journey.ts';
import { measureLoad } from './measure-load.ts';
import { PROBE_SCRIPT } from './probe.ts';
import { pageUrl, type MeasureOptions, type RunResult } from './run-result.ts';
import type { StaticServer } from './server.ts';

/** Records the trace into `outDir`; returns the file's path. */
export async function traceApp(
  holder: BrowserHolder,
  server: StaticServer,
  size: number,
  outDir: string,
  options: MeasureOptions,
): Promise<string> {
  const browser = await holder.get();
  const context = await holder.newContext();
  const file = join(outDir, `trace-app-${size}.json`);
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await browser.startTracing(page, { path: file, screenshots: true });
    const result: RunResult = { page: 'app', size, run: 1, status: 'ok' };
    try {
      await measureLoad(page, pageUrl(server.origin, 'app', size), options, result);
      await measureZoomOut(page, options, result);
      await measureSearch(page, options, result);
      await measureOpen(page, options, result);
    } finally {
      await browser.stopTracing();
    }
  } finally {
    await holder.closeContext(context);
  }
  return file;
}
