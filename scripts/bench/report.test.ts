import { describe, expect, it } from 'vitest';
import { markdownSummary, markdownTable, median, summarise } from './report.ts';
import type { RunResult } from './run-result.ts';

const run = (extra: Partial<RunResult>): RunResult => ({
  page: 'app',
  size: 1_000,
  run: 1,
  status: 'ok',
  ...extra,
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], Number.NaN],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('summarise', () => {
  it('gives each figure at each size the medians of both pages and their ratio', () => {
    const rows = summarise(
      [
        run({ firstItemMs: 300 }),
        run({ run: 2, firstItemMs: 500 }),
        run({ page: 'bare', firstItemMs: 200 }),
        run({ page: 'bare', run: 2, status: 'timeout' }),
      ],
      [1_000],
    );
    const first = rows.find((r) => r.figure.key === 'firstItemMs');
    expect(first?.app).toMatchObject({ median: 400, min: 300, max: 500, n: 2, runs: 2 });
    expect(first?.bare).toMatchObject({ median: 200, n: 1, runs: 2, timeouts: 1 });
    expect(first?.ratio).toBe(2);
  });
});

describe('markdownSummary', () => {
  it('writes ours / bare (ratio) in a column per size, and says which runs had no value', () => {
    const rows = summarise(
      [
        run({ firstItemMs: 300 }),
        run({ run: 2 }),
        run({ page: 'bare', firstItemMs: 150 }),
        run({ page: 'bare', run: 2, firstItemMs: 150 }),
      ],
      [1_000],
    );
    const table = markdownSummary(rows, [1_000], 60_000);
    expect(table.split('\n')[0]).toBe('| Median, ours / bare (ratio) | 1,000 events |');
    expect(table).toMatch(/\| First item[^|]* \| 300 ms \[1\/2 runs\] \/ 150 ms \(2\.00×\) \|/);
  });

  it('names the actors beside each size, and says "not measured" of a figure no run of a size has', () => {
    const rows = summarise([run({ size: 20_000, firstItemMs: 300 })], [20_000]);
    const table = markdownSummary(rows, [20_000], 60_000, 100);
    expect(table.split('\n')[0]).toBe(
      '| Median, ours / bare (ratio) | 20,000 events × 100 actors |',
    );
    expect(markdownTable(rows, 60_000)).toMatch(/first item visible \| not measured \|/);
  });
});
