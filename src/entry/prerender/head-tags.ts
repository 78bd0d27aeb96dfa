import { DEFAULT_LANGUAGE, LANGUAGE_TABLE, LANGUAGES } from '../../url-state/language-table.ts';
import { localizeDataset, localizedTitle } from '../../dataset/localize-dataset.ts';
import { toScriptJson } from '../../dataset/load/page-dataset.ts';
import type { PreparedDataset } from '../../dataset/prepare-dataset.ts';
import type { DateWords } from '../../i18n/format-dates.ts';
import { documentName } from '../../i18n/document-name.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/use-t.ts';
import {
  inLanguage,
  PAGE_LANGUAGES,
  pagePath,
  rootPrefix,
  type Page,
} from '../../url-state/page-path.ts';
import { headField, withoutJoiners } from '../../text/plain-text.ts';
import { quoteMarks } from '../../text/quote-marks.ts';
import { eventPageJsonLd, letterPageJsonLd } from './json-ld.ts';
import { letterSentence, previewName } from './page-names.ts';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The tags that need the site's absolute address; without `SITE_URL` they are left out. */
export const ABSOLUTE_TAGS = [
  'link rel=canonical',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:image',
] as const;

/** The words a page is written in: its language, its catalogue and its dates. */
export interface PageWords {
  language: Language;
  t: Translate;
  dates: DateWords;
}

export interface PageHead {
  title: string;
  description: string;
  /** The tags for the page's head, as HTML. */
  html: string;
}

const capitalise = (text: string, language: string) =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Reads `SITE_URL`: an absolute http(s) address of the site's folder, with its trailing slash.
 * Throws a readable error for anything else, so a typo never ships broken previews.
 */
export function readSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://example.org/timeline/, not "${value}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// or http://, not "${value}".`);
  if (url.search !== '' || url.hash !== '')
    throw new Error(`SITE_URL must have no query or fragment: "${value}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The home page's preview image (in each language's folder); each event page has its own beside it. */
export function previewPath(page: Page): string {
  return `${pagePath(page.kind === 'event' ? page : inLanguage({ kind: 'home' }, page.lang))}preview.png`;
}

/**
 * The same page in each language the site has pages in, the default one first: `[hreflang,
 * address]`, absolute from the site's address, else relative to the page.
 */
export function pageAlternates(page: Page, siteUrl: string | undefined): [string, string][] {
  const base = siteUrl ?? rootPrefix(page);
  const at = (target: Page) => `${base}${pagePath(target)}` || './';
  const languages = [undefined, ...PAGE_LANGUAGES];
  return [
    ...languages.map((lang): [string, string] => [
      lang ?? DEFAULT_LANGUAGE,
      at(inLanguage(page, lang)),
    ]),
    ['x-default', at(inLanguage(page, undefined))],
  ];
}

/**
 * The head of a prerendered page, in the page's language: title, description (the quote, for
 * an event), canonical link, the page in its other languages, Open Graph and Twitter card tags
 * and JSON-LD. Addresses are absolute, which previews need, so the tags that need them appear
 * only when the site's address is known (the other languages' links are relative then).
 */
export function pageHead(
  original: PreparedDataset,
  page: Page,
  siteUrl: string | undefined,
  { language, t, dates }: PageWords,
): PageHead {
  const dataset = localizeDataset(original, language);
  const doc = dataset.document;
  const localized = localizedTitle(original, language);
  // A translated title is marked as one wherever it names the document.
  const docTitle = documentName(localized, doc.language, t);
  const event = page.kind === 'event' ? dataset.byId.get(page.id) : undefined;
  const byline = `${doc.organisations.map((o) => o.name).join(', ')}, ${dates.civil(doc.date)}`;
  const sentence = letterSentence(doc, { language, t, dates });
  // Each page its own title, as the app names the view once it runs (use-document-title.ts).
  // Text the DOM cannot isolate (the tab's title, link previews) follows the runtime
  // `document.title`: bidi controls and line or paragraph separators become spaces.
  const title = headField(
    event
      ? t('page.eventTitle', { event: event.title, document: docTitle })
      : page.kind === 'letter'
        ? t('page.letterTitle', { document: docTitle })
        : t('page.title', { document: docTitle }),
  );
  const quote = event?.sources[0]?.quote ?? '';
  const marks = quoteMarks(quote);
  // A description is a sentence: it starts with a capital even where the date starts it
  // ("Between 14 and 16 December…", «Начало не указано…»).
  const description = headField(
    event
      ? capitalise(
          t('prerender.eventDescription', { quote, marks, date: dates.qualified(event) }),
          language,
        )
      : page.kind === 'letter'
        ? t('prerender.letterDescription', sentence)
        : t('prerender.homeDescription', {
            count: dataset.events.length,
            ...sentence,
          }),
  );
  const url = siteUrl === undefined ? undefined : `${siteUrl}${pagePath(page)}`;
  const image = siteUrl === undefined ? undefined : `${siteUrl}${previewPath(page)}`;
  const imageAlt = headField(
    event
      ? t('prerender.eventImageAlt', {
          title: event.title,
          date: dates.qualified(event),
          quote,
          marks,
        })
      : `${docTitle}, ${byline}`,
  );

  const meta: [string, string, string][] = [['name', 'description', description]];
  meta.push(['property', 'og:type', event ? 'article' : 'website']);
  const ogTitle = event ? event.title : previewName(doc, localized, page, { language, t, dates });
  meta.push(['property', 'og:title', headField(ogTitle)]);
  meta.push(['property', 'og:description', description]);
  meta.push(['property', 'og:site_name', t('app.name')]);
  meta.push(['property', 'og:locale', LANGUAGE_TABLE[language].og]);
  for (const other of LANGUAGES) {
    if (other !== language)
      meta.push(['property', 'og:locale:alternate', LANGUAGE_TABLE[other].og]);
  }
  if (url !== undefined) meta.push(['property', 'og:url', url]);
  if (image !== undefined) {
    meta.push(['property', 'og:image', image]);
    meta.push(['property', 'og:image:width', String(PREVIEW_SIZE.width)]);
    meta.push(['property', 'og:image:height', String(PREVIEW_SIZE.height)]);
    meta.push(['property', 'og:image:alt', imageAlt]);
    meta.push(['name', 'twitter:image', image]);
  }
  meta.push(['name', 'twitter:card', 'summary_large_image']);

  const letterUrl =
    siteUrl === undefined
      ? undefined
      : `${siteUrl}${pagePath(inLanguage({ kind: 'letter' }, page.lang))}`;
  const jsonLd = event
    ? eventPageJsonLd(dataset, event, { page: url, letter: letterUrl }, { language, t, dates })
    : letterPageJsonLd(dataset, letterUrl, language);

  const lines = [
    `<title>${escapeAttribute(title)}</title>`,
    ...(url !== undefined ? [`<link rel="canonical" href="${escapeAttribute(url)}" />`] : []),
    ...pageAlternates(page, siteUrl).map(
      ([lang, href]) =>
        `<link rel="alternate" hreflang="${lang}" href="${escapeAttribute(href)}" />`,
    ),
    ...meta.map(
      ([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`,
    ),
    `<script type="application/ld+json">${toScriptJson(withoutJoiners(jsonLd))}</script>`,
  ];
  return { title, description, html: lines.join('\n    ') };
}
