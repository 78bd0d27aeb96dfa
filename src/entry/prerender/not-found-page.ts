import { inLanguage, pagePath, type PageLanguage } from '../../url-state/page-path.ts';
import type { Language } from '../../i18n/languages.ts';
import type { PageWords } from './head-tags.ts';

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A language's words on the 404 page, read at once (the catalogue serves one language at a time). */
export interface NotFoundWords {
  /** The folder's language (undefined for the site's default language, at its root). */
  lang: PageLanguage | undefined;
  language: Language;
  title: string;
  text: string;
  home: string;
  appName: string;
}

export function notFoundWords(
  lang: PageLanguage | undefined,
  { language, t }: PageWords,
): NotFoundWords {
  return {
    lang,
    language,
    title: t('page.notFoundTitle'),
    text: t('page.notFound'),
    home: t('page.codeMissingHome'),
    appName: t('app.name'),
  };
}

/** The link to a language's home page, when the site's address is known (a 404 page is served at any depth). */
function homeLink(words: NotFoundWords, siteUrl: string | undefined) {
  if (siteUrl === undefined) return '';
  const home = new URL(pagePath(inLanguage({ kind: 'home' }, words.lang)), siteUrl);
  return ` <a href="${escapeText(home.href)}">${escapeText(words.home)}</a>`;
}

/**
 * The site's `404.html`, which a static host serves for an address it has no file for (a
 * mistyped event id, `/ru/event/unknown`): the same words in every language the site has, each
 * marked with its language, so a reader who followed a link into any language's folder reads
 * why in theirs. Plain HTML, no script and no style: it must read whatever address it is served
 * at. `words` are the languages' words, the site's default language first.
 */
export function notFoundPage(words: readonly NotFoundWords[], siteUrl: string | undefined): string {
  const [first] = words;
  if (!first) throw new Error('A 404 page needs the words of at least one language.');
  const title = `${words.map((w) => w.title).join(' · ')} — ${first.appName}`;
  const sections = words.map(
    (w) =>
      `<section lang="${w.language}">\n      <h1>${escapeText(w.title)}</h1>\n      <p>${escapeText(w.text)}${homeLink(w, siteUrl)}</p>\n    </section>`,
  );
  return `<!doctype html>
<html lang="${first.language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeText(title)}</title>
  </head>
  <body>
    ${sections.join('\n    ')}
  </body>
</html>
`;
}
