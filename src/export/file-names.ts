/** Names that say nothing about which dataset a file came from. */
const GENERIC_NAMES = new Set(['events', 'dataset', 'data', 'index', 'timeline']);

/** Lower-case letters and digits of any script, single hyphens between them, at most 60 characters. */
function slug(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

function stem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return slug(dot > 0 ? name.slice(0, dot) : name);
}

/**
 * A short, readable name for a dataset, the first part of every file name it exports: the
 * dataset file's name (`my-report` for `datasets/my-report.json`), or, when that name is
 * generic (`events.json`) or the dataset is a file opened in this browser, the name of its source
 * file (`joint-letter-2014-12-16`).
 */
export function datasetShortName(datasetPath: string, sourceFile?: string): string {
  // A file opened in this browser (`file:<key>`) is named by its key alone: no name to show.
  const own = datasetPath.startsWith('file:') ? '' : stem(datasetPath);
  if (own !== '' && !GENERIC_NAMES.has(own)) return own;
  const source = sourceFile === undefined ? '' : stem(sourceFile);
  return source !== '' ? source : own !== '' ? own : 'dataset';
}

/** `joint-letter-2014-12-16-events.csv`, `…-events-filtered.csv` when a filter chose the events. */
export function exportFileName(
  shortName: string,
  what: string,
  extension: string,
  filtered = false,
): string {
  return `${shortName}-${what}${filtered ? '-filtered' : ''}.${extension}`;
}
