import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compileCatalogues } from './vite-catalogue-plugin.ts';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { ABSOLUTE_TAGS, previewPath, readSiteUrl } from '../src/prerender/head-tags.ts';
import { formerIdPage } from '../src/prerender/former-id-page.ts';
import { resolveEventId } from '../src/dataset/prepare-dataset.ts';
import {
  inLanguage,
  PAGE_LANGUAGES,
  parsePagePath,
  pagePath,
  type Page,
} from '../src/url-state/page-path.ts';
import { renderPreview } from './render-preview.ts';
import { typesetDatasetTranslations } from './typeset-russian.ts';

type RenderModule = typeof import('../src/prerender/render-page.tsx');

const RENDER_MODULE = '/src/prerender/render-page.tsx';
const DATASET = resolve(import.meta.dirname, '..', 'data', 'events.json');
// The dataset as the site serves it: its Russian translations typeset (see vite-data-plugin).
const readDataset = (): unknown =>
  typesetDatasetTranslations(JSON.parse(readFileSync(DATASET, 'utf8')));

/** A page path of the dev server, at its top folder only: `/`, `/letter/`, `/event/<id>/`, and each under `/ru/`. */
function devPage(pathname: string): Page | undefined {
  const { page, root } = parsePagePath(pathname);
  if (root !== '/') return undefined;
  const folder = page.lang === undefined ? '/' : `/${page.lang}/`;
  if (page.kind === 'home' && pathname !== folder && pathname !== `${folder}index.html`)
    return undefined;
  return page;
}

/**
 * The site's pages, rendered by React from the letter's dataset: `index.html`, `letter/` and
 * `event/<id>/` with a preview image each. The build writes them all after bundling; the dev
 * server renders each on request, so `npm start` shows the same pages.
 */
