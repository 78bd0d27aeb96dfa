/**
 * The benchmark (issue 7): our production build against a bare vis-timeline page with the
 * same items, at several dataset sizes, in headless Chromium.
 *   npm run bench                                   5 runs at 16, 1,000, 10,000, 100,000 events
 *   npm run bench -- --runs 2 --sizes 16,1000       a quick look
 *   npm run bench -- --runs-large 3                 fewer runs at 100,000 events and more
 *   npm run bench -- --profile --sizes 10000        where the time goes: CPU profile and trace of the app
 *   npm run bench -- --report bench-results/bench-….json   the tables again from a saved run
 *   npm run bench -- --bare-interactions-up-to 10000   also zoom and pan the bare page at 10,000
 *   npm run bench -- --port 4434                     serve on that port (BENCH_PORT works too)
 *   npm run bench -- --pages app --sizes 100000      the app alone (no ratios): a quick look at one change
 *   npm run bench -- --too-large 0 --largest-loaded 0   without the largest datasets (by default
 *     190,000 events, the most of these under the app's 100 MB, and 2,000,000, about 1 GB, kept in
 *     bench-results/cache/ once made)
 * Writes bench-results/bench-<date>.json and bench-results/latest.md. It measures, it asserts nothing.
 */
import { cpus } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateDataset, formatProblem } from '../src/dataset/validate-dataset.ts';
import {
  assetSizes,
  buildApp,
  buildBare,
  dataPath,
  PROJECT,
  writeDatasets,
  writeLargeDataset,
} from './bench/build-site.ts';
import {
  BrowserHolder,
  IDLE_WINDOW_MS,
  measureRun,
  type PageKind,
  type RunResult,
} from './bench/measure.ts';
import { measureLimit, type LimitResult } from './bench/limits.ts';
import { profileApp, traceApp } from './bench/profile.ts';
import {
  consoleTable,
  markdownSummary,
  markdownTable,
  markdownLimits,
  markdownTargets,
  median,
  summarise,
  targetRows,
} from './bench/report.ts';
import { FIRST_VIEW_BUDGET_KB } from './first-view-size.ts';
import { gzipSync } from 'node:zlib';
import { serveFolder, warm, type StaticServer } from './bench/server.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'runs-large': { type: 'string' },
    sizes: { type: 'string', default: '16,1000,10000,100000' },
    timeout: { type: 'string', default: '60' },
    quiet: { type: 'string', default: '1500' },
    out: { type: 'string', default: 'bench-results' },
    'skip-build': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    report: { type: 'string' },
    port: { type: 'string', default: process.env.BENCH_PORT },
    'bare-interactions-up-to': { type: 'string', default: '1000' },
    pages: { type: 'string', default: 'app,bare' },
    'too-large': { type: 'string', default: '2000000' },
    'largest-loaded': { type: 'string', default: '190000' },
  },
  strict: true,
});

function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

const runs = positiveInt(args.runs, 'runs');
const runsLarge =
  args['runs-large'] === undefined ? runs : positiveInt(args['runs-large'], 'runs-large');
const sizes = (args.sizes ?? '')
  .split(',')
  .map((s) => positiveInt(s.trim().replace(/_/g, ''), 'sizes'));
const timeoutMs = positiveInt(args.timeout, 'timeout') * 1000;
const quietMs = positiveInt(args.quiet, 'quiet');
const bareInteractionsUpTo = positiveInt(
  args['bare-interactions-up-to'],
  'bare-interactions-up-to',
);
/** 0 leaves the case out. */
const sizeOrNone = (value: string | undefined, name: string) =>
  value === '0' ? undefined : positiveInt(value?.replace(/_/g, ''), name);
const tooLarge = sizeOrNone(args['too-large'], 'too-large');
const largestLoaded = sizeOrNone(args['largest-loaded'], 'largest-loaded');
const pages = (args.pages ?? '').split(',').map((p) => p.trim());
if (pages.length === 0 || pages.some((p) => p !== 'app' && p !== 'bare'))
  throw new Error(`--pages must list app, bare or both, not "${args.pages}"`);
