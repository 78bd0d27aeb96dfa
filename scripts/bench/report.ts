/** Medians, ranges and ratios of the runs, as a console table and as markdown. */
import type { PageKind, RunResult } from './run-result.ts';

type NumericKey = {
  [K in keyof RunResult]-?: NonNullable<RunResult[K]> extends number ? K : never;
}[keyof RunResult];

export interface Figure {
  key: NumericKey;
  label: string;
  unit: 'ms' | 'MB' | 'KB' | '×';
  /** Measured on the app only (the bare page has no search or filters). */
  appOnly?: boolean;
}

export const FIGURES: readonly Figure[] = [
  { key: 'wordsMs', label: 'First event’s words visible', unit: 'ms' },
  {
    key: 'homeWordsMs',
    label: 'The letter (ours: its prerendered page): first event’s words visible',
    unit: 'ms',
  },
  {
    key: 'homeFirstItemMs',
    label: 'The letter (ours: its prerendered page): first item visible',
    unit: 'ms',
  },
  { key: 'firstItemMs', label: 'First item visible', unit: 'ms' },
  { key: 'idleMs', label: 'Idle (no long task for 500 ms)', unit: 'ms' },
  { key: 'loadLongTaskMs', label: 'Long tasks during load', unit: 'ms' },
  { key: 'loadLongestTaskMs', label: 'Longest task during load', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after load (after GC)', unit: 'MB' },
  { key: 'codeKB', label: 'JS + CSS transferred (gzip)', unit: 'KB' },
  { key: 'dataKB', label: 'Data transferred (gzip)', unit: 'KB' },
  { key: 'zoomMs', label: 'Zoom 4× in and out (4 steps)', unit: 'ms' },
  { key: 'zoomLongTaskMs', label: 'Long tasks during zoom', unit: 'ms' },
  { key: 'zoomLongestTaskMs', label: 'Longest task during zoom', unit: 'ms' },
  { key: 'panMs', label: 'Pan (300 px drag)', unit: 'ms' },
  { key: 'panLongTaskMs', label: 'Long tasks during pan', unit: 'ms' },
  { key: 'panLongestTaskMs', label: 'Longest task during pan', unit: 'ms' },
  {
    key: 'searchMs',
    label: 'Search: type 3 letters (each until the page settles)',
    unit: 'ms',
    appOnly: true,
  },
  {
    key: 'searchKeyMs',
    label: 'Search: slowest keystroke to result on screen (list and timeline)',
    unit: 'ms',
    appOnly: true,
  },
  {
    key: 'searchKeySettledMs',
    label: 'Search: slowest keystroke until the page settles (hidden status included)',
    unit: 'ms',
    appOnly: true,
  },
  { key: 'searchLongestTaskMs', label: 'Longest task during search', unit: 'ms', appOnly: true },
  { key: 'filterMs', label: 'Filter: press and release a kind', unit: 'ms', appOnly: true },
  {
    key: 'filterStepMs',
    label: 'Filter: slower of press and release to result on screen (list and timeline)',
    unit: 'ms',
    appOnly: true,
  },
  {
    key: 'filterStepSettledMs',
    label: 'Filter: slower of press and release until the page settles (hidden status included)',
    unit: 'ms',
    appOnly: true,
  },
  { key: 'filterLongestTaskMs', label: 'Longest task during filter', unit: 'ms', appOnly: true },
  { key: 'zoomOutMs', label: 'Zoom out ×3 (3 steps)', unit: 'ms', appOnly: true },
  {
    key: 'zoomOutLongestTaskMs',
    label: 'Longest task during zoom out ×3',
    unit: 'ms',
    appOnly: true,
  },
  { key: 'openMs', label: 'Open an event from the list', unit: 'ms', appOnly: true },
  { key: 'openLongestTaskMs', label: 'Longest task opening an event', unit: 'ms', appOnly: true },
  { key: 'longestTaskMs', label: 'Longest task of the run (load and every step)', unit: 'ms' },
  {
    key: 'homeLongestTaskMs',
    label: 'The letter (its own page, same run): longest task during load',
    unit: 'ms',
  },
  {
    key: 'longestTaskRatio',
    label: 'Longest task of the run ÷ the letter’s longest task in the same run',
    unit: '×',
  },
];

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Runs with a value, out of all runs of the case. */
  n: number;
  runs: number;
  timeouts: number;
  /** Runs that failed or timed out (a figure none of the other runs has was not measured). */
  failures: number;
  /** Set on the bare page's figures that only the app has. */
  appOnly?: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function stat(runs: readonly RunResult[], key: NumericKey): Stat {
  const values = runs
    .map((r) => r[key])
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(values),
    min: values.length > 0 ? Math.min(...values) : Number.NaN,
    max: values.length > 0 ? Math.max(...values) : Number.NaN,
    n: values.length,
    runs: runs.length,
    timeouts: runs.filter((r) => r.status === 'timeout').length,
    failures: runs.filter((r) => r.status !== 'ok').length,
  };
}

