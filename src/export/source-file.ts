/** A path of plain segments: letters, digits, `.`, `_`, `-` and spaces, never `.` or `..` alone. */
const SEGMENT = /^[\p{L}\p{N}_. -]+$/u;

/**
 * Where the document's source file is, beside its dataset: `data/joint-letter-2014-12-16.txt`
 * for the file `joint-letter-2014-12-16.txt` of `data/events.json`. Null for anything that is
 * not a plain relative path (another site, a scheme, `/`, `..`, a query), which is never linked.
 */
export function sourceFileHref(datasetPath: string, file: string): string | null {
  const segments = file.split('/');
  const plain = segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..' && s.trim() === s);
  if (!plain) return null;
  const folder = datasetPath.slice(0, datasetPath.lastIndexOf('/') + 1);
  return `${folder}${segments.map(encodeURIComponent).join('/')}`;
}

/** The file's name alone, for the saved file: `joint-letter-2014-12-16.txt`. */
export function sourceFileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