const outDir = resolve(PROJECT, args.out ?? 'bench-results');
const site = join(outDir, 'site');
const cache = join(outDir, 'cache');
/** From this size on, --runs-large applies. */
const LARGE = 100_000;
const runsFor = (size: number) => (size >= LARGE ? runsLarge : runs);

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const started = Date.now();

mkdirSync(outDir, { recursive: true });
if (args.report !== undefined) {
  report(resolve(PROJECT, args.report));
} else {
  await measure();
}

async function measure() {
  if (args['skip-build']) {
    console.log(`Using the existing build in ${relative(PROJECT, site)}.`);
  } else {
    console.log('Building the app (vite build) and the bare vis-timeline page…');
    await buildApp(site);
    await buildBare(site);
  }

  console.log(
    `Writing seeded datasets of ${sizes.map((s) => s.toLocaleString('en')).join(', ')} events…`,
  );
  const dataFiles = writeDatasets(
    site,
    largestLoaded === undefined ? sizes : [...sizes, largestLoaded],
  );
  for (const file of dataFiles) {
    const result = await validateDataset(JSON.parse(readFileSync(join(site, file), 'utf8')));
    if (!result.ok) {
      throw new Error(
        `${file} is not a valid dataset:\n${result.problems.slice(0, 5).map(formatProblem).join('\n')}`,
      );
    }
  }

  const streamed: Record<string, string> = {};
  if (tooLarge !== undefined) {
    console.log(
      `Writing the dataset of ${tooLarge.toLocaleString('en')} events, too large for the tab (once: it is kept in ${relative(PROJECT, cache)})…`,
    );
    streamed[`/${dataPath(tooLarge)}`] = writeLargeDataset(cache, tooLarge);
  }
  const server = await serveFolder(
    site,
    args.port === undefined ? undefined : positiveInt(args.port, 'port'),
    streamed,
  );
  await warm(
    server,
    filesOf(site)
      .filter((f) => !f.endsWith('.map'))
      .map((f) => relative(site, f).split('\\').join('/')),
  );
  console.log(
    `Serving ${relative(PROJECT, site)} at ${server.origin} (gzip for JS, CSS, JSON and HTML).`,
  );

  const holder = new BrowserHolder();
  try {
    if (args.profile) {
      for (const size of sizes) {
        await profileApp(holder, server, size, outDir, {
          timeoutMs,
          quietMs,
          bareInteractionsUpTo,
        });
        await traceApp(holder, server, size, outDir, { timeoutMs, quietMs, bareInteractionsUpTo });
      }
    } else {
      await bench(holder, server);
    }
  } finally {
    await holder.close();
    await server.close();
  }
}

/**
 * The JS and CSS the home page asks for before anything is used: its script, the chunks it
 * preloads and its stylesheets (gzip level 6), as the build's budget check counts them.
 */
function firstViewKB(folder: string): number | undefined {
  let html: string;
  try {
    html = readFileSync(join(folder, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  const files = new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ''),
  );
  let bytes = 0;
  for (const file of files)
    bytes += gzipSync(readFileSync(join(folder, file)), { level: 6 }).length;
  return bytes / 1024;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? filesOf(file) : [file];
  });
}

