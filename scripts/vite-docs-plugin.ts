import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { siteDataset } from './site-dataset.ts';

/** Documents the app links to, published beside the page (served as plain text). */
const PUBLISHED_DOCS = ['fidelity-audit.md'];
const DOCS_DIR = resolve(import.meta.dirname, '..', 'docs');

/**
 * "About this timeline" links to the letter's fidelity audit: the dev server serves it under
 * `/docs/`, and the build copies it to `dist/docs/`, so it works from any static host.
 */
export function publishDocs(): Plugin {
  // The audit is the letter's: a site built with another dataset publishes none, and its About
  // links to none (src/app/StoryAside.tsx).
  const published = siteDataset().letter ? PUBLISHED_DOCS : [];
  return {
    name: 'source-timeline:publish-docs',
    configureServer(server) {
      server.middlewares.use('/docs', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\//, '');
        if (!published.includes(name)) return next();
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(readFileSync(resolve(DOCS_DIR, name)));
      });
    },
    generateBundle() {
      for (const name of published) {
        this.emitFile({
          type: 'asset',
          fileName: `docs/${name}`,
          source: readFileSync(resolve(DOCS_DIR, name)),
        });
      }
    },
  };
}
