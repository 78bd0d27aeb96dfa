/**
 * The long tasks of a page's main thread in a Chromium trace (`npm run bench -- --trace`), each
 * with its CPU time beside its wall time. On a loaded machine most of a long task's wall time
 * is spent waiting for a core; its CPU time (`tdur`) is what the task itself cost.
 */

/** The fields of a trace event that this reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string; functionName?: string } };
}

export interface TraceTask {
  /** From the page's navigation start, ms. */
  atMs: number;
  wallMs: number;
  cpuMs: number;
  /** The largest trace events inside it by CPU time, as "name cpuMs". */
  inside: string[];
}

const SHOWN = new Set([
  'TimerFire',
  'FireAnimationFrame',
  'FunctionCall',
  'HandlePostMessage',
  'v8.evaluateModule',
  'EventDispatch',
  'Layout',
  'UpdateLayoutTree',
  'MinorGC',
  'MajorGC',
]);

/**
 * The tasks of the first page loaded over HTTP that took at least `minWallMs` of wall time or
 * `minCpuMs` of CPU time, in order.
 */
export function traceTasks(
  events: readonly TraceEvent[],
  { minWallMs = 100, minCpuMs = 40 } = {},
): TraceTask[] {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  if (!navigation) return [];
  const { pid, ts: start } = navigation;
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === pid &&
      e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? navigation.tid;
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid);
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  return onMain
    .filter((e) => e.name === 'RunTask' && e.ts >= start)
    .filter((e) => ms(e.dur) >= minWallMs || ms(e.tdur) >= minCpuMs)
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onMain
        .filter(
          (e) => e !== task && SHOWN.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
        )
        .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
        .slice(0, 4)
        .map((e) => {
          const fn = e.args?.data?.functionName;
          return `${e.name}${fn ? ` ${fn}` : ''} ${Math.round(ms(e.tdur))}`;
        });
      return {
        atMs: Math.round(ms(task.ts - start)),
        wallMs: Math.round(ms(task.dur)),
        cpuMs: Math.round(ms(task.tdur)),
        inside,
      };
    });
}