function describe(r: RunResult): string {
  const ms = (v: number | undefined) =>
    v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`;
  if (r.status !== 'ok') {
    return `${r.status} in ${r.phase ?? '?'}: ${r.error ?? ''} (first item ${ms(r.firstItemMs)}, idle ${ms(r.idleMs)})`;
  }
  return `first item ${ms(r.firstItemMs)}, idle ${ms(r.idleMs)}, load long tasks ${ms(r.loadLongTaskMs)}, heap ${r.heapMB?.toFixed(1)} MB, zoom ${ms(r.zoomMs)} (longest task ${ms(r.zoomLongestTaskMs)}), pan ${ms(r.panMs)}${r.searchMs === undefined ? '' : `, search ${ms(r.searchMs)} (longest task ${ms(r.searchLongestTaskMs)}), filter ${ms(r.filterMs)} (longest task ${ms(r.filterLongestTaskMs)})`}`;
}

async function bench(holder: BrowserHolder, server: StaticServer) {
  const results: RunResult[] = [];
  const options = { timeoutMs, quietMs, bareInteractionsUpTo };
  for (const size of sizes) {
    const n = runsFor(size);
    for (let run = 1; run <= n; run += 1) {
      // Interleaved, and alternating which page goes first, so drift hits both alike.
      const order: PageKind[] = run % 2 === 1 ? ['app', 'bare'] : ['bare', 'app'];
      for (const page of order.filter((p) => pages.includes(p))) {
        const result = await measureRun(holder, server, page, size, run, options);
        results.push(result);
        console.log(
          `[${size.toLocaleString('en')} events, run ${run}/${n}, ${page}] ${describe(result)}  (${elapsed(started)})`,
        );
        await new Promise((done) => setTimeout(done, 300));
      }
    }
  }

  const limits: LimitResult[] = [];
  const limitCases: [LimitResult['kind'], number, string][] = [];
  if (largestLoaded !== undefined)
    limitCases.push(['loaded', largestLoaded, join(site, dataPath(largestLoaded))]);
  if (tooLarge !== undefined)
    limitCases.push(['refused', tooLarge, join(cache, `events-${tooLarge}.json`)]);
  for (const [kind, size, file] of limitCases) {
    const limit = await measureLimit(holder, server, kind, size, statSync(file).size, options);
    limits.push(limit);
    console.log(
      `[${size.toLocaleString('en')} events, ${kind}] ${JSON.stringify({ ...limit, kind: undefined, size: undefined })}  (${elapsed(started)})`,
    );
  }

  const browser = await holder.get();
  const assets = assetSizes(site, ['bench-bare', 'bench-data', 'data']);
  const bareAssets = assetSizes(join(site, 'bench-bare'));
  const gzipKB = (list: typeof assets) => list.reduce((sum, a) => sum + a.gzipBytes, 0) / 1024;
  const notes = [
    `Headless Chromium ${browser.version()} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), viewport 1280×800, time zone UTC.`,
    `Both pages run with prefers-reduced-motion: reduce, so the app sets its window without animation; the bare page's buttons call zoomIn(1)/zoomOut(1) with animation off. Animation time is not counted.`,
    `Each run is a fresh browser context (empty cache); app and bare runs are interleaved. Runs: ${runs} per case${runsLarge !== runs ? ` (${runsLarge} at ${LARGE.toLocaleString('en')} events and more)` : ''}; a run is capped at ${timeoutMs / 1000} s for the load and for each interaction step.`,
    `First item: navigation start to the first animation frame with a .vis-item laid out, inside the viewport and visible. Idle: the end of the last long task before ${IDLE_WINDOW_MS} ms without one, after the first item. Long tasks: the sum of PerformanceObserver "longtask" entries (>50 ms).`,
    `The bare page is zoomed and panned up to ${bareInteractionsUpTo.toLocaleString('en')} events; above that only its load is measured (with default options it stacks every item, and one pan at 10,000 events took more than 90 s here).`,
    `Zoom: two "Zoom in" clicks (×0.5 each) then two "Zoom out" clicks (×2); pan: a 300 px mouse drag on the centre panel. Each step runs from the input event to the second animation frame after the last visible DOM change, once the DOM has been unchanged for ${quietMs} ms (not counted: attributes set to the value they had, nodes added and removed at once, the current-time bar); its long tasks are those from the input to the end of that quiet period. The zoom figures add up its four steps (longest: the longest of any step).`,
    `Search and filter, result on screen: input to the second frame after the last visible change of the list (its count included) or the timeline; changes inside elements not rendered visibly (the .visually-hidden polite status) are not on screen, and are counted only in "until the page settles".`,
    ...(limits.length > 0
      ? [
          `The largest datasets, one run each: the largest of these the app loads (its limit is 100 MB) to its first item, and one too large for the tab (kept in ${relative(PROJECT, cache)} once made) to the first frame with its message (the alert) on screen; the heap after garbage collection at that point; the bytes the page read of it before it stopped (sent gzipped as they are read, without a Content-Length, as a host that compresses on the fly sends them); then a click on the message's "Load the default dataset" to the letter's first item.`,
        ]
      : []),
    `Bytes are response bodies as sent by the bench server (gzip level 6). The app's build: ${gzipKB(assets).toFixed(1)} KB gzip of JS + CSS in all (${assets.length} files, lazy chunks included); the bare page's: ${gzipKB(bareAssets).toFixed(1)} KB.`,
  ];

  const date = new Date().toISOString();
  const json = {
    date,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      chromium: browser.version(),
    },
    options: {
      runs,
      runsLarge,
      sizes,
      timeoutMs,
      quietMs,
      idleWindowMs: IDLE_WINDOW_MS,
      reducedMotion: 'reduce',
    },
    assets: { app: assets, bare: bareAssets, firstViewKB: firstViewKB(site) },
    datasets: sizes.map((size) => ({
      size,
      path: dataPath(size),
      bytes: statSync(join(site, dataPath(size))).size,
    })),
    notes,
    summary: summarise(results, sizes).map((r) => ({
      size: r.size,
      figure: r.figure.key,
      label: r.figure.label,
      unit: r.figure.unit,
      app: r.app,
      bare: r.bare,
      ratio: r.ratio,
    })),
    runs: results,
    limits,
  };
  const jsonFile = join(
    outDir,
    `bench-${date.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')}.json`,
  );
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  const markdownFile = publish(results, sizes, notes, timeoutMs, date, firstViewKB(site), limits);
  console.log(
    `\nWrote ${relative(PROJECT, jsonFile)} and ${relative(PROJECT, markdownFile)} in ${elapsed(started)}.`,
  );
}

