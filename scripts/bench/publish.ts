/**
 * What a bench run leaves: bench-results/bench-<date>.json with every run, and the report
 * docs/bench-report.md (the one place the figures are written; the docs link to it).
 */
import { cpus } from 'node:os';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_VIEW_BUDGET_KB } from '../first-view-size.ts';
import { PROJECT } from './build-site.ts';
import { consoleTable, markdownSummary, markdownTable, median, summarise } from './report.ts';
import type { RunResult } from './run-result.ts';

export const REPORT_FILE = join(PROJECT, 'docs', 'bench-report.md');

/**
 * The JS and CSS the home page asks for before anything is used: its script, the chunks it
 * preloads and its stylesheets (gzip level 6), as the build's budget check counts them.
 */
export function firstViewKB(folder: string): number | undefined {
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

export function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? filesOf(file) : [file];
  });
}

/** One line for the console as each run ends. */
export function describeRun(r: RunResult): string {
  const ms = (v: number | undefined) =>
    v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`;
  if (r.status !== 'ok') {
    return `${r.status} in ${r.phase ?? '?'}: ${r.error ?? ''} (first item ${ms(r.firstItemMs)}, idle ${ms(r.idleMs)})`;
  }
  return `first item ${ms(r.firstItemMs)}, idle ${ms(r.idleMs)}, load long tasks ${ms(r.loadLongTaskMs)}, heap ${r.heapMB?.toFixed(1)} MB, zoom ${ms(r.zoomMs)} (longest task ${ms(r.zoomLongestTaskMs)}), pan ${ms(r.panMs)}${r.searchMs === undefined ? '' : `, search ${ms(r.searchMs)} (longest task ${ms(r.searchLongestTaskMs)}), filter ${ms(r.filterMs)} (longest task ${ms(r.filterLongestTaskMs)})`}`;
}

/** The machine's load while the runs ran: other work on the machine slows runs down. */
function loadNote(results: readonly RunResult[]): string | undefined {
  const loads = results.map((r) => r.loadAverage).filter((v): v is number => v !== undefined);
  if (loads.length === 0) return undefined;
  return `One-minute load average at the start of each run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (median ${median(loads).toFixed(1)}) on ${cpus().length} cores; with other work on the machine, compare ratios rather than absolute times.`;
}

export interface Publication {
  results: readonly RunResult[];
  sizes: readonly number[];
  notes: readonly string[];
  timeoutMs: number;
  date: string;
  command: string;
  firstViewKB: number | undefined;
  /** Actors of its own per event (`--actors`); 0 or absent: the datasets' usual one or two. */
  actors?: number;
}

/** Prints the tables and writes the report; returns its path. */
export function publish(p: Publication, file = REPORT_FILE): string {
  const rows = summarise(p.results, p.sizes);
  const load = loadNote(p.results);
  const notes = load ? [...p.notes, load] : [...p.notes];
  const firstView =
    p.firstViewKB === undefined
      ? 'The first view: not measured (no build).'
      : `The first view (JS + CSS the home page loads before any use, gzip): ${p.firstViewKB.toFixed(1)} KB of the build's budget of ${FIRST_VIEW_BUDGET_KB} KB.`;
  console.log(`\n${consoleTable(rows, p.timeoutMs)}\n\n${firstView}`);
  for (const note of notes) console.log(`- ${note}`);
  const markdown = [
    '# Benchmark report',
    '',
    `<!-- Written by npm run bench; edit scripts/bench, not this file. -->`,
    `Run of ${p.date.slice(0, 10)}: \`${p.command}\`. What each figure means and how to read it: [performance.md](performance.md).`,
    '',
    firstView,
    '',
    markdownSummary(rows, p.sizes, p.timeoutMs, p.actors),
    '',
    '<details><summary>Every figure with its range</summary>',
    '',
    markdownTable(rows, p.timeoutMs),
    '',
    '</details>',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(file, markdown);
  return file;
}
