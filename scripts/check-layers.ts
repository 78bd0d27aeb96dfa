import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The layers of `src/`, top to bottom: a module imports only from its own folder or from a
 * lower layer. Folders that share a layer are siblings and never import each other (a feature
 * from another feature, the URL from the dataset). The facet table sits under both the URL and
 * the dataset, which each read it. A new folder gets its place here, or the check fails.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['entry'],
  ['app', 'editor'],
  ['about', 'events-list', 'export', 'filters', 'reader', 'timeline'],
  ['ui'],
  ['i18n'],
  ['url-state', 'dataset', 'locales'],
  ['facets'],
  ['dates', 'text'],
];

/** Helpers of the tests and type declarations: outside the layers. */
const OUTSIDE = new Set(['test', 'types']);

const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

/** Why an import from folder `from` to folder `to` breaks the layers, or undefined when it does not. */
export function layerProblem(from: string, to: string): string | undefined {
  if (from === to || OUTSIDE.has(from)) return undefined;
  const [a, b] = [layerOf(from), layerOf(to)];
  if (a < 0 || b < 0) return `${a < 0 ? from : to}/ is in no layer`;
  if (b < a) return 'upward';
  if (b === a) return 'sideways';
  return undefined;
}

/** The relative imports of a module's source (static, type-only and dynamic). */
export function importsOf(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1] as string);
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every import of `src/` (tests aside) that breaks the layers: `file -> import (why)`. */
export function layerViolations(root: string): string[] {
  const src = join(root, 'src');
  return modules(src).flatMap((file) => {
    const from = relative(src, file).split('/')[0] as string;
    if (OUTSIDE.has(from)) return [];
    return importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
      const to = relative(src, normalize(join(dirname(file), spec))).split('/')[0] as string;
      const problem = layerProblem(from, to);
      return problem ? [`${relative(root, file)} -> ${spec} (${problem})`] : [];
    });
  });
}
