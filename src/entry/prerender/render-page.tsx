import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from '../../app/App.tsx';
import { preloadAboutView } from '../../about/LazyAboutView.tsx';
import { preloadLetterReader } from '../../reader/LazyLetterReader.tsx';
import { DEFAULT_DATASET } from '../../dataset/load/dataset-query-key.ts';
import { PAGE_DATASET_ID, siteDatasetFile, toScriptJson } from '../../dataset/load/page-dataset.ts';
import { prepareDataset, type PreparedDataset } from '../../dataset/prepare-dataset.ts';
import { formatProblem, validateDataset } from '../../dataset/check/validate-dataset.ts';
import type { Dataset } from '../../dataset/check/schema.ts';
import { dateWords } from '../../i18n/format-dates.ts';
import { forDocument } from '../../i18n/document-words.ts';
import { siteHoldsLetter } from '../../dataset/site-dataset.ts';
import { activateLanguage, i18n } from '../../i18n/i18n.ts';
import type { Language } from '../../i18n/languages.ts';
import { PageSiteContext } from '../../url-state/page-location.ts';
import {
  inLanguage,
  PAGE_LANGUAGES,
  pagePath,
  rootPrefix,
  type Page,
} from '../../url-state/page-path.ts';
import { pageHead, type PageWords } from './head-tags.ts';
import { missingCodeNote } from './missing-code-note.ts';
import { notFoundPage, notFoundWords, type NotFoundWords } from './not-found-page.ts';
import { previewCard, type PreviewCard } from './preview-card.ts';

/**
 * The pages are the app itself, rendered to HTML with React (everything but the timeline's
 * drawing, which needs a browser), so a page and the app that starts on top of it cannot
 * differ. The browser then hydrates the same tree from the dataset the page embeds.
 */