export function prerenderPages(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let ssrBuild = false;
  let queue: Promise<unknown> = Promise.resolve();

  async function renderDev(
    server: ViteDevServer,
    url: string,
    requested: Page,
    pathname: string,
  ): Promise<string | undefined> {
    const render = (await server.ssrLoadModule(RENDER_MODULE)) as RenderModule;
    const raw = readDataset();
    const dataset = await render.prepareSiteDataset(raw);
    // A former id is served the page of the event's current id, as the build writes it.
    const id = requested.kind === 'event' ? resolveEventId(dataset, requested.id) : undefined;
    if (requested.kind === 'event' && id === undefined) return undefined;
    const page: Page =
      id === undefined ? requested : inLanguage({ kind: 'event', id }, requested.lang);
    const template = await server.transformIndexHtml(
      pathname,
      readFileSync(join(root, 'index.html'), 'utf8'),
      url,
    );
    return (
      await render.renderPageFile(
        await render.checkedSiteJson(raw),
        dataset,
        page,
        template,
        readSiteUrl(process.env.SITE_URL),
      )
    ).html;
  }

  return {
    name: 'source-timeline:pages',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      ssrBuild = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        const pathname = url.split(/[?#]/)[0] ?? '/';
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        // A page's relative links need its trailing slash, as a static host adds it.
        const folders = PAGE_LANGUAGES.join('|');
        if (
          new RegExp(`^/(?:(?:${folders})/)?(?:event/[a-z0-9-]+|letter)$|^/(?:${folders})$`).test(
            pathname,
          )
        ) {
          res.statusCode = 301;
          res.setHeader('Location', `${pathname}/${url.slice(pathname.length)}`);
          return res.end();
        }
        // The checked dataset every page names (`assets/dataset-<hash>.json`), as the build writes it.
        if (/^\/(?:.*\/)?assets\/dataset-[0-9a-f]{8}\.json$/.test(pathname)) {
          const rendering = (server.ssrLoadModule(RENDER_MODULE) as Promise<RenderModule>)
            .then((render) => render.checkedSiteJson(readDataset()))
            .then((json) => {
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.end(JSON.stringify(json));
            });
          rendering.catch(next);
          return;
        }
        const preview = new RegExp(
          `^/((?:(?:${folders})/)?(?:event/[a-z0-9-]+/)?)preview\\.png$`,
        ).exec(pathname);
        const page = preview ? devPage(`/${preview[1] ?? ''}`) : devPage(pathname);
        if (!page) return next();
        // One page at a time: a page is rendered in its language, which is the renderer's
        // one active language while it renders.
        const rendering = queue.then(async () => {
          if (preview) {
            const render = (await server.ssrLoadModule(RENDER_MODULE)) as RenderModule;
            const dataset = await render.prepareSiteDataset(readDataset());
            if (page.kind === 'event' && resolveEventId(dataset, page.id) === undefined)
              return next();
            res.setHeader('Content-Type', 'image/png');
            return res.end(await renderPreview(await render.pagePreviewCard(dataset, page)));
          }
          const html = await renderDev(server, url, page, pathname);
          if (html === undefined) return next();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html);
        });
        queue = rendering.catch(() => undefined);
        rendering.catch((error: unknown) => {
          server.ssrFixStacktrace(error as Error);
          next(error);
        });
      });
    },
    async closeBundle() {
      // A build that failed (over its budget, say) wrote no index.html: nothing to render into.
      if (ssrBuild || !existsSync(join(outDir, 'index.html'))) return;
      const started = performance.now();
      const siteUrl = readSiteUrl(process.env.SITE_URL);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      // The pages are rendered from the sources by a module runner, as the dev server does.
      const vite = await createServer({
        configFile: false,
        root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        plugins: [compileCatalogues()],
      });
      try {
        const render = (await vite.ssrLoadModule(RENDER_MODULE)) as RenderModule;
        const raw = readDataset();
        const dataset = await render.prepareSiteDataset(raw);
        const pages = render.sitePages(dataset);
        const checked = await render.checkedSiteJson(raw);
        let aliasPages = 0;
        const sharedFiles = new Set<string>();
        for (const page of pages) {
          const { file, html, shared } = await render.renderPageFile(
            checked,
            dataset,
            page,
            template,
            siteUrl,
          );
          if (!sharedFiles.has(shared.file)) {
            mkdirSync(dirname(join(outDir, shared.file)), { recursive: true });
            writeFileSync(join(outDir, shared.file), shared.json);
            sharedFiles.add(shared.file);
          }
          const png = await renderPreview(await render.pagePreviewCard(dataset, page));
          for (const [path, content] of [
            [file, html],
            [previewPath(page), png],
          ] as const) {
            if (page.kind === 'letter' && path === previewPath(page)) continue;
            mkdirSync(dirname(join(outDir, path)), { recursive: true });
            writeFileSync(join(outDir, path), content);
          }
          // Links saved with an event's former id keep working: the same page under the old
          // address (one folder deep, like its own, so its relative links hold), whose app
          // then rewrites the address to the current id; not indexed, canonical to the current one.
          // Its tags name the current page's preview image; the image is also written beside
          // it, for previews shared (and cached) while the former id was the current one.
          const current = page.kind === 'event' ? page.id : '';
          const former = page.kind === 'event' ? (dataset.byId.get(page.id)?.aliases ?? []) : [];
          for (const alias of former) {
            const folder = pagePath(inLanguage({ kind: 'event', id: alias }, page.lang));
            mkdirSync(join(outDir, folder), { recursive: true });
            writeFileSync(join(outDir, `${folder}index.html`), formerIdPage(html, current));
            writeFileSync(join(outDir, `${folder}preview.png`), png);
          }
          aliasPages += former.length;
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `Prerendered ${pages.length} pages and their preview images, and ${aliasPages} pages at former event ids, in ${seconds} s.`,
        );
        if (siteUrl === undefined) {
          console.log(
            `SITE_URL is not set, so the pages leave out the tags that need absolute addresses: ${ABSOLUTE_TAGS.join(', ')}. ` +
              "Set it to the site's address (SITE_URL=https://example.org/timeline/ npm run build) for link previews with images.",
          );
        }
      } finally {
        await vite.close();
      }
    },
  };
}
