/**
 * `npx tsx scripts/trace-tasks.ts <trace.json> [minWallMs] [minCpuMs]`: lists the long tasks of
 * a bench trace with their CPU and wall times (see scripts/bench/trace-tasks.ts).
 */
import { readFileSync } from 'node:fs';
import { traceTasks, type TraceEvent } from './bench/trace-tasks.ts';

const [file, wall, cpu] = process.argv.slice(2);
if (file === undefined) {
  console.log('npx tsx scripts/trace-tasks.ts <trace.json> [minWallMs] [minCpuMs]');
  process.exit(1);
}
const trace = JSON.parse(readFileSync(file, 'utf8')) as
  TraceEvent[] | { traceEvents: TraceEvent[] };
const events = Array.isArray(trace) ? trace : trace.traceEvents;
const tasks = traceTasks(events, {
  minWallMs: wall === undefined ? 100 : Number(wall),
  minCpuMs: cpu === undefined ? 40 : Number(cpu),
});
for (const task of tasks)
  console.log(
    `${task.atMs} ms: wall ${task.wallMs} ms, CPU ${task.cpuMs} ms  ${task.inside.join(', ')}`,
  );
