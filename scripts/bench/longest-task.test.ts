import { describe, expect, it } from 'vitest';
import { summariseLongest } from './longest-task.ts';
import { markdownTable, summarise } from './report.ts';
import type { RunResult } from './run-result.ts';

const run = (extra: Partial<RunResult>): RunResult => ({
  page: 'app',
  size: 20_000,
  run: 1,
  status: 'ok',
  ...extra,
});

describe('summariseLongest', () => {
  it('takes the longest task of any step and divides it by the letter’s of the same run', () => {
    const r = run({
      loadLongestTaskMs: 120,
      zoomLongestTaskMs: 90,
      searchLongestTaskMs: 300,
      openLongestTaskMs: 60,
      homeLongestTaskMs: 150,
    });
    summariseLongest(r);
    expect(r.longestTaskMs).toBe(300);
    expect(r.longestTaskRatio).toBe(2);
  });

  it.each([
    ['no step measured', run({ homeLongestTaskMs: 100 }), undefined, undefined],
    [
      'a letter with no long task',
      run({ loadLongestTaskMs: 80, homeLongestTaskMs: 0 }),
      80,
      undefined,
    ],
    ['no letter run', run({ loadLongestTaskMs: 80 }), 80, undefined],
  ])('with %s gives no ratio', (_, r, longest, ratio) => {
    summariseLongest(r);
    expect(r.longestTaskMs).toBe(longest);
    expect(r.longestTaskRatio).toBe(ratio);
  });
});

describe('the report', () => {
  it('gives the ratio as the median of the runs’ own ratios, not a ratio of medians', () => {
    const runs = [
      run({ longestTaskMs: 400, homeLongestTaskMs: 100, longestTaskRatio: 4 }),
      run({ run: 2, longestTaskMs: 900, homeLongestTaskMs: 900, longestTaskRatio: 1 }),
      run({ run: 3, longestTaskMs: 300, homeLongestTaskMs: 150, longestTaskRatio: 2 }),
    ];
    const table = markdownTable(summarise(runs, [20_000]), 60_000);
    expect(table).toMatch(/Longest task of the run \(load and every step\) \| 400 ms \(300–900\)/);
    expect(table).toMatch(/the same run \| 2\.00× \(1\.00–4\.00\)/);
  });
});
