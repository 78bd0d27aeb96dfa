import { inLanguage, pagePath, type Page } from '../../url-state/page-path.ts';
import type { PageWords } from './head-tags.ts';

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A note in a page's HTML that only a page without its stylesheet shows (the stylesheet hides
 * it): when the app's files do not load at the address the host served (a mistyped one, such as
 * `event/<id>//` on a site built without `SITE_URL`), the reader learns why the controls wait
 * and, with the site's address known, gets a link to its home page. It is in the page's language
 * and says so, since the app may switch the document to another language around it.
 */
export function missingCodeNote(page: Page, words: PageWords, siteUrl: string | undefined): string {
  const home =
    siteUrl === undefined
      ? ''
      : ` <a href="${escapeText(new URL(pagePath(inLanguage({ kind: 'home' }, page.lang)), siteUrl).href)}">${escapeText(words.t('page.codeMissingHome'))}</a>`;
  return `<p class="missing-code-note" lang="${words.language}">${escapeText(words.t('page.codeMissing'))}${home}</p>`;
}
