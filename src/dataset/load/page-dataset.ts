import type { Dataset } from '../check/schema.ts';

/**
 * A prerendered page carries its dataset as a data block (`<script type="application/json">`,
 * which no browser executes, so the Content-Security-Policy stays closed to inline scripts):
 * the app starts from it instead of asking the server again.
 */
export const PAGE_DATASET_ID = 'page-dataset';

/** JSON that cannot close its script element or open a comment, whatever its strings hold. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The one file that holds the letter's checked dataset for every page, inside the site's folder:
 * named by its content, so a browser fetches it once and keeps it while it stays the same. A page
 * names it in its data block as `{ "src": … }` (an older page holds the dataset itself).
 */
export function siteDatasetFile(json: string): string {
  // FNV-1a, 32 bits: a name that changes with the content, not a security measure.
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i += 1) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `assets/dataset-${hash.toString(16).padStart(8, '0')}.json`;
}

/** The shared file a page's data block names, or undefined when the block holds the dataset itself. */
export function sharedDatasetPath(block: unknown): string | undefined {
  if (typeof block !== 'object' || block === null || !('src' in block)) return undefined;
  const { src } = block as { src: unknown };
  return typeof src === 'string' && /^assets\/dataset-[0-9a-f]{8}\.json$/.test(src)
    ? src
    : undefined;
}

/** The page's embedded dataset, unchecked; undefined when the page has none or it is not JSON. */
export function readPageDataset(doc: Document): unknown {
  const text = doc.getElementById(PAGE_DATASET_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The outline of a checked dataset: enough that preparing it cannot throw. A page's data block
 * holds what the build's checker returned; anything else (a damaged page) is fetched instead.
 */
export function looksChecked(json: unknown): json is Dataset {
  if (typeof json !== 'object' || json === null) return false;
  const { document, events } = json as { document?: unknown; events?: unknown };
  if (!Array.isArray(events) || typeof document !== 'object' || document === null) return false;
  const { paragraphs } = document as { paragraphs?: unknown };
  return (
    Array.isArray(paragraphs) &&
    events.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { start?: unknown }).start === 'string' &&
        Array.isArray((e as { sources?: unknown }).sources),
    )
  );
}
