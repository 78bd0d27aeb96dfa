/** Medians, ranges and ratios of the runs, as a console table and as markdown. */
import type { LimitResult } from './limits.ts';
import type { PageKind, RunResult } from './measure.ts';

type NumericKey = {
  [K in keyof RunResult]-?: NonNullable<RunResult[K]> extends number ? K : never;
}[keyof RunResult];

export interface Figure {
  key: NumericKey;
  label: string;
  unit: 'ms' | 'MB' | 'KB';
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
];

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Runs with a value, out of all runs of the case. */
  n: number;
  runs: number;
  timeouts: number;
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
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value).toLocaleString('en')} ms`;
}

function bare(value: number, unit: Figure['unit']): string {
  return number(value, unit).replace(/ (ms|s|KB|MB)$/, '');
}

/** "1,234 ms (1,100–1,400)", with the missing runs said when some timed out or failed. */
export function formatStat(s: Stat, unit: Figure['unit'], timeoutMs: number): string {
  // The bare page has no search or filters: those figures are the app's alone.
  if (s.n === 0 && s.runs > 0 && s.timeouts === 0 && s.appOnly) return 'n/a';
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

/** The compact form for the README: a column per size, "ours / bare (ratio)" in each cell. */
export function markdownSummary(
  rows: readonly SummaryRow[],
  sizes: readonly number[],
  timeoutMs: number,
): string {
  const out = [
    `| Median, ours / bare (ratio) | ${sizes.map((s) => `${s.toLocaleString('en')} events`).join(' | ')} |`,
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

/** One of issue 17's targets, as measured in this run. */
export interface TargetRow {
  what: string;
  target: string;
  measured: string;
  met: boolean | undefined;
}

/**
 * Issue 17's targets, each from this run's medians (ratios within the run): met, missed, or not
 * measured when the run left out the size it needs.
 */
export function targetRows(
  rows: readonly SummaryRow[],
  firstViewKB: number | undefined,
  budgetKB: number,
  limits: readonly LimitResult[] = [],
): TargetRow[] {
  const get = (size: number, key: NumericKey, page: 'app' | 'bare' = 'app') => {
    const row = rows.find((r) => r.size === size && r.figure.key === key);
    const s = row?.[page];
    return s && s.n > 0 ? s.median : undefined;
  };
  const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
  const out: TargetRow[] = [];
  const ratioTarget = (
    what: string,
    ours: number | undefined,
    floor: number | undefined,
    limit: number,
    floorName: string,
  ) => {
    const measured =
      ours === undefined || floor === undefined
        ? 'not measured'
        : `${ms(ours)} / ${ms(floor)} (${formatRatio(ours / floor)})`;
    out.push({
      what,
      target: `≤ ${limit}× ${floorName}`,
      measured,
      met: ours === undefined || floor === undefined ? undefined : ours <= limit * floor,
    });
  };
  const limitTarget = (
    what: string,
    values: (number | undefined)[],
    limit: number,
    unit = 'ms',
  ) => {
    const known = values.filter((v): v is number => v !== undefined);
    const worst = known.length === values.length ? Math.max(...known) : undefined;
    out.push({
      what,
      target: `≤ ${limit} ${unit}`,
      measured:
        worst === undefined
          ? 'not measured'
          : unit === 'ms'
            ? ms(worst)
            : `${worst.toFixed(1)} ${unit}`,
      met: worst === undefined ? undefined : worst <= limit,
    });
  };
  const bare16 = get(16, 'firstItemMs', 'bare');
  ratioTarget(
    '16 events: first event’s words visible',
    get(16, 'wordsMs'),
    bare16,
    0.5,
    'bare first item',
  );
  ratioTarget(
    '16 events: first timeline item',
    get(16, 'firstItemMs'),
    bare16,
    1,
    'bare first item',
  );
  const bareLetter = get(16, 'homeFirstItemMs', 'bare');
  ratioTarget(
    'The letter’s own page: first event’s words visible',
    get(16, 'homeWordsMs'),
    bareLetter,
    0.5,
    'bare first item (the letter’s events)',
  );
  ratioTarget(
    'The letter’s own page: first timeline item',
    get(16, 'homeFirstItemMs'),
    bareLetter,
    1,
    'bare first item (the letter’s events)',
  );
  const bare10k = get(10_000, 'firstItemMs', 'bare');
  ratioTarget(
    '10,000 events: first timeline item',
    get(10_000, 'firstItemMs'),
    bare10k,
    0.5,
    'bare first item',
  );
  ratioTarget(
    '100,000 events: first timeline item',
    get(100_000, 'firstItemMs'),
    bare10k,
    1.5,
    'bare first item at 10,000',
  );
  limitTarget(
    '100,000 events: longest task while loading',
    [get(100_000, 'loadLongestTaskMs')],
    200,
  );
  limitTarget(
    '100,000 events: longest task of a zoom or pan (with the work after it settles)',
    [get(100_000, 'zoomLongestTaskMs'), get(100_000, 'panLongestTaskMs')],
    100,
  );
  limitTarget(
    '100,000 events: longest task of a keystroke in search or a filter toggled',
    [get(100_000, 'searchLongestTaskMs'), get(100_000, 'filterLongestTaskMs')],
    100,
  );
  limitTarget(
    '100,000 events: search or filter result on screen',
    [get(100_000, 'searchKeyMs'), get(100_000, 'filterStepMs')],
    150,
  );
  out.push(tooLargeTarget(limits.find((l) => l.kind === 'refused')));
  limitTarget('JS + CSS of the first view (gzip)', [firstViewKB], budgetKB, 'KB');
  return out;
}

const events = (n: number) => `${n.toLocaleString('en')} events`;
const fileSize = (bytes: number) =>
  bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GB`
    : `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const msText = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
/** What a refusal's message says: the dataset is too large, or has too many events. */
const SAYS_TOO_LARGE = /too large|too many/i;

/**
 * A dataset too large for the tab: met when a clear message (an alert that says the dataset is
 * too large) is on screen, the tab did not crash, and the message's way on still works.
 */
export function tooLargeTarget(refused: LimitResult | undefined): TargetRow {
  const what = refused
    ? `A dataset too large for the tab (${events(refused.size)}, ${fileSize(refused.fileBytes)})`
    : 'A dataset too large for the tab';
  const target = 'a clear message, the tab alive and usable';
  if (!refused) return { what, target, measured: 'not measured', met: undefined };
  const clear = refused.message !== undefined && SAYS_TOO_LARGE.test(refused.message);
  if (refused.status !== 'ok' || refused.messageMs === undefined) {
    const why = refused.crashed ? 'the tab crashed' : `${refused.status}: ${refused.error ?? ''}`;
    return { what, target, measured: why, met: false };
  }
  const measured = [
    `message at ${msText(refused.messageMs)}`,
    refused.heapMB === undefined ? undefined : `heap ${refused.heapMB.toFixed(1)} MB`,
    refused.recoverMs === undefined
      ? 'the page did not go on'
      : `the letter then loads in ${msText(refused.recoverMs)}`,
    clear ? undefined : 'the message does not say why',
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return {
    what,
    target,
    measured,
    met: clear && refused.recoverMs !== undefined && refused.crashed !== true,
  };
}

/** The largest datasets, one run each: what the tab loads, and what it refuses. */
export function markdownLimits(limits: readonly LimitResult[]): string {
  const out = [
    '| The largest datasets (one run each) | file | on screen | longest task | JS heap (after GC) | dataset read | after |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const l of limits) {
    const what =
      l.kind === 'loaded'
        ? `${events(l.size)}: the largest of these the app loads (first item)`
        : `${events(l.size)}: too large (the message)`;
    const shown = l.kind === 'loaded' ? l.firstItemMs : l.messageMs;
    const failed = l.status === 'ok' ? undefined : l.crashed ? 'the tab crashed' : l.status;
    const after =
      l.kind === 'loaded'
        ? '–'
        : l.recoverMs === undefined
          ? 'the page did not go on'
          : `“Load the default dataset”: the letter’s first item in ${msText(l.recoverMs)}`;
    out.push(
      `| ${what} | ${fileSize(l.fileBytes)} | ${failed ?? (shown === undefined ? '–' : msText(shown))} | ${l.longestTaskMs === undefined ? '–' : msText(l.longestTaskMs)} | ${l.heapMB === undefined ? '–' : `${l.heapMB.toFixed(1)} MB`} | ${l.sentRawMB === undefined ? '–' : `${l.sentRawMB.toFixed(0)} MB (${(l.sentMB ?? 0).toFixed(1)} MB gzip)`} | ${after} |`,
    );
  }
  return out.join('\n');
}

export function markdownTargets(targets: readonly TargetRow[]): string {
  return [
    '| Target (issue 17) | target | this run | |',
    '|---|---|---:|---|',
    ...targets.map(
      (t) =>
        `| ${t.what} | ${t.target} | ${t.measured} | ${t.met === undefined ? '–' : t.met ? 'met' : '**missed**'} |`,
    ),
  ].join('\n');
}
