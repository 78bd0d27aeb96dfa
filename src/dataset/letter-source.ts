/**
 * The letter's source file as this site publishes it beside its own dataset, and a fingerprint
 * of the paragraphs taken from it. Another dataset (`?data=`) is offered this file and its
 * checksum only when its paragraphs are these, word for word: a dataset that copies the
 * letter's title, organisations and checksum but changes a paragraph is not the letter.
 * The figures are fixed here, not computed on the first view; `letter-source.test.ts` proves
 * them against the file and the letter's dataset.
 */
export const LETTER_SOURCE = {
  /** The file, beside the letter's dataset in `data/`. */
  file: 'joint-letter-2014-12-16.txt',
  /** The file's SHA-256. */
  sha256: 'e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62',
  /** How many paragraphs the letter has (a dataset with another count is not compared further). */
  paragraphCount: 18,
  /** The SHA-256 of the paragraphs' texts, in order, as a JSON array of strings (`paragraphsDigest`). */
  paragraphsSha256: 'f6a24eeb30d282e55cffc6b9b508b9ed334c0aa37b67868c84821c2b032cab6b',
} as const;

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The SHA-256 of paragraph texts, in order, as a JSON array of strings. Undefined where the
 * browser offers no digest (a page served over plain HTTP from another host): nothing can then
 * be proved, and nothing is offered.
 */
export async function paragraphsDigest(texts: readonly string[]): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return undefined;
  const bytes = new TextEncoder().encode(JSON.stringify(texts));
  return hex(await subtle.digest('SHA-256', bytes));
}

/** Whether these paragraphs are the letter's, word for word (false when it cannot be told). */
export async function isLetterText(texts: readonly string[]): Promise<boolean> {
  if (texts.length !== LETTER_SOURCE.paragraphCount) return false;
  return (await paragraphsDigest(texts)) === LETTER_SOURCE.paragraphsSha256;
}