export interface SummaryRow {
  size: number;
  figure: Figure;
  app: Stat;
  bare: Stat;
  /** Median of ours over median of the bare page. */
  ratio: number;
}

export function summarise(results: readonly RunResult[], sizes: readonly number[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const of = (page: PageKind, size: number) =>
    results.filter((r) => r.page === page && r.size === size);
  for (const size of sizes) {
    for (const figure of FIGURES) {
      const app = stat(of('app', size), figure.key);
      const bare = { ...stat(of('bare', size), figure.key), appOnly: figure.appOnly === true };
      rows.push({ size, figure, app, bare, ratio: app.median / bare.median });
    }
  }
  return rows;
}

function number(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'KB')
    return value >= 1024 ? `${(value / 1024).toFixed(1)} MB` : `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === '×') return formatRatio(value);
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value).toLocaleString('en')} ms`;
}

function bare(value: number, unit: Figure['unit']): string {
  return number(value, unit).replace(/( (ms|s|KB|MB)|×)$/, '');
}

/** "1,234 ms (1,100–1,400)", with the missing runs said when some timed out or failed. */
export function formatStat(s: Stat, unit: Figure['unit'], timeoutMs: number): string {
  // The bare page has no search or filters: those figures are the app's alone.
  if (s.n === 0 && s.runs > 0 && s.timeouts === 0 && s.appOnly) return 'n/a';
  // A figure taken at other sizes only (the letter's page times, with the smallest dataset).
  if (s.n === 0 && s.runs > 0 && s.failures === 0) return 'not measured';
  if (s.n === 0) {
    if (s.timeouts > 0) return `timeout (>${Math.round(timeoutMs / 1000)} s) ×${s.timeouts}`;
    return s.runs === 0 ? 'not run' : 'failed';
  }
  let text = number(s.median, unit);
  if (s.n > 1) text += ` (${bare(s.min, unit)}–${bare(s.max, unit)})`;
  if (s.n < s.runs)
    text += ` [${s.n}/${s.runs} runs${s.timeouts > 0 ? `, ${s.timeouts} timed out` : ''}]`;
  return text;
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return ratio >= 10 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(2)}×`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

export function consoleTable(rows: readonly SummaryRow[], timeoutMs: number): string {
  const header = ['Events', 'Figure', 'Ours: median (min–max)', 'Bare vis-timeline', 'Ours / bare'];
  const body = rows.map((r) => [
    r.size.toLocaleString('en'),
    r.figure.label,
    formatStat(r.app, r.figure.unit, timeoutMs),
    formatStat(r.bare, r.figure.unit, timeoutMs),
    formatRatio(r.ratio),
  ]);
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...body.map((b) => [...(b[i] ?? '')].length)),
  );
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let last: string | undefined;
  for (const cells of body) {
    if (last !== undefined && cells[0] !== last) out.push('');
    last = cells[0];
    out.push(line(cells));
  }
  return out.join('\n');
}

/** One markdown table: a row per size and figure. */
export function markdownTable(rows: readonly SummaryRow[], timeoutMs: number): string {
  const out = [
    '| Events | Figure | Ours: median (min–max) | Bare vis-timeline: median (min–max) | Ours / bare |',
    '|---:|---|---:|---:|---:|',
  ];
  for (const r of rows) {
    out.push(
      `| ${r.size.toLocaleString('en')} | ${r.figure.label} | ${formatStat(r.app, r.figure.unit, timeoutMs)} | ${formatStat(r.bare, r.figure.unit, timeoutMs)} | ${formatRatio(r.ratio)} |`,
    );
  }
  return out.join('\n');
}

/** The compact form for the report's top: a column per size, "ours / bare (ratio)" in each cell. */
export function markdownSummary(
  rows: readonly SummaryRow[],
  sizes: readonly number[],
  timeoutMs: number,
  /** Actors of its own per event (`--actors`), said beside each size. */
  actors = 0,
): string {
  const each = actors > 0 ? ` × ${actors.toLocaleString('en')} actors` : '';
  const out = [
    `| Median, ours / bare (ratio) | ${sizes.map((s) => `${s.toLocaleString('en')} events${each}`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
  ];
  const cell = (s: Stat, unit: Figure['unit']) => {
    if (s.n === 0) return s.timeouts > 0 ? `timeout >${Math.round(timeoutMs / 1000)} s` : '–';
    return s.n < s.runs
      ? `${number(s.median, unit)} [${s.n}/${s.runs} runs]`
      : number(s.median, unit);
  };
  for (const figure of FIGURES) {
    const cells = sizes.map((size) => {
      const row = rows.find((r) => r.size === size && r.figure.key === figure.key);
      if (!row) return '–';
      return `${cell(row.app, figure.unit)} / ${cell(row.bare, figure.unit)} (${formatRatio(row.ratio)})`;
    });
    out.push(`| ${figure.label} | ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}
