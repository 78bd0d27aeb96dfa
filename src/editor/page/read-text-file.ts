/**
 * A document file read in the browser: its text and the SHA-256 of its bytes. A stand-in for
 * the document intake (src/editor/intake/), which reads PDF, Word and HTML too; this one reads
 * plain text and Markdown only, and says so for any other file.
 */
export interface ReadDocument {
  text: string;
  file: { name: string; sha256: string };
}

const TEXT_FILE = /\.(?:txt|md|markdown)$/i;

export class UnreadableFile extends Error {}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function readTextFile(file: File): Promise<ReadDocument> {
  if (!TEXT_FILE.test(file.name)) throw new UnreadableFile(file.name);
  const bytes = await file.arrayBuffer();
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, file: { name: file.name, sha256: await sha256(bytes) } };
}

/** A new draft's id: 16 random letters and digits. */
export function newDraftId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((n) => alphabet[n % alphabet.length] ?? 'a')
    .join('');
}
