import { describe, expect, it } from 'vitest';
import type { LimitResult } from './limits.ts';
import type { RunResult } from './measure.ts';
import { markdownLimits, summarise, targetRows, tooLargeTarget } from './report.ts';

const refused: LimitResult = {
  kind: 'refused',
  size: 2_000_000,
  fileBytes: 1.1 * 1024 ** 3,
  status: 'ok',
  messageMs: 1_234.4,
  message:
    'The dataset could not be loaded The dataset is too large: it is over 100 MB, the most this app loads. Retry Load the default dataset',
  heapMB: 12.34,
  sentMB: 14.2,
  sentRawMB: 100.01,
  recoverMs: 456,
};

describe('tooLargeTarget', () => {
  it('is met by a clear message, with the heap and the page going on after it', () => {
    expect(tooLargeTarget(refused)).toEqual({
      what: 'A dataset too large for the tab (2,000,000 events, 1.1 GB)',
      target: 'a clear message, the tab alive and usable',
      measured: 'message at 1,234 ms, heap 12.3 MB, the letter then loads in 456 ms',
      met: true,
    });
  });

  it.each<[string, Partial<LimitResult>, string]>([
    [
      'the tab crashed',
      { status: 'error', crashed: true, messageMs: undefined },
      'the tab crashed',
    ],
    [
      'no message came',
      { status: 'timeout', error: 'the message not on screen in time', messageMs: undefined },
      'timeout: the message not on screen in time',
    ],
    ['the page did not go on', { recoverMs: undefined }, 'the page did not go on'],
    [
      'the message does not say why',
      { message: 'Something went wrong' },
      'the message does not say why',
    ],
  ])('is missed when %s', (_, change, says) => {
    const row = tooLargeTarget({ ...refused, ...change });
    expect(row.met).toBe(false);
    expect(row.measured).toContain(says);
  });

  it('is not measured when the run left it out', () => {
    expect(tooLargeTarget(undefined)).toMatchObject({ measured: 'not measured', met: undefined });
  });
});

describe('markdownLimits', () => {
  it('gives a row to the largest dataset loaded and one to the refused one', () => {
    const loaded: LimitResult = {
      kind: 'loaded',
      size: 190_000,
      fileBytes: 99 * 1024 ** 2,
      status: 'ok',
      firstItemMs: 9_876,
      longestTaskMs: 180,
      heapMB: 180.5,
      sentMB: 15,
      sentRawMB: 99,
    };
    const lines = markdownLimits([loaded, refused]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      '| 190,000 events: the largest of these the app loads (first item) | 99 MB | 9,876 ms | 180 ms | 180.5 MB | 99 MB (15.0 MB gzip) | – |',
    );
    expect(lines[3]).toContain('| 2,000,000 events: too large (the message) | 1.1 GB | 1,234 ms |');
    expect(lines[3]).toContain('the letter’s first item in 456 ms');
  });
});

describe('targetRows', () => {
  const run = (extra: Partial<RunResult>): RunResult => ({
    page: 'app',
    size: 100_000,
    run: 1,
    status: 'ok',
    ...extra,
  });

  it('judges the search and filter result by the result on screen, not by the page settling', () => {
    const rows = summarise(
      [
        run({
          searchKeyMs: 120,
          searchKeySettledMs: 700,
          filterStepMs: 140,
          filterStepSettledMs: 520,
        }),
      ],
      [100_000],
    );
    const row = targetRows(rows, 200, 230).find((t) => t.what.includes('result on screen'));
    expect(row).toMatchObject({ measured: '140 ms', met: true });
  });

  it('has the too-large row, measured when the run had it', () => {
    const rows = targetRows([], undefined, 230, [refused]);
    expect(rows.find((t) => t.what.startsWith('A dataset too large'))?.met).toBe(true);
  });
});
