import { readFileSync, statSync } from 'node:fs';
import {
  MAX_DATASET_BYTES,
  parseDatasetBytes,
  type NotJsonKind,
} from '../src/dataset/load/read-dataset-bytes.ts';
import { eventCount, MAX_EVENTS } from '../src/dataset/check/check-dataset.ts';
import { formatProblem, validateDataset } from '../src/dataset/check/validate-dataset.ts';
import { escapeControls } from '../src/text/plain-text.ts';

/** Where `validateFiles` writes: the console, or a test's buffers. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** A file the system could not open, in plain words (Node's message names a system call). */
function unreadable(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read${typeof code === 'string' ? ` (${code})` : ''}`;
}

/** Why a file's text is not JSON, in the app's words. */
const NOT_JSON: Record<NotJsonKind, string> = {
  text: 'it begins with text or HTML, not JSON',
  truncated: 'it ends before the dataset does (the file may have been cut short)',
  malformed: 'it begins as JSON but has a mistake inside',
  encoding:
    'it is not in UTF-8 (or UTF-16 with a byte-order mark), the encoding a dataset must use',
};

export const USAGE = 'Usage: npm run validate -- path/to/dataset.json [more.json …]';

/**
 * Checks each file as the app reads it and prints the first 100 problems with their location
 * (and how many more there are).
 * Returns the exit status: 0 all valid, 1 any problem, 2 no file given.
 */
export async function validateFiles(files: readonly string[], out: Output): Promise<0 | 1 | 2> {
  if (files.length === 0) {
    out.error(USAGE);
    return 2;
  }
  const cannotRead = (file: string, why: string) =>
    out.error(`${escapeControls(file)}: cannot be read as JSON: ${why}`);

  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      if (statSync(file).size > MAX_DATASET_BYTES) {
        failed = true;
        out.error(
          `${escapeControls(file)}: too large: over ${MAX_DATASET_BYTES / 1024 / 1024} MB, the most the app loads`,
        );
        continue;
      }
      bytes = readFileSync(file);
    } catch (error) {
      failed = true;
      out.error(`${escapeControls(file)}: ${unreadable(error)}`);
      continue;
    }
    const parsed = parseDatasetBytes(bytes);
    if (!parsed.ok) {
      failed = true;
      cannotRead(file, 'detail' in parsed ? NOT_JSON[parsed.detail] : 'the file is empty');
      continue;
    }
    // The app refuses a dataset of more events than this before checking it: so does this.
    const count = eventCount(parsed.json);
    if (count > MAX_EVENTS) {
      failed = true;
      out.error(
        `${escapeControls(file)}: too large: ${count.toLocaleString('en')} events, over ${MAX_EVENTS.toLocaleString('en')}, the most the app loads`,
      );
      continue;
    }
    const result = await validateDataset(parsed.json);
    if (result.ok) {
      const { events, document } = result.dataset;
      out.log(
        `${escapeControls(file)}: valid (${events.length} events, ${document.paragraphs.length} paragraphs)`,
      );
    } else {
      failed = true;
      out.error(`${escapeControls(file)}: ${result.total} problem(s)`);
      for (const problem of result.problems) out.error(`  ${formatProblem(problem)}`);
      const more = result.total - result.problems.length;
      if (more > 0)
        out.error(`  … and ${more} more (the first ${result.problems.length} are listed)`);
    }
  }
  return failed ? 1 : 0;
}
