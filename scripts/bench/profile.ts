/**
 * Where the app's time goes: a V8 CPU profile of one load and of one zoom + pan, attributed
 * through the build's source maps to packages (zod, vis-timeline, react-dom…) and to our
 * own source files. Writes the .cpuprofile files (they open in Chromium's DevTools).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { join, relative } from 'node:path';
import { PROJECT } from './build-site.ts';
import {
  measureLoad,
  measurePan,
  measureZoom,
  pageUrl,
  type BrowserHolder,
  type MeasureOptions,
  type RunResult,
} from './measure.ts';
import { PROBE_SCRIPT } from './probe.ts';
import type { StaticServer } from './server.ts';
import { SourceMap } from './source-map.ts';
import { mainThreadSelfTime, TRACE_CATEGORIES } from './trace.ts';

/** The parts of a V8 CPU profile (the DevTools protocol's Profiler.Profile) read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const SPECIAL = new Map([
  ['(program)', '(browser work outside JS: style, layout, paint, HTML)'],
  ['(garbage collector)', '(garbage collection)'],
  ['(idle)', '(idle)'],
  ['(root)', '(root)'],
]);
const IDLE = '(idle)';

/** A package name for node_modules paths, the project path for our own files. */
export function moduleOf(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = source.slice(at + 'node_modules/'.length).split('/');
    const first = parts[0] ?? '?';
    return first.startsWith('@') ? `${first}/${parts[1] ?? ''}` : first;
  }
  const src = source.search(/(^|\/)src\//);
  if (src >= 0) return source.slice(source.indexOf('src/', src));
  return source.replace(/^(\.\.\/)+/, '');
}

interface Located {
  module: string;
  where: string;
}

class Locator {
  private readonly maps = new Map<string, SourceMap | null>();
  constructor(
    private readonly origin: string,
    private readonly site: string,
  ) {}

  locate(node: ProfileNode): Located {
    const frame = node.callFrame;
    const special = SPECIAL.get(frame.functionName);
    if (special && frame.url === '') return { module: special, where: special };
    if (frame.url === '')
      return { module: '(native)', where: `(native) ${frame.functionName || '(anonymous)'}` };
    if (!frame.url.startsWith(this.origin))
      return { module: frame.url, where: `${frame.functionName} ${frame.url}` };
    const path = new URL(frame.url).pathname;
    const map = this.mapFor(path);
    const position = map?.lookup(frame.lineNumber, frame.columnNumber);
    if (!position)
      return {
        module: path,
        where: `${frame.functionName || '(anonymous)'} ${path}:${frame.lineNumber + 1}`,
      };
    const module = moduleOf(position.source);
    const file = position.source.replace(/^(\.\.\/)+/, '');
    return { module, where: `${frame.functionName || '(anonymous)'} ${file}:${position.line}` };
  }

  private mapFor(path: string): SourceMap | null {
    let map = this.maps.get(path);
    if (map === undefined) {
      const file = join(this.site, `${decodeURIComponent(path)}.map`);
      map = existsSync(file)
        ? new SourceMap(
            JSON.parse(readFileSync(file, 'utf8')) as ConstructorParameters<typeof SourceMap>[0],
          )
        : null;
      this.maps.set(path, map);
    }
    return map;
  }
}

export interface Breakdown {
  totalMs: number;
  busyMs: number;
  selfByModule: [string, number][];
  inclusiveByModule: [string, number][];
  selfByFunction: [string, number][];
}

/** Self and inclusive time per module, and self time per function, in milliseconds. */
export function analyse(profile: Profile, locator: Locator): Breakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const located = new Map(profile.nodes.map((n) => [n.id, locator.locate(n)]));

  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)));

  const add = (map: Map<string, number>, key: string, us: number) =>
    map.set(key, (map.get(key) ?? 0) + us / 1000);
  const selfByModule = new Map<string, number>();
  const inclusiveByModule = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const here = located.get(id);
    if (!here) continue;
    total += us;
    if (here.module === IDLE) idle += us;
    add(selfByModule, here.module, us);
    add(selfByFunction, here.where, us);
    const modules = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const module = located.get(at)?.module;
      if (module && byId.get(at)?.callFrame.functionName !== '(root)') modules.add(module);
    }
    for (const module of modules) add(inclusiveByModule, module, us);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total / 1000,
    busyMs: (total - idle) / 1000,
    selfByModule: sorted(selfByModule),
    inclusiveByModule: sorted(inclusiveByModule),
    selfByFunction: sorted(selfByFunction),
  };
}

