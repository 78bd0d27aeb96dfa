import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

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
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const name of readdirSync(DATA_DIR)) {
        const file = join(DATA_DIR, name);
        if (!statSync(file).isFile()) continue;
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(file) });
      }
    },
  };
}