/** The letter's dataset as the checker returns it (defaults filled in); throws on any problem. */
export async function checkSiteDataset(raw: unknown): Promise<Dataset> {
  const result = await validateDataset(raw);
  if (!result.ok) {
    throw new Error(
      `The dataset cannot be prerendered:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  return result.dataset;
}

/** What a page embeds: the dataset checked at build time (no checker in the first view's code). */
export async function checkedSiteJson(raw: unknown): Promise<unknown> {
  return JSON.parse(JSON.stringify(await checkSiteDataset(raw))) as unknown;
}

/** The site's dataset checked and prepared as the app prepares it; throws on any problem. */
export async function prepareSiteDataset(raw: unknown): Promise<PreparedDataset> {
  return prepareDataset(await checkSiteDataset(raw));
}

/** Every page the site has: home, the letter, one per event; then the same in each other language's folder. */
export function sitePages(dataset: PreparedDataset): Page[] {
  const pages: Page[] = [
    { kind: 'home' },
    { kind: 'letter' },
    ...dataset.events.map((e) => ({ kind: 'event', id: e.id }) as const),
  ];
  return [undefined, ...PAGE_LANGUAGES].flatMap((lang) => pages.map((p) => inLanguage(p, lang)));
}

/** A page's language made the interface's: its words (the letter's or a document's), dates. */
export async function pageWords(page: Page): Promise<PageWords> {
  const language: Language = page.lang ?? 'en';
  await activateLanguage(language);
  const t = forDocument((id, values) => i18n._(id, values), siteHoldsLetter());
  return { language, t, dates: dateWords(language, t) };
}

/** What a page's preview image shows, in the page's language. */
export async function pagePreviewCard(dataset: PreparedDataset, page: Page): Promise<PreviewCard> {
  return previewCard(dataset, page, await pageWords(page));
}

/** The app's HTML for one page, as the browser will hydrate it, in the page's language. */
export async function renderBody(dataset: PreparedDataset, page: Page): Promise<string> {
  await pageWords(page);
  const site = {
    letterStart: dataset.document.paragraphs[0]?.id,
    renderedPath: `/${pagePath(page)}`,
  };
  // Parts that load on first use in the browser are loaded here first, so the page's HTML holds
  // them as they are (a part that arrived during the render would need an inline script).
  await Promise.all([preloadLetterReader(), preloadAboutView()]);
  const { prelude } = await prerender(
    <StrictMode>
      <PageSiteContext value={site}>
        <App seed={{ path: DEFAULT_DATASET, dataset }} />
      </PageSiteContext>
    </StrictMode>,
    // A large part inside a Suspense boundary (the whole letter) stays in place in the HTML:
    // React would otherwise move it after the page with an inline script to put it back,
    // which the page's policy forbids and which a reader without JavaScript never sees.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return await new Response(prelude).text();
}

/**
 * A complete page from the site's `index.html`: its own head, the app's HTML in the root (marked
 * for hydration), a data block (`raw`: what names the dataset), and addresses that work from it.
 */
export function composeDocument(
  template: string,
  parts: {
    page: Page;
    head: string;
    body: string;
    raw: unknown;
    siteUrl?: string | undefined;
    /** HTML shown before the app's root, hidden by the app's stylesheet (`missingCodeNote`). */
    note?: string;
  },
): string {
  // With the site's address known, the app's files are addressed from the site's folder, so a
  // mistyped address the host still serves (`event/<id>//`) loads them; without it, relatively.
  const prefix =
    parts.siteUrl === undefined ? rootPrefix(parts.page) : new URL(parts.siteUrl).pathname;
  const root = /<div id="root">[\s\S]*?<\/div>/;
  if (!root.test(template))
    throw new Error('index.html has no <div id="root">…</div> to render into.');
  return (
    template
      .replace(/<html lang="[^"]*"/, `<html lang="${parts.page.lang ?? 'en'}"`)
      .replace(/\s*<title>[\s\S]*?<\/title>/, '')
      .replace(/\s*<meta name="description"[^>]*>/, '')
      // Replacer functions throughout: the head holds the dataset's words, and a `$` in them
      // (US$1,000,000, `$&`, `$'`) must never be read as a replacement pattern.
      .replace(/(\s*)<\/head>/, (_, space: string) => `${space}  ${parts.head}${space}</head>`)
      .replace(
        /\b(href|src)="\.\//g,
        (_, attr: string) => `${attr}="${prefix === '' ? './' : prefix}`,
      )
      .replace(
        root,
        () =>
          `${parts.note ?? ''}<div id="root" data-prerendered="">${parts.body}</div>\n    <script type="application/json" id="${PAGE_DATASET_ID}">${toScriptJson(parts.raw)}</script>`,
      )
  );
}

export interface RenderedFile {
  /** The file's path inside the site's folder, such as `event/jmg-office-arson/index.html`. */
  file: string;
  html: string;
  /** The checked dataset's one file that every page names (the same for every page). */
  shared: { file: string; json: string };
}

/** Renders one page of the site into its file. */
export async function renderPageFile(
  raw: unknown,
  dataset: PreparedDataset,
  page: Page,
  template: string,
  siteUrl: string | undefined,
): Promise<RenderedFile> {
  const body = await renderBody(dataset, page);
  const words = await pageWords(page);
  const head = pageHead(dataset, page, siteUrl, words).html;
  let note = missingCodeNote(page, words, siteUrl);
  // A host serves the root page for any address it lacks (`/ru/event/unknown`): a note per language.
  if (page.kind === 'home' && page.lang === undefined) {
    for (const lang of PAGE_LANGUAGES) {
      const there = inLanguage(page, lang);
      note += missingCodeNote(there, await pageWords(there), siteUrl);
    }
  }
  // Every page names one shared file instead of carrying the dataset: a site's size grows with
  // its events, not their square. The page's entry asks for it early, beside the app's code,
  // and only when the link names no other dataset (no preload tag: it would fetch it for all).
  const json = JSON.stringify(raw);
  const shared = { file: siteDatasetFile(json), json };
  return {
    file: `${pagePath(page)}index.html`,
    html: composeDocument(template, {
      page,
      head,
      body,
      raw: { src: shared.file },
      siteUrl,
      note,
    }),
    shared,
  };
}

/** The site's `404.html`, in every language the site has (not-found-page.ts). */
export async function renderNotFoundPage(siteUrl: string | undefined): Promise<string> {
  const words: NotFoundWords[] = [];
  for (const lang of [undefined, ...PAGE_LANGUAGES])
    words.push(notFoundWords(lang, await pageWords(inLanguage({ kind: 'home' }, lang))));
  return notFoundPage(words, siteUrl);
}