function print(title: string, b: Breakdown) {
  const row = ([name, ms]: [string, number]) =>
    `    ${Math.round(ms).toLocaleString('en').padStart(7)} ms  ${((ms / b.busyMs) * 100).toFixed(1).padStart(5)}%  ${name}`;
  console.log(
    `\n  ${title}: ${Math.round(b.totalMs).toLocaleString('en')} ms profiled, ${Math.round(b.busyMs).toLocaleString('en')} ms busy`,
  );
  console.log('   Self time by module:');
  b.selfByModule
    .filter(([name]) => name !== IDLE)
    .slice(0, 14)
    .forEach((r) => console.log(row(r)));
  console.log('   Inclusive time of our source files (their callees included):');
  b.inclusiveByModule
    .filter(([name]) => name.startsWith('src/'))
    .slice(0, 12)
    .forEach((r) => console.log(row(r)));
  console.log('   Functions by self time:');
  b.selfByFunction
    .filter(([name]) => !name.startsWith('(idle)'))
    .slice(0, 16)
    .forEach((r) => console.log(row(r)));
}

/** One load of `url` in a new page of `context`, with the CPU profiler on; it stays on the page. */
async function profiledLoad(
  context: BrowserContext,
  server: StaticServer,
  url: string,
  options: MeasureOptions,
  result: RunResult,
): Promise<{ page: Page; cdp: CDPSession; load: Profile }> {
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  // Open a page of the same origin first, so the navigation to the app stays in this renderer.
  await page.goto(`${server.origin}/bench-data/`, { waitUntil: 'commit' }).catch(() => undefined);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await measureLoad(page, url, options, result);
  const load = (await cdp.send('Profiler.stop')).profile as Profile;
  return { page, cdp, load };
}

/** One profiled load and one profiled zoom + pan of the app at this size. */
export async function profileApp(
  holder: BrowserHolder,
  server: StaticServer,
  size: number,
  outDir: string,
  options: MeasureOptions,
): Promise<void> {
  const site = join(outDir, 'site');
  const locator = new Locator(server.origin, site);
  const context = await holder.newContext();
  const result: RunResult = { page: 'app', size, run: 0, status: 'ok' };
  try {
    const { page, cdp, load } = await profiledLoad(
      context,
      server,
      pageUrl(server.origin, 'app', size),
      options,
      result,
    );
    const dom = (await page.evaluate(
      `({ elements: document.getElementsByTagName('*').length, listEntries: document.querySelectorAll('.event-list li').length, timelineItems: document.querySelectorAll('.vis-item').length })`,
    )) as { elements: number; listEntries: number; timelineItems: number };
    await cdp.send('Profiler.start');
    await measureZoom(page, options, result);
    await measurePan(page, options, result);
    const interaction: Profile = (await cdp.send('Profiler.stop')).profile;
    if (size === 16) await profileLetterPage(holder, server, outDir, locator, options);

    const base = join(outDir, `profile-${size}`);
    writeFileSync(`${base}-load.cpuprofile`, JSON.stringify(load));
    writeFileSync(`${base}-interaction.cpuprofile`, JSON.stringify(interaction));
    const loadBreakdown = analyse(load, locator);
    const interactionBreakdown = analyse(interaction, locator);
    writeFileSync(
      `${base}.json`,
      `${JSON.stringify({ size, result, dom, load: loadBreakdown, interaction: interactionBreakdown }, null, 2)}\n`,
    );

    const ms = (v: number | undefined) =>
      v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`;
    console.log(`\n${size.toLocaleString('en')} events (profiler on, so slower than the bench):`);
    console.log(
      `  scripts in by ${ms(result.codeResponseEndMs)}, data requested at ${ms(result.dataRequestMs)} and in by ${ms(result.dataResponseEndMs)}, first item ${ms(result.firstItemMs)}, idle ${ms(result.idleMs)}`,
    );
    console.log(
      `  DOM after load: ${dom.elements.toLocaleString('en')} elements, ${dom.listEntries.toLocaleString('en')} list entries, ${dom.timelineItems.toLocaleString('en')} .vis-item`,
    );
    print('Load', loadBreakdown);
    print('Zoom 4× in and out, then pan', interactionBreakdown);
    console.log(
      `  Profiles: ${relative(PROJECT, base)}-load.cpuprofile, …-interaction.cpuprofile, ….json`,
    );
  } catch (error) {
    console.log(
      `\n${size.toLocaleString('en')} events: profiling stopped in ${result.phase ?? '?'}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await holder.closeContext(context);
  }
}

