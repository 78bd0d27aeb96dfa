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
