/**
 * The benchmark: our production build against a bare vis-timeline page with the same items,
 * at several dataset sizes, in headless Chromium. It measures; it asserts nothing.
 * `npm run bench -- --help` lists the options.
 */
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblem, validateDataset } from '../src/dataset/check/validate-dataset.ts';
import { BrowserHolder } from './bench/browser.ts';
import {
  assetSizes,
  buildApp,
  buildBare,
  dataPath,
  PROJECT,
  writeDatasets,
} from './bench/build-site.ts';
import { measureRun } from './bench/measure.ts';
import {
  actors,
  args,
  LARGE,
  options,
  outDir,
  pages,
  port,
  runs,
  runsLarge,
  site,
  sizes,
} from './bench/options.ts';
import { runNotes } from './bench/notes.ts';
import { describeRun, filesOf, firstViewKB, publish } from './bench/publish.ts';
import { IDLE_WINDOW_MS, type PageKind, type RunResult } from './bench/run-result.ts';
import { serveFolder, warm, type StaticServer } from './bench/server.ts';
import { traceApp } from './bench/trace.ts';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

mkdirSync(outDir, { recursive: true });
if (args.report !== undefined) republish(resolve(PROJECT, args.report));
else await measure();

async function measure() {
  if (args['skip-build']) {
    console.log(`Using the existing build in ${relative(PROJECT, site)}.`);
  } else {
    console.log('Building the app (vite build) and the bare vis-timeline page…');
    await buildApp(site);
    await buildBare(site);
  }
  console.log(`Writing seeded datasets of ${sizes.join(', ')} events…`);
  for (const file of writeDatasets(site, sizes)) {
    const result = await validateDataset(JSON.parse(readFileSync(join(site, file), 'utf8')));
    if (!result.ok)
      throw new Error(
        `${file} is not valid:\n${result.problems.slice(0, 5).map(formatProblem).join('\n')}`,
      );
  }
  const server = await serveFolder(site, port);
  const served = filesOf(site).filter((f) => !f.endsWith('.map'));
  await warm(
    server,
    served.map((f) => relative(site, f).split('\\').join('/')),
  );
  console.log(`Serving ${relative(PROJECT, site)} at ${server.origin}.`);
  const holder = new BrowserHolder();
  try {
    if (args.trace) {
      for (const size of sizes) {
        const file = await traceApp(holder, server, size, outDir, options);
        console.log(`Saved ${relative(PROJECT, file)}: open it in DevTools, Performance panel.`);
      }
    } else {
      await bench(holder, server);
    }
  } finally {
    await holder.close();
    await server.close();
  }
}

async function bench(holder: BrowserHolder, server: StaticServer) {
  const results: RunResult[] = [];
  for (const size of sizes) {
    const n = size >= LARGE ? runsLarge : runs;
    for (let run = 1; run <= n; run += 1) {
      // Interleaved, and alternating which page goes first, so drift hits both alike.
      const order: PageKind[] = run % 2 === 1 ? ['app', 'bare'] : ['bare', 'app'];
      for (const page of order.filter((p) => pages.includes(p))) {
        const result = await measureRun(holder, server, page, size, run, options);
        results.push(result);
        console.log(
          `[${size} events, run ${run}/${n}, ${page}] ${describeRun(result)}  (${elapsed()})`,
        );
        await new Promise((done) => setTimeout(done, 300));
      }
    }
  }
  const browser = await holder.get();
  const assets = {
    app: assetSizes(site, ['bench-bare', 'bench-data', 'data']),
    bare: assetSizes(join(site, 'bench-bare')),
    firstViewKB: firstViewKB(site),
  };
  const notes = runNotes({
    chromium: browser.version(),
    runs,
    runsLarge,
    large: LARGE,
    ...options,
    ...assets,
    actors,
  });
  const date = new Date().toISOString();
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  const json = {
    date,
    command,
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
      ...options,
      idleWindowMs: IDLE_WINDOW_MS,
      actors,
      reducedMotion: 'reduce',
    },
    assets,
    datasets: sizes.map((size) => ({
      size,
      path: dataPath(size),
      bytes: statSync(join(site, dataPath(size))).size,
    })),
    notes,
    runs: results,
  };
  const jsonFile = join(
    outDir,
    `bench-${date.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')}.json`,
  );
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  const report = publish({
    results,
    sizes,
    notes,
    timeoutMs: options.timeoutMs,
    date,
    command,
    firstViewKB: assets.firstViewKB,
    actors,
  });
  console.log(
    `\nWrote ${relative(PROJECT, jsonFile)} and ${relative(PROJECT, report)} in ${elapsed()}.`,
  );
}

/** The report again from a saved run's JSON (after a change to how it is shown). */
function republish(file: string) {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    date: string;
    command?: string;
    options: { sizes: number[]; timeoutMs: number; actors?: number };
    notes: string[];
    runs: RunResult[];
    assets?: { firstViewKB?: number };
  };
  const report = publish({
    results: saved.runs,
    sizes: saved.options.sizes,
    notes: saved.notes.filter((n) => !n.startsWith('One-minute load average')),
    timeoutMs: saved.options.timeoutMs,
    date: saved.date,
    command: saved.command ?? 'npm run bench',
    firstViewKB: saved.assets?.firstViewKB,
    actors: saved.options.actors,
  });
  console.log(`Wrote ${relative(PROJECT, report)} from ${relative(PROJECT, file)}.`);
}
