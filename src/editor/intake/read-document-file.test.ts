import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_AUTHOR,
  FIXTURE_PARAGRAPHS,
  FIXTURE_TITLE,
} from '../../../scripts/make-intake-fixtures.ts';
import { IntakeRefused, INTAKE_LIMITS, type IntakeRefusal } from './intake-types.ts';
import { pdfParagraphs } from './pdf-paragraphs.ts';
import { readDocumentFile, sha256Hex, type ReadOptions } from './read-document-file.ts';

const fixture = (name: string) =>
  new File([readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url))], name);
const { DOMParser } = new JSDOM('').window;
const options: ReadOptions = {
  domParser: new DOMParser(),
  // PDF.js's build for Node, its worker run in the same thread.
  pdf: (bytes) => pdfParagraphs(bytes, () => import('pdfjs-dist/legacy/build/pdf.mjs')),
};
const read = (name: string, text: string) => readDocumentFile(new File([text], name), options);
const texts = (intake: { paragraphs: { text: string }[] }) => intake.paragraphs.map((p) => p.text);

async function refusal(reading: Promise<unknown>): Promise<IntakeRefusal> {
  const error: unknown = await reading.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IntakeRefused);
  return (error as IntakeRefused).refusal;
}

describe('readDocumentFile', () => {
  it('reads plain text as written, a paragraph between blank lines', async () => {
    const intake = await read(
      'letter.txt',
      '\uFEFFDear Mr. President\r\n\r\n  In the past\nfew days.  \n \n\n\nYours truly,\n',
    );
    expect(intake.paragraphs).toEqual([
      { id: 'p1', text: 'Dear Mr. President' },
      { id: 'p2', text: 'In the past\nfew days.' },
      { id: 'p3', text: 'Yours truly,' },
    ]);
    expect(intake.fileName).toBe('letter.txt');
    expect(intake.fields).toEqual({});
  });

  it('leaves Markdown unrendered, and takes its first heading as the title', async () => {
    const intake = await read('notes.md', '# A *report*\n\nSome **bold** [words](#).\n\n- a list');
    expect(texts(intake)).toEqual(['# A *report*', 'Some **bold** [words](#).', '- a list']);
    expect(intake.fields).toEqual({ title: 'A *report*' });
  });

  it('reads HTML as text: blocks make paragraphs, scripts and styles are not text', async () => {
    const html = `<!doctype html><html lang="en"><head><title> Joint
      letter </title><meta name="author" content="Human Rights Watch"><meta name="dcterms.date" content="2014-12-16T10:00">
      <style>p { color: red }</style></head><body><h1>Joint   Letter</h1>
      <p>On 14 December, <b>several</b> officials<br>entered.</p><script>alert(1)</script>
      <ul><li>One</li><li>Two <img src=x onerror="alert(2)"></li></ul><div>Loose text</div></body></html>`;
    const intake = await read('page.html', html);
    expect(texts(intake)).toEqual([
      'Joint Letter',
      'On 14 December, several officials\nentered.',
      'One',
      'Two',
      'Loose text',
    ]);
    expect(intake.fields).toEqual({
      title: 'Joint letter',
      authors: ['Human Rights Watch'],
      date: '2014-12-16',
      language: 'en',
    });
  });

  it('reads a Word file paragraph by paragraph', async () => {
    const intake = await readDocumentFile(fixture('letter-excerpt.docx'), options);
    expect(texts(intake)).toEqual([...FIXTURE_PARAGRAPHS]);
  });

  it('reads a PDF line by line into its paragraphs, with its title, author and date', async () => {
    const intake = await readDocumentFile(fixture('letter-excerpt.pdf'), options);
    expect(texts(intake)).toEqual([...FIXTURE_PARAGRAPHS]);
    expect(intake.fields).toEqual({
      title: FIXTURE_TITLE,
      authors: [FIXTURE_AUTHOR],
      date: '2014-12-16',
    });
  });

  it('refuses a PDF with no text to select', async () => {
    expect(await refusal(readDocumentFile(fixture('no-text.pdf'), options))).toEqual({
      code: 'no-text',
    });
  });

  it('refuses an encrypted PDF', async () => {
    const locked = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    const pdfjs = {
      getDocument: () => ({ promise: Promise.reject(locked), destroy: async () => {} }),
    };
    const reading = pdfParagraphs(new Uint8Array(1), async () => pdfjs as never);
    expect(await refusal(reading)).toEqual({ code: 'encrypted' });
  });

  it('computes the SHA-256 of the bytes as opened', async () => {
    const intake = await read('a.txt', 'abc');
    expect(intake.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it.each([
    ['a file type it does not read', () => read('sheet.xlsx', 'x'), { code: 'unsupported-type' }],
    [
      'text that is not UTF-8',
      () => readDocumentFile(new File([new Uint8Array([0xc3, 0x28])], 'a.txt')),
      { code: 'unreadable' },
    ],
    ['a file with no text', () => read('empty.txt', ' \n\n '), { code: 'no-text' }],
    [
      'a paragraph longer than a dataset allows',
      () => read('long.txt', `short\n\n${'a'.repeat(INTAKE_LIMITS.paragraphLength + 1)}`),
      {
        code: 'paragraph-too-long',
        paragraph: 2,
        length: INTAKE_LIMITS.paragraphLength + 1,
        max: INTAKE_LIMITS.paragraphLength,
      },
    ],
    [
      'more paragraphs than a dataset allows',
      () =>
        read(
          'many.txt',
          Array.from({ length: INTAKE_LIMITS.paragraphs + 1 }, () => 'x').join('\n\n'),
        ),
      {
        code: 'too-many-paragraphs',
        count: INTAKE_LIMITS.paragraphs + 1,
        max: INTAKE_LIMITS.paragraphs,
      },
    ],
  ])('refuses %s', async (_, reading, expected) => {
    expect(await refusal(reading())).toEqual(expected);
  });

  it('refuses a file larger than a dataset may be, before reading it', async () => {
    const huge = {
      name: 'big.txt',
      size: INTAKE_LIMITS.bytes + 1,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    expect(await refusal(readDocumentFile(huge as unknown as File))).toEqual({
      code: 'file-too-large',
      size: INTAKE_LIMITS.bytes + 1,
      max: INTAKE_LIMITS.bytes,
    });
  });
});
