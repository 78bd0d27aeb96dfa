import { describe, expect, it } from 'vitest';
import { traceTasks, type TraceEvent } from './trace-tasks.ts';

const page = { pid: 1, tid: 10 };
const other = { pid: 2, tid: 20 };
const x = (name: string, at: { pid: number; tid: number }, ts: number, dur: number, tdur: number) =>
  ({ name, ph: 'X', ...at, ts, dur, tdur }) as TraceEvent;

const events: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...page, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'navigationStart', ph: 'R', ...page, ts: 0, args: { data: { documentLoaderURL: '' } } },
  {
    name: 'navigationStart',
    ph: 'R',
    ...page,
    ts: 1_000,
    args: { data: { documentLoaderURL: 'http://127.0.0.1/?data=x.json' } },
  },
  // Before the page's navigation (the blank page the browser opens first).
  x('RunTask', page, 500, 300_000, 300_000),
  // Long only because it waited for a core.
  x('RunTask', page, 101_000, 500_000, 20_000),
  x('Layout', page, 102_000, 400_000, 15_000),
  // Long in CPU time, short of 100 ms of wall time.
  x('RunTask', page, 701_000, 90_000, 80_000),
  x('TimerFire', page, 701_000, 89_000, 79_000),
  x('RunTask', page, 801_000, 20_000, 19_000),
  // Another process's task.
  x('RunTask', other, 101_000, 900_000, 900_000),
];

describe('traceTasks', () => {
  it('lists the page’s long tasks by wall or CPU time, from its navigation, with what is inside', () => {
    expect(traceTasks(events)).toEqual([
      { atMs: 100, wallMs: 500, cpuMs: 20, inside: ['Layout 15'] },
      { atMs: 700, wallMs: 90, cpuMs: 80, inside: ['TimerFire 79'] },
    ]);
  });

  it('finds nothing in a trace without a page loaded over HTTP', () => {
    expect(traceTasks(events.slice(0, 2))).toEqual([]);
  });
});
