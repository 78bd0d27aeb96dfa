import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PreparedDataset } from '../../dataset/prepare-dataset.ts';
import type { Page } from '../../url-state/page-path.ts';
import { checkedSiteJson, prepareSiteDataset, renderPageFile } from './render-page.tsx';

/** The built page template, which the prerenderer fills. */
export const PAGE_TEMPLATE = readFileSync(
  resolve(import.meta.dirname, '..', '..', '..', 'index.html'),
  'utf8',
);

/**
 * Renders the home page, or the page of the dataset's first event, from a raw dataset, as the
 * build does (with a site address, so every tag is written). For tests of what a page carries.
 */
export async function renderTestPage(
  raw: unknown,
  which: 'home' | 'event',
): Promise<{ html: string; dataset: PreparedDataset; page: Page }> {
  const dataset = await prepareSiteDataset(raw);
  const checked = await checkedSiteJson(raw);
  const event = dataset.events[0];
  if (!event) throw new Error('no event');
  const page: Page = which === 'home' ? { kind: 'home' } : { kind: 'event', id: event.id };
  const { html } = await renderPageFile(checked, dataset, page, PAGE_TEMPLATE, 'https://e.org/');
  return { html, dataset, page };
}
