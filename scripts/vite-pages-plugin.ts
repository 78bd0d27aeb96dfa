import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readSiteUrl } from '../src/entry/prerender/head-tags.ts';
import { resolveEventId } from '../src/dataset/prepare-dataset.ts';
import {
  inLanguage,
  PAGE_LANGUAGES,
  parsePagePath,
  type Page,
} from '../src/url-state/page-path.ts';
import { renderPreview } from './render-preview.ts';

import { readDataset, RENDER_MODULE, writeSitePages, type RenderModule } from './write-pages.ts';

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
      await writeSitePages(root, outDir);
    },
  };
}
