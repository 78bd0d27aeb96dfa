import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The corpus of bad datasets: one file per kind of bad input, with the problems it must produce. */
export const BAD_DATASETS_DIR = resolve(import.meta.dirname, 'fixtures', 'bad-datasets');

export interface BadDataset {
  file: string;
  path: string;
  json: unknown;
  /** Every problem, formatted as formatProblem formats it, in the order they are reported. */
  expected: string[];
}

export function readExpectedProblems(): Record<string, string[]> {
  return JSON.parse(readFileSync(resolve(BAD_DATASETS_DIR, 'expected.json'), 'utf8')) as Record<
    string,
    string[]
  >;
}

/** The dataset files of the corpus (every JSON file but expected.json), sorted by name. */
export function listBadDatasetFiles(): string[] {
  return readdirSync(BAD_DATASETS_DIR)
    .filter((file) => file.endsWith('.json') && file !== 'expected.json')
    .sort();
}

export function readBadDatasets(): BadDataset[] {
  const expected = readExpectedProblems();
  return listBadDatasetFiles().map((file) => {
    const path = resolve(BAD_DATASETS_DIR, file);
    return {
      file,
      path,
      json: JSON.parse(readFileSync(path, 'utf8')) as unknown,
      expected: expected[file] ?? [],
    };
  });
}
