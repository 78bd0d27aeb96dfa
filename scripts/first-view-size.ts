import { gzipSync } from 'node:zlib';

/** The first view's JS + CSS, gzip (level 6), may not exceed this many KB (of 1,024 bytes). */
export const FIRST_VIEW_BUDGET_KB = 226;

/** The parts of a bundle output this check reads (Rollup's and Rolldown's chunks and assets). */
export type BundleFile =
  | {
      type: 'chunk';
      fileName: string;
      code: string;
      isEntry: boolean;
      imports: readonly string[];
      dynamicImports: readonly string[];
      viteMetadata?: { importedCss: ReadonlySet<string> } | undefined;
    }
  | { type: 'asset'; fileName: string; source: string | Uint8Array };

const loadsApp = (file: BundleFile) =>
  file.type === 'chunk' && file.isEntry && file.dynamicImports.some((f) => f.includes('/main-'));

/**
 * The viewer's entry: the one that loads the app (src/entry/main.tsx). Other pages' entries
 * (the editor's, edit/) are their own first views, never the viewer's.
 */
export function viewerEntry(bundle: Readonly<Record<string, BundleFile>>): BundleFile | undefined {
  const entries = Object.values(bundle).filter((f) => f.type === 'chunk' && f.isEntry);
  return entries.find(loadsApp) ?? entries[0];
}

/**
 * The files a first view loads: the page's entry, the app it imports at once (src/entry/main.tsx,
 * which the page also preloads), every chunk they import statically, and their stylesheets.
 * What loads on first use (dynamic imports of the app, workers) is not among them.
 */
export function firstViewFiles(bundle: Readonly<Record<string, BundleFile>>): string[] {
  const entry = viewerEntry(bundle);
  if (!entry || entry.type !== 'chunk') return [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (seen.has(file) || !chunk) return;
    seen.add(file);
    if (chunk.type !== 'chunk') return;
    chunk.imports.forEach(visit);
    chunk.viteMetadata?.importedCss.forEach(visit);
  };
  visit(entry.fileName);
  entry.dynamicImports.filter((file) => file.includes('/main-')).forEach(visit);
  return [...seen];
}

export function gzipBytes(file: BundleFile): number {
  const content = file.type === 'chunk' ? file.code : file.source;
  return gzipSync(content, { level: 6 }).byteLength;
}

/** The first view's files with their gzip sizes, and the total in KB. */
export function firstViewSize(bundle: Readonly<Record<string, BundleFile>>) {
  const files = firstViewFiles(bundle).map((name) => {
    const file = bundle[name];
    return { name, bytes: file ? gzipBytes(file) : 0 };
  });
  const kb = files.reduce((sum, f) => sum + f.bytes, 0) / 1024;
  return { files, kb };
}