/** The letter's own page (prerendered, its dataset in the page): one profiled load. */
async function profileLetterPage(
  holder: BrowserHolder,
  server: StaticServer,
  outDir: string,
  locator: Locator,
  options: MeasureOptions,
): Promise<void> {
  const context = await holder.newContext();
  const result: RunResult = { page: 'app', size: 16, run: 0, status: 'ok' };
  try {
    const { load } = await profiledLoad(context, server, `${server.origin}/`, options, result);
    const base = join(outDir, 'profile-letter-page');
    writeFileSync(`${base}-load.cpuprofile`, JSON.stringify(load));
    const breakdown = analyse(load, locator);
    writeFileSync(`${base}.json`, `${JSON.stringify({ result, load: breakdown }, null, 2)}\n`);
    console.log(
      `\nThe letter's own page (prerendered; profiler on): first item ${Math.round(result.firstItemMs ?? 0).toLocaleString('en')} ms`,
    );
    print('Load', breakdown);
  } finally {
    await holder.closeContext(context);
  }
}

function printTrace(title: string, summary: ReturnType<typeof mainThreadSelfTime>) {
  console.log(
    `\n  ${title}: ${Math.round(summary.totalMs).toLocaleString('en')} ms of main-thread work (trace, self time by event)`,
  );
  const row = ([name, ms]: [string, number]) =>
    `    ${Math.round(ms).toLocaleString('en').padStart(7)} ms  ${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)}%  ${name}`;
  console.log('   By kind of work:');
  summary.byKind.forEach((r) => console.log(row(r)));
  console.log('   By event:');
  summary.byName.slice(0, 10).forEach((r) => console.log(row(r)));
}

/** A second run with a Chromium trace, for the split between script, style, layout and paint. */
export async function traceApp(
  holder: BrowserHolder,
  server: StaticServer,
  size: number,
  outDir: string,
  options: MeasureOptions,
): Promise<void> {
  const browser = await holder.get();
  const context = await holder.newContext();
  const result: RunResult = { page: 'app', size, run: 0, status: 'ok' };
  const base = join(outDir, `trace-${size}`);
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    await browser.startTracing(page, { path: `${base}-load.json`, categories: TRACE_CATEGORIES });
    await measureLoad(page, pageUrl(server.origin, 'app', size), options, result);
    await browser.stopTracing();
    await browser.startTracing(page, {
      path: `${base}-interaction.json`,
      categories: TRACE_CATEGORIES,
    });
    await measureZoom(page, options, result);
    await measurePan(page, options, result);
    await browser.stopTracing();
    console.log(
      `\n${size.toLocaleString('en')} events, traced (first item ${Math.round(result.firstItemMs ?? 0).toLocaleString('en')} ms):`,
    );
    printTrace('Load', mainThreadSelfTime(`${base}-load.json`));
    printTrace('Zoom 4× in and out, then pan', mainThreadSelfTime(`${base}-interaction.json`));
    console.log(
      `  Traces: ${relative(PROJECT, base)}-load.json, …-interaction.json (open in the DevTools Performance panel)`,
    );
  } catch (error) {
    await browser.stopTracing().catch(() => undefined);
    console.log(
      `\n${size.toLocaleString('en')} events: tracing stopped in ${result.phase ?? '?'}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await holder.closeContext(context);
  }
}
