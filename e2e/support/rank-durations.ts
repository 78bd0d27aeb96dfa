/**
 * Ranks a journey run's tests, steps and spec files by time, from the JSON report
 * (`test-results/results.json`, or the path given): where the run's minutes go.
 * Usage: npx tsx e2e/support/rank-durations.ts [results.json] [how many]
 */
import { readFileSync } from 'node:fs';

interface Step {
  title: string;
  duration: number;
  steps?: Step[];
}
interface Result {
  duration: number;
  status: string;
  steps?: Step[];
}
interface Suite {
  title: string;
  file?: string;
  suites?: Suite[];
  specs?: { title: string; file: string; tests: { results: Result[] }[] }[];
}
interface Report {
  suites: Suite[];
  stats: { duration: number };
}

const [path = 'test-results/results.json', count = '10'] = process.argv.slice(2);
const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
const top = Number(count);

const tests: { seconds: number; name: string; status: string }[] = [];
const steps: { seconds: number; name: string }[] = [];
function walk(suite: Suite, trail: string[]) {
  for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      for (const result of test.results) {
        const name = [...trail, spec.title].filter(Boolean).join(' › ');
        tests.push({ seconds: result.duration / 1000, name, status: result.status });
        // A test's own steps (test.step), not the hooks and the assertions inside them.
        for (const step of result.steps ?? []) {
          if (step.steps?.length) steps.push({ seconds: step.duration / 1000, name: step.title });
        }
      }
    }
  }
}
for (const suite of report.suites) walk(suite, [suite.title]);

const bySpec = new Map<string, { seconds: number; tests: number }>();
for (const test of tests) {
  const file = test.name.split(' › ')[0] ?? '';
  const entry = bySpec.get(file) ?? { seconds: 0, tests: 0 };
  entry.seconds += test.seconds;
  entry.tests += 1;
  bySpec.set(file, entry);
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`.padStart(9);
const total = tests.reduce((sum, test) => sum + test.seconds, 0);
console.log(
  `${tests.length} tests, ${s(report.stats.duration / 1000).trim()} from start to end, ${s(total).trim()} of test time`,
);
console.log(`\nSlowest ${top} tests:`);
for (const test of [...tests].sort((a, b) => b.seconds - a.seconds).slice(0, top))
  console.log(
    `${s(test.seconds)}  ${test.status === 'passed' ? '' : `[${test.status}] `}${test.name}`,
  );
console.log('\nSpec files:');
for (const [file, entry] of [...bySpec].sort((a, b) => b[1].seconds - a[1].seconds))
  console.log(`${s(entry.seconds)}  ${String(entry.tests).padStart(3)} tests  ${file}`);
if (steps.length > 0) {
  console.log(`\nSlowest ${top} steps:`);
  for (const step of [...steps].sort((a, b) => b.seconds - a.seconds).slice(0, top))
    console.log(`${s(step.seconds)}  ${step.name}`);
}
