import { formatCivilDate, formatEventDate } from '../dates/format-date.ts';
import { toScriptJson } from '../dataset/page-dataset.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { pagePath, type Page } from '../url-state/page-path.ts';
import { eventPageJsonLd, letterPageJsonLd } from './json-ld.ts';

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

export interface PageHead {
  title: string;
  description: string;
  /** The tags for the page's head, as HTML. */
  html: string;
}

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

/** The home page's preview image; each event page has its own beside it. */
export function previewPath(page: Page): string {
  return page.kind === 'event' ? `${pagePath(page)}preview.png` : 'preview.png';
}

/**
 * The head of a prerendered page: title, description (the quote, for an event), canonical
 * link, Open Graph and Twitter card tags and JSON-LD. Addresses are absolute, which previews
 * need, so they appear only when the site's address is known.
 */
export function pageHead(
  dataset: PreparedDataset,
  page: Page,
  siteUrl: string | undefined,
): PageHead {
  const doc = dataset.document;
  const event = page.kind === 'event' ? dataset.byId.get(page.id) : undefined;
  const byline = `${doc.organisations.map((o) => o.name).join(', ')}, ${formatCivilDate(doc.date)}`;
  const title = event ? `${event.title} — ${doc.title}` : `${doc.title} — Source Timeline`;
  const quote = event?.sources[0]?.quote;
  const description = event
    ? `“${quote ?? ''}” (${formatEventDate(event)})`
    : page.kind === 'letter'
      ? `The full text of “${doc.title}” (${byline}), with the words each event quotes highlighted.`
      : `A timeline of the ${dataset.events.length} events in “${doc.title}” (${byline}), each quoted word for word from the letter.`;
  const url = siteUrl === undefined ? undefined : `${siteUrl}${pagePath(page)}`;
  const image = siteUrl === undefined ? undefined : `${siteUrl}${previewPath(page)}`;
  const imageAlt = event
    ? `${event.title}, ${formatEventDate(event)}: “${quote ?? ''}”`
    : `${doc.title}, ${byline}`;

  const meta: [string, string, string][] = [['name', 'description', description]];
  meta.push(['property', 'og:type', event ? 'article' : 'website']);
  meta.push(['property', 'og:title', event ? event.title : doc.title]);
  meta.push(['property', 'og:description', description]);
  meta.push(['property', 'og:site_name', 'Source Timeline']);
  if (url !== undefined) meta.push(['property', 'og:url', url]);
  if (image !== undefined) {
    meta.push(['property', 'og:image', image]);
    meta.push(['property', 'og:image:width', String(PREVIEW_SIZE.width)]);
    meta.push(['property', 'og:image:height', String(PREVIEW_SIZE.height)]);
    meta.push(['property', 'og:image:alt', imageAlt]);
    meta.push(['name', 'twitter:image', image]);
  }
  meta.push(['name', 'twitter:card', 'summary_large_image']);

  const jsonLd = event
    ? eventPageJsonLd(dataset, event, {
        page: url,
        letter: siteUrl === undefined ? undefined : `${siteUrl}letter/`,
      })
    : letterPageJsonLd(dataset, siteUrl === undefined ? undefined : `${siteUrl}letter/`);

  const lines = [
    `<title>${escapeAttribute(title)}</title>`,
    ...(url !== undefined ? [`<link rel="canonical" href="${escapeAttribute(url)}" />`] : []),
    ...meta.map(
      ([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`,
    ),
    `<script type="application/ld+json">${toScriptJson(jsonLd)}</script>`,
  ];
  return { title, description, html: lines.join('\n    ') };
}
