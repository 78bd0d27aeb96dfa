import { docxParagraphs } from './docx-paragraphs.ts';
import { htmlParagraphs } from './html-paragraphs.ts';
import {
  INTAKE_LIMITS,
  IntakeRefused,
  toParagraphs,
  type DocumentFields,
  type DocumentIntake,
} from './intake-types.ts';
import { pdfParagraphs } from './pdf-paragraphs.ts';
import { markdownFields, splitOnBlankLines } from './text-paragraphs.ts';

/** The file types the editor opens, by their name's ending (what the file picker offers). */
export const DOCUMENT_TYPES = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'] as const;

/** SHA-256 of bytes, lower-case hex, by Web Crypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The text of bytes: UTF-8 unless a byte-order mark says UTF-16; an unreadable byte refuses. */
function decode(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new IntakeRefused({ code: 'unreadable' }, error);
  }
}

const ending = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';

export interface ReadOptions {
  /** Another reader of PDFs and Word files (tests load PDF.js's build for Node). */
  pdf?: typeof pdfParagraphs;
  docx?: typeof docxParagraphs;
  /** Another DOMParser where the platform has none (Node). */
  domParser?: DOMParser;
}

async function extract(
  type: string,
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<{ paragraphs: string[]; fields: DocumentFields }> {
  switch (type) {
    case '.txt':
      return { paragraphs: splitOnBlankLines(decode(bytes)), fields: {} };
    case '.md': {
      const text = decode(bytes);
      return { paragraphs: splitOnBlankLines(text), fields: markdownFields(text) };
    }
    case '.html':
    case '.htm':
      return htmlParagraphs(decode(bytes), options.domParser);
    case '.pdf':
      return (options.pdf ?? pdfParagraphs)(bytes);
    case '.docx':
      return { paragraphs: await (options.docx ?? docxParagraphs)(bytes), fields: {} };
    default:
      throw new IntakeRefused({ code: 'unsupported-type' });
  }
}

/**
 * A document file as paragraphs the reader can check against it, with the SHA-256 of its bytes
 * and what the file says of itself. Rejects with `IntakeRefused` (a code for the UI to word).
 */
export async function readDocumentFile(
  file: File,
  options: ReadOptions = {},
): Promise<DocumentIntake> {
  const type = ending(file.name);
  if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) {
    throw new IntakeRefused({ code: 'unsupported-type' });
  }
  if (file.size > INTAKE_LIMITS.bytes) {
    throw new IntakeRefused({ code: 'file-too-large', size: file.size, max: INTAKE_LIMITS.bytes });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const [sha256, { paragraphs, fields }] = await Promise.all([
    sha256Hex(bytes),
    extract(type, bytes, options),
  ]);
  const kept = toParagraphs(paragraphs);
  if (kept.length === 0) throw new IntakeRefused({ code: 'no-text' });
  return { paragraphs: kept, fileName: file.name, sha256, fields };
}
