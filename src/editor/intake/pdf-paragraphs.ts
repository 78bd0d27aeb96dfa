import type { DocumentFields } from './intake-types.ts';
import { IntakeRefused } from './intake-types.ts';

type Pdfjs = typeof import('pdfjs-dist');

/** PDF.js for the browser, its worker a file of the site's own (the CSP allows only 'self'). */
export async function loadPdfjs(): Promise<Pdfjs> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

interface Line {
  text: string;
  y: number;
}

interface TextPiece {
  str: string;
  transform: number[];
  hasEOL: boolean;
}

const isPiece = (item: object): item is TextPiece => 'str' in item;

/** A page's lines, top to bottom as the PDF gives its text (no reordering of columns). */
function pageLines(items: readonly object[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | undefined;
  const end = () => {
    if (text.trim() !== '' && y !== undefined) lines.push({ text: text.trim(), y });
    text = '';
    y = undefined;
  };
  for (const item of items) {
    if (!isPiece(item)) continue;
    const at = item.transform[5] ?? 0;
    // A piece well below the line's start begins a new line even without an end-of-line mark.
    if (y !== undefined && Math.abs(at - y) > 2 && text.trim() !== '') end();
    y ??= at;
    text += item.str;
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/**
 * Lines joined into paragraphs by the gap between them: a gap clearly wider than the page's
 * usual line spacing (its median) starts a paragraph, and so does every new page.
 */
export function linesToParagraphs(lines: readonly Line[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, index) => (lines[index]?.y ?? 0) - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const paragraphs: string[] = [];
  let current: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const gap = previous ? previous.y - line.y : 0;
    if (previous && (gap <= 0 || gap > usual * 1.4)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    current.push(line.text);
  });
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** `D:20141216093000+03'00'` → `2014-12-16`, as far as the date goes. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value);
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

function infoFields(info: unknown): DocumentFields {
  const record = (typeof info === 'object' && info !== null ? info : {}) as Record<string, unknown>;
  const text = (key: string) => {
    const value = record[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const fields: DocumentFields = {};
  const title = text('Title');
  const author = text('Author');
  const date = pdfDate(record.CreationDate);
  const language = text('Language');
  if (title) fields.title = title;
  if (author) fields.authors = [author];
  if (date) fields.date = date;
  if (language) fields.language = language;
  return fields;
}

/** The paragraphs and metadata of a PDF's text layer; refused when encrypted or textless. */
export async function pdfParagraphs(
  bytes: Uint8Array,
  load: () => Promise<Pdfjs> = loadPdfjs,
): Promise<{ paragraphs: string[]; fields: DocumentFields }> {
  const pdfjs = await load();
  // PDF.js takes the buffer over: give it a copy so the caller's bytes stay whole.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const name = error instanceof Error ? error.name : '';
      throw new IntakeRefused(
        { code: name === 'PasswordException' ? 'encrypted' : 'unreadable' },
        error,
      );
    });
    const paragraphs: string[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      paragraphs.push(...linesToParagraphs(pageLines(content.items)));
    }
    if (paragraphs.every((text) => text.trim() === ''))
      throw new IntakeRefused({ code: 'no-text' });
    const { info } = await doc.getMetadata();
    return { paragraphs, fields: infoFields(info) };
  } finally {
    await task.destroy();
  }
}