/** The machine's load while the runs ran: other work on the machine slows runs down. */
function loadNote(results: readonly RunResult[]): string | undefined {
  const loads = results.map((r) => r.loadAverage).filter((v): v is number => v !== undefined);
  if (loads.length === 0) return undefined;
  return `One-minute load average at the start of each run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (median ${median(loads).toFixed(1)}) on ${cpus().length} cores; with other work on the machine, compare ratios rather than absolute times.`;
}

/** Prints the tables and writes latest.md; returns its path. */
function publish(
  results: readonly RunResult[],
  sizes: readonly number[],
  notes: readonly string[],
  timeout: number,
  date: string,
  firstView: number | undefined,
  limits: readonly LimitResult[] = [],
): string {
  const rows = summarise(results, sizes);
  const targets = markdownTargets(targetRows(rows, firstView, FIRST_VIEW_BUDGET_KB, limits));
  const limitTable = limits.length > 0 ? markdownLimits(limits) : undefined;
  const load = loadNote(results);
  const allNotes = load ? [...notes, load] : [...notes];
  console.log(`\n${consoleTable(rows, timeout)}\n\n${targets}\n`);
  if (limitTable) console.log(`${limitTable}\n`);
  for (const note of allNotes) console.log(`- ${note}`);
  const markdown = [
    `<!-- npm run bench, ${date.slice(0, 10)} -->`,
    targets,
    '',
    markdownSummary(rows, sizes, timeout),
    '',
    ...(limitTable ? [limitTable, ''] : []),
    '<details><summary>Every figure with its range</summary>',
    '',
    markdownTable(rows, timeout),
    '',
    '</details>',
    '',
    ...allNotes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  const file = join(outDir, 'latest.md');
  writeFileSync(file, markdown);
  return file;
}

/** The tables again from a saved run's JSON (after a change to how they are shown). */
function report(file: string) {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    date: string;
    options: { sizes: number[]; timeoutMs: number };
    notes: string[];
    runs: RunResult[];
    assets?: { firstViewKB?: number };
    limits?: LimitResult[];
  };
  const notes = saved.notes.filter((n) => !n.startsWith('One-minute load average'));
  const markdownFile = publish(
    saved.runs,
    saved.options.sizes,
    notes,
    saved.options.timeoutMs,
    saved.date,
    saved.assets?.firstViewKB,
    saved.limits,
  );
  console.log(`\nWrote ${relative(PROJECT, markdownFile)} from ${relative(PROJECT, file)}.`);
}
