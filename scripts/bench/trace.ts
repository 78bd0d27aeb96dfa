/**
 * The renderer main thread's time by kind of work (script, style, layout, hit testing, paint,
 * garbage collection…) from a Chromium trace: the split a CPU profile cannot give, since
 * it charges a layout forced by a script to that script.
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string } };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
];

const KINDS: [RegExp, string][] = [
  [/^(V8\.GC|MinorGC|MajorGC|BlinkGC|GCEvent)/, 'garbage collection'],
  [
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|FireIdleCallback|XHR|AsyncTask)/,
    'script',
  ],
  [
    /^(UpdateLayoutTree|RecalcStyle|ScheduleStyleRecalculation|ParseAuthorStyleSheet|Document::)/,
    'style',
  ],
  [/^(Layout|InvalidateLayout|UpdateLayer|LocalFrameView::performLayout)/, 'layout'],
  [/^HitTest/, 'hit testing'],
  [
    /^(Paint|PrePaint|Layerize|Commit|CompositeLayers|UpdateLayerTree|Raster|Decode|PaintImage|Blink\.)/,
    'paint and compositing',
  ],
  [/^ParseHTML/, 'HTML parsing'],
];

/** The kind of work a trace event stands for. */
export function kindOf(name: string): string {
  for (const [pattern, kind] of KINDS) if (pattern.test(name)) return kind;
  return 'other (in-task work without its own event: promise callbacks such as stream reads, task overhead)';
}

/** Self time (children subtracted) per event name on the busiest renderer main thread, in ms. */
export function mainThreadSelfTime(file: string): {
  totalMs: number;
  byKind: [string, number][];
  byName: [string, number][];
} {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as
    { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const perThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key) || e.ph !== 'X' || !e.dur) continue;
    const list = perThread.get(key) ?? [];
    list.push(e);
    perThread.set(key, list);
  }
  let busiest: TraceEvent[] = [];
  let most = -1;
  for (const list of perThread.values()) {
    const total = list
      .filter((e) => e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (total > most) {
      most = total;
      busiest = list;
    }
  }
  busiest.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const self = new Map<string, number>();
  const label = (e: TraceEvent) =>
    e.name === 'EventDispatch' ? `EventDispatch (${e.args?.data?.type ?? '?'})` : e.name;
  const stack: { end: number; name: string; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= until) {
      const done = stack.pop();
      if (done) self.set(done.name, (self.get(done.name) ?? 0) + done.self);
    }
  };
  for (const e of busiest) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= dur;
    stack.push({ end: e.ts + dur, name: label(e), self: dur });
  }
  close(Number.POSITIVE_INFINITY);
  const byName = [...self]
    .map(([name, us]): [string, number] => [name, us / 1000])
    .sort((a, b) => b[1] - a[1]);
  const kinds = new Map<string, number>();
  for (const [name, ms] of byName) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + ms);
  const byKind = [...kinds].sort((a, b) => b[1] - a[1]);
  return { totalMs: byName.reduce((sum, [, ms]) => sum + ms, 0), byKind, byName };
}
