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
 * it ends before the dataset does (a cut download), or it is JSON with a mistake inside.
 */
export type NotJsonKind = 'text' | 'truncated' | 'malformed';

/** Reads a text that did not parse: where it begins, and whether every bracket it opens closes. */
export function notJsonKind(text: string): NotJsonKind {
  const start = text.trimStart();
  if (!/^[[{]/.test(start)) return 'text';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < start.length; i += 1) {
    const c = start[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
  }
  return inString || depth > 0 ? 'truncated' : 'malformed';
}

/** Reads a whole dataset file: the size limit, the encoding, an empty file, the JSON. */
export function parseDatasetBytes(bytes: Uint8Array): ParsedDatasetText {
  if (bytes.byteLength > MAX_DATASET_BYTES) return { ok: false, problem: 'too-large' };
  const text = decodeDatasetBytes(bytes);
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json', detail: notJsonKind(text) };
  }
}
