import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBadDatasets } from '../src/test/bad-datasets.ts';
import { USAGE, validateFiles } from './validate-files.ts';

const ROOT = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'validate-cli-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** tsx's command-line entry, the one `npm run validate` runs (without npx's own start-up). */
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/** Runs `tsx scripts/validate.ts …` from the project folder, as `npm run validate` does. */
function spawnValidate(...files: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [TSX_CLI, 'scripts/validate.ts', ...files],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        done({ status, stdout, stderr });
      },
    );
  });
}

/** The same checks in this process (paths relative to the project folder), as the console would show them. */
async function validate(...files: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const inRoot = files.map((f) => resolve(ROOT, f));
  const status = await validateFiles(inRoot, {
    log: (line) => stdout.push(`${line}\n`),
    error: (line) => stderr.push(`${line}\n`),
  });
  const named = (text: string) => files.reduce((t, f, i) => t.split(inRoot[i] ?? f).join(f), text);
  return { status, stdout: named(stdout.join('')), stderr: named(stderr.join('')) };
}

const corpus = readBadDatasets();
const relativeTo = (path: string) => relative(ROOT, path);

describe('scripts/validate.ts', () => {
  // One run of the command itself proves its wiring (arguments in, exit code out); the rest run
  // in this process, where each check costs milliseconds instead of a second of tsx start-up.
  // validate-dataset.test.ts checks 40,000 wrong events and a million wrong values; here a
  // file with far more than 100 problems shows how the command lists and counts them.
  it('lists the first 100 problems of 2,000 wrong events and counts the rest', async () => {
    const file = join(scratch, 'empty-events.json');
    writeFileSync(
      file,
      JSON.stringify({ document: {}, events: Array.from({ length: 2_000 }, () => ({})) }),
    );
    const run = await validate(file);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(102);
    expect(lines[0]).toMatch(/: 16004 problem\(s\)$/);
    expect(lines[101]).toMatch(/^ {2}… and \d+ more \(the first 100 are listed\)$/);
  });

  it('exits with 0 and counts the events of the letter dataset', async () => {
    const run = await spawnValidate('data/events.json');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('data/events.json: valid (20 events, 18 paragraphs)');
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
    expect(run.stdout).toBe('data/events.json: valid (20 events, 18 paragraphs)\n');
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
    expect(lines).toEqual([
      `${truncated}: cannot be read as JSON: it ends before the dataset does (the file may have been cut short)`,
      `${empty}: cannot be read as JSON: the file is empty`,
      // A missing file is said plainly, not as a JSON problem in the system's words.
      'no/such/dataset.json: no such file',
    ]);
  });

  it('reads files as the app does: a byte-order mark, or UTF-16 with one, is accepted', async () => {
    const letter = readFileSync(join(ROOT, 'data', 'events.json'));
    const bom = join(scratch, 'bom.json');
    const utf16le = join(scratch, 'utf16le.json');
    const utf16be = join(scratch, 'utf16be.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), letter]));
    const le = Buffer.from(letter.toString('utf8'), 'utf16le');
    writeFileSync(utf16le, Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]));
    const run = await validate(bom, utf16le, utf16be);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(
      [bom, utf16le, utf16be].map((f) => `${f}: valid (20 events, 18 paragraphs)`),
    );
    expect(run.status).toBe(0);
  });

  it('refuses what the app refuses: a file over 100 MB, and one with only white space', async () => {
    const huge = join(scratch, 'huge.json');
    const blank = join(scratch, 'blank.json');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024 + 1);
    writeFileSync(blank, ' \n\t ');
    const run = await validate(huge, blank);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${huge}: too large: over 100 MB, the most the app loads\n${blank}: cannot be read as JSON: the file is empty\n`,
    );
  });

  it('refuses, as the app does, a dataset of more events than the app loads, before checking them', async () => {
    const many = join(scratch, 'many.json');
    writeFileSync(many, JSON.stringify({ events: Array.from({ length: 250_001 }, () => ({})) }));
    const run = await validate(many);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${many}: too large: 250,001 events, over 250,000, the most the app loads\n`,
    );
  });

  it('writes the control characters of a value out, so an ANSI escape cannot erase lines and print a fake result', async () => {
    const file = join(scratch, 'ansi.json');
    const dataset = JSON.parse(readFileSync(join(ROOT, 'data', 'events.json'), 'utf8')) as {
      events: { edtf: string }[];
    };
    const first = dataset.events[0];
    if (first)
      first.edtf = '\u001b[1A\u001b[2K\rdata/events.json: valid (16 events, 18 paragraphs)';
    writeFileSync(file, JSON.stringify(dataset));
    const run = await validate(file);
    expect(run.status).toBe(1);
    expect([...run.stderr].filter((ch) => ch !== '\n' && /\p{Cc}/u.test(ch))).toEqual([]);
    expect(run.stderr).toContain(
      '"\\u001B[1A\\u001B[2K\\u000Ddata/events.json: valid (16 events, 18 paragraphs)" is not a valid EDTF date',
    );
  });

  it('exits with 2 and shows its usage when given no file', async () => {
    const run = await validate();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${USAGE}\n`);
  });
});
