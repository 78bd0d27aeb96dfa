import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { siteDataset } from './site-dataset.ts';
import { typesetDatasetTranslations } from './typeset-russian.ts';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');
const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function contentType(file: string): string {
  const dot = file.lastIndexOf('.');
  return TYPES[file.slice(dot)] ?? 'application/octet-stream';
}

/**
 * A data file as served: a dataset (JSON) with its Russian translations typeset, any other
 * file (the source's text) byte for byte.
 */
export function dataFile(file: string): Buffer | string {
  const bytes = readFileSync(file);
  if (!file.endsWith('.json')) return bytes;
  return `${JSON.stringify(typesetDatasetTranslations(JSON.parse(bytes.toString('utf8'))), null, 2)}\n`;
}

/**
 * The files the site serves under `data/`, by name: everything in `data/` for the letter's site;
 * for a site built with another dataset (SITE_DATASET), that dataset alone, as `events.json`
 * (the address the app loads by default), and none of the letter's files.
 */
export function siteDataFiles(): Map<string, string> {
  const site = siteDataset();
  if (!site.letter) return new Map([['events.json', site.file]]);
  return new Map(
    readdirSync(DATA_DIR)
      .filter((name) => statSync(join(DATA_DIR, name)).isFile())
      .map((name) => [name, join(DATA_DIR, name)]),
  );
}

/**
 * The datasets live in `data/` at the top of the project and are fetched at run time:
 * served under `/data/` by the dev server, copied to `dist/data/` by the build.
 */
export function serveDataFolder(): Plugin {
  const files = siteDataFiles();
  return {
    name: 'source-timeline:data-folder',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        // Only the site's own files, by name: nothing else on the disk can be asked for.
        const file = files.get(path.replace(/^\//, ''));
        if (file === undefined) return next();
        res.setHeader('Content-Type', contentType(file));
        res.end(dataFile(file));
      });
    },
    generateBundle() {
      for (const [name, file] of files) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: dataFile(file) });
      }
    },
  };
}
