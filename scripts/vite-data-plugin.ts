import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
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
 * The datasets live in `data/` at the top of the project and are fetched at run time:
 * served under `/data/` by the dev server, copied to `dist/data/` by the build.
 */
export function serveDataFolder(): Plugin {
  return {
    name: 'source-timeline:data-folder',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = resolve(DATA_DIR, `.${path}`);
        if (!file.startsWith(DATA_DIR + sep)) return next();
        try {
          if (!statSync(file).isFile()) return next();
        } catch {
          return next();
        }
        res.setHeader('Content-Type', contentType(file));
        res.end(dataFile(file));
      });
    },
    generateBundle() {
      for (const name of readdirSync(DATA_DIR)) {
        const file = join(DATA_DIR, name);
        if (!statSync(file).isFile()) continue;
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: dataFile(file) });
      }
    },
  };
}
