/**
 * Checks a dataset file against the Source Timeline format.
 *   npm run validate -- path/to/dataset.json
 * Prints the first 100 problems with their location (and how many more there are) and exits non-zero when there is any. It reads files
 * as the app does (UTF-8 with or without a byte-order mark, UTF-16 with one, at most 100 MB) and
 * writes every control character from a file as \uXXXX, so no value can drive the terminal.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_DATASET_BYTES, parseDatasetBytes } from '../src/dataset/read-dataset-bytes.ts';
import { formatProblem, validateDataset } from '../src/dataset/validate-dataset.ts';
import { escapeControls } from '../src/text/plain-text.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- path/to/dataset.json [more.json …]');
  process.exit(2);
}

const cannotRead = (file: string, why: string) =>
  console.error(`${escapeControls(file)}: cannot be read as JSON: ${escapeControls(why)}`);

let failed = false;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_DATASET_BYTES) {
      failed = true;
      console.error(
        `${escapeControls(file)}: too large: over ${MAX_DATASET_BYTES / 1024 / 1024} MB, the most the app loads`,
      );
      continue;
    }
    bytes = readFileSync(file);
  } catch (error) {
    failed = true;
    cannotRead(file, error instanceof Error ? error.message : String(error));
    continue;
  }
  const parsed = parseDatasetBytes(bytes);
  if (!parsed.ok) {
    failed = true;
    cannotRead(file, 'detail' in parsed ? parsed.detail : 'the file is empty');
    continue;
  }
  const result = await validateDataset(parsed.json);
  if (result.ok) {
    const { events, document } = result.dataset;
    console.log(
      `${escapeControls(file)}: valid (${events.length} events, ${document.paragraphs.length} paragraphs)`,
    );
  } else {
    failed = true;
    console.error(`${escapeControls(file)}: ${result.total} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    const more = result.total - result.problems.length;
    if (more > 0)
      console.error(`  … and ${more} more (the first ${result.problems.length} are listed)`);
  }
}
process.exit(failed ? 1 : 0);
