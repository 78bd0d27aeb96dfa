import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer } from 'vite';
import { formerIdPage } from '../src/entry/prerender/former-id-page.ts';
import { ABSOLUTE_TAGS, previewPath, readSiteUrl } from '../src/entry/prerender/head-tags.ts';
import { inLanguage, pagePath } from '../src/url-state/page-path.ts';
import { renderPreview } from './render-preview.ts';
import { siteDataset } from './site-dataset.ts';
import { typesetDatasetTranslations } from './typeset-russian.ts';
import { compileCatalogues } from './vite-catalogue-plugin.ts';

export type RenderModule = typeof import('../src/entry/prerender/render-page.tsx');

export const RENDER_MODULE = '/src/entry/prerender/render-page.tsx';
// The site's dataset: the letter's, or the file SITE_DATASET names.
const DATASET = siteDataset().file;
// The dataset as the site serves it: its Russian translations typeset (see vite-data-plugin).
export const readDataset = (): unknown =>
  typesetDatasetTranslations(JSON.parse(readFileSync(DATASET, 'utf8')));

/**
 * Writes the site's pages into the built `outDir` (whose `index.html` is their template): each
 * page with its preview image, the shared dataset file, and a page at each former event id.
 */
export async function writeSitePages(root: string, outDir: string): Promise<void> {
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
    // What a static host serves for an address it has no file for, in every language.
    writeFileSync(join(outDir, '404.html'), await render.renderNotFoundPage(siteUrl));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Prerendered ${pages.length} pages and their preview images, ${aliasPages} pages at former event ids and 404.html, in ${seconds} s.`,
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
}
