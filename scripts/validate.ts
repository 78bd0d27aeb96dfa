/**
 * Checks a dataset file against the Source Timeline format.
 *   npm run validate -- path/to/dataset.json
 * Prints every problem with its location and exits non-zero when there is any.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, validateDataset } from '../src/dataset/validate-dataset.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- path/to/dataset.json [more.json …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed = true;
    console.error(`${file}: cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const result = await validateDataset(json);
  if (result.ok) {
    const { events, document } = result.dataset;
    console.log(`${file}: valid (${events.length} events, ${document.paragraphs.length} paragraphs)`);
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
