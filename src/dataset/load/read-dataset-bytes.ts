/**
 * The largest dataset the app loads, in bytes as they arrive (after any transfer compression is
 * undone): a 291 KB gzip can expand to 450 MB of JSON and take the tab down with it.
 */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

/**
 * The pieces of a download as one array of `total` bytes, copied straight into place: joining
 * them through a Blob sent 50 MB to the browser's blob store and back, a quarter of a second
 * of waiting at 100,000 events.
 */
export function joinPieces(pieces: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}

/** A download as it arrived: its pieces, joined by whoever reads them (the worker). */
export interface DatasetPieces {
  pieces: Uint8Array[];
  total: number;
}

/** The buffers behind the pieces, each once: what is handed over to the worker. */
export function piecesBuffers({ pieces }: DatasetPieces): ArrayBuffer[] {
  return [...new Set(pieces.map((piece) => piece.buffer as ArrayBuffer))];
}

/**
 * The text of a dataset file: UTF-8, with or without a byte-order mark, or UTF-16 (either byte
 * order) with one; the mark is not part of the text. Both the app and the validator read files
 * this way, so they accept the same files.
 */
export function decodeDatasetBytes(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

export type ParsedDatasetText =
  | { ok: true; json: unknown }
  | { ok: false; problem: 'too-large' | 'empty' }
  | { ok: false; problem: 'not-json'; detail: NotJsonKind };

/**
 * What the app can say of a file that is not JSON, in its own words (never the engine's parser
 * message or the server's body): it begins with text or HTML (perhaps a server's error page),
 * it ends before the dataset does (a cut download), it is JSON with a mistake inside, or it is
 * not in the encoding a dataset must use.
 */
export type NotJsonKind = 'text' | 'truncated' | 'malformed' | 'encoding';

/** What JSON may hold outside its strings: space, punctuation, numbers, true, false and null. */
const OUTSIDE_STRINGS = /[\s{}[\]:,0-9+\-.eEtrufalsn]/;

/**
 * Reads a text that did not parse: where it begins, and whether it runs to its end without a
 * mistake, every bracket it opens still open (cut short), or meets a mistake before then.
 */
export function notJsonKind(text: string): NotJsonKind {
  const start = text.trimStart();
  if (!/^[[{]/.test(start)) return 'text';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < start.length; i += 1) {
    const c = start[i] as string;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
    else if (!OUTSIDE_STRINGS.test(c)) return 'malformed';
    if (depth < 0) return 'malformed';
  }
  return inString || depth > 0 ? 'truncated' : 'malformed';
}

/** Control characters a JSON file never holds raw: NULs of UTF-16 without its mark, or worse. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * Whether a file that did not parse was written in another encoding: bytes that are not UTF-8
 * (a character cut at the very end is a cut download, not this), or control characters that
 * only a wrong encoding puts in a text.
 */
function inAnotherEncoding(bytes: Uint8Array, text: string): boolean {
  const [a, b] = bytes;
  const utf16 = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  if (!utf16) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    } catch {
      return true;
    }
  }
  return STRAY_CONTROLS.test(text);
}

/** Reads a whole dataset file: the size limit, the encoding, an empty file, the JSON. */
export function parseDatasetBytes(bytes: Uint8Array): ParsedDatasetText {
  if (bytes.byteLength > MAX_DATASET_BYTES) return { ok: false, problem: 'too-large' };
  const text = decodeDatasetBytes(bytes);
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    const detail = inAnotherEncoding(bytes, text) ? 'encoding' : notJsonKind(text);
    return { ok: false, problem: 'not-json', detail };
  }
}
