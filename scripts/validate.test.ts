import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBadDatasets } from '../src/test/bad-datasets.ts';

const ROOT = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'validate-cli-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs `npx tsx scripts/validate.ts …` from the project folder, as `npm run validate` does. */
function validate(
  ...files: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'scripts/validate.ts', ...files],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        done({ status, stdout, stderr });
      },
    );
  });
}

const corpus = readBadDatasets();
const relativeTo = (path: string) => relative(ROOT, path);

describe('scripts/validate.ts', { timeout: 60_000 }, () => {
  it('exits with 0 and counts the events of the letter dataset', async () => {
    const run = await validate('data/events.json');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('data/events.json: valid (18 events, 18 paragraphs)');
    expect(run.stderr).toBe('');
  });

  it('exits with 1 and prints the located problem of a bad dataset', async () => {
    const file = relativeTo(
      corpus.find((d) => d.file === 'quote-not-in-paragraph.json')?.path ?? '',
    );
    const run = await validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${file}: 1 problem(s)\n  events[0].sources[0].quote: not found in paragraph p2\n`,
    );
  });

  it('prints, for every file of the corpus, exactly the problems the corpus expects, and still checks a good file after them', async () => {
    const run = await validate(...corpus.map((d) => relativeTo(d.path)), 'data/events.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('data/events.json: valid (18 events, 18 paragraphs)\n');
    const expected = corpus
      .map((d) =>
        [
          `${relativeTo(d.path)}: ${d.expected.length} problem(s)`,
          ...d.expected.map((p) => `  ${p}`),
        ].join('\n'),
      )
      .join('\n');
    expect(run.stderr).toBe(`${expected}\n`);
  });

  it('exits with 1 for files it cannot read as JSON, and names each of them', async () => {
    const truncated = join(scratch, 'truncated.json');
    const empty = join(scratch, 'empty.json');
    writeFileSync(truncated, '{"document": {');
    writeFileSync(empty, '');
    const run = await validate(truncated, empty, 'no/such/dataset.json');
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/: cannot be read as JSON: /);
    expect(lines[0]?.startsWith(`${truncated}: `)).toBe(true);
    expect(lines[1]?.startsWith(`${empty}: cannot be read as JSON: `)).toBe(true);
    expect(lines[2]?.startsWith('no/such/dataset.json: cannot be read as JSON: ')).toBe(true);
  });

  it('exits with 2 and shows its usage when given no file', async () => {
    const run = await validate();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run validate -- path/to/dataset.json');
  });
});
