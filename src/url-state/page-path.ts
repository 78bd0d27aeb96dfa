import { serializeUrlState, type UrlState } from './url-state.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, spokenLanguage, type Language } from './language-table.ts';

/**
 * The pages the build writes for the letter's dataset: the home page, one page per event
 * (`event/<id>/`) and the letter (`letter/`). A page's path says what a query would say
 * (`event/<id>/` is `?event=<id>`, `letter/#p8` is `?read=p8`), so every view keeps one state.
 */
export type Page = ({ kind: 'home' } | { kind: 'event'; id: string } | { kind: 'letter' }) & {
  /** The page's language when it is not the default one: its pages live in its folder (`ru/`). */
  lang?: PageLanguage;
};

/**
 * The languages with prerendered pages of their own, each under its folder (`ru/`,
 * `ru/event/<id>/`, `ru/letter/`): every language of LANGUAGE_TABLE but the default one, whose
 * pages are at the site's top. A page in a language's folder stands for `lang=<language>`.
 */
export type PageLanguage = Exclude<Language, typeof DEFAULT_LANGUAGE>;
export const PAGE_LANGUAGES = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE) as PageLanguage[];

export function isPageLanguage(value: string | undefined): value is PageLanguage {
  return (PAGE_LANGUAGES as readonly (string | undefined)[]).includes(value);
}

/** The page in a language's folder, or at the top for `undefined`. */
export function inLanguage(page: Page, lang: PageLanguage | undefined): Page {
  const rest = { ...page };
  delete rest.lang;
  return lang === undefined ? rest : { ...rest, lang };
}

/** A folder with a language's folder at its end (`/site/ru/`): the site's folder and the language. */
function splitLanguage(folder: string): { root: string; lang: PageLanguage | undefined } {
  for (const lang of PAGE_LANGUAGES) {
    if (folder.endsWith(`/${lang}/`)) return { root: folder.slice(0, -lang.length - 1), lang };
  }
  return { root: folder, lang: undefined };
}

const withFolder = (page: Page, folder: string): PagePath => {
  const { root, lang } = splitLanguage(folder);
  return { page: inLanguage(page, lang), root };
};

export interface PagePath {
  page: Page;
  /** The site's folder: the path up to and including the last `/` before the page's own part. */
  root: string;
}

const EVENT_PAGE = /^(.*\/)event\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/;
const LETTER_PAGE = /^(.*\/)letter\/(?:index\.html)?$/;
const PARAGRAPH_HASH = /^#([A-Za-z0-9][A-Za-z0-9_-]{0,199})$/;
const MAX_ID_LENGTH = 200;

/**
 * Reads which page a path names, in which language's folder, and the folder the site lives in
 * (`/site/ru/event/a/` is the event `a` in Russian, on the site at `/site/`). Anything else is
 * the home page. Repeated slashes count as one.
 */
export function parsePagePath(address: string): PagePath {
  // A doubled slash is a typo a static host forgives (`event/<id>//`, `/ru//`): read the path
  // without it, so the page is the one the host served and the site's folder is its own.
  const pathname = address.replace(/\/{2,}/g, '/');
  const event = EVENT_PAGE.exec(pathname);
  if (event?.[1] !== undefined && event[2] !== undefined && event[2].length <= MAX_ID_LENGTH) {
    return withFolder({ kind: 'event', id: event[2] }, event[1]);
  }
  const letter = LETTER_PAGE.exec(pathname);
  if (letter?.[1] !== undefined) return withFolder({ kind: 'letter' }, letter[1]);
  return withFolder({ kind: 'home' }, pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/');
}

/** The relative way from a page back to the site's folder: `''`, `'../'`, `'../../'` or, in a language's folder, one more. */
export function rootPrefix(page: Page): string {
  const own = page.kind === 'event' ? '../../' : page.kind === 'letter' ? '../' : '';
  return page.lang === undefined ? own : `../${own}`;
}

/** A page's own path inside the site's folder, with no leading slash (`''` for the home page, `ru/` for its Russian one). */
export function pagePath(page: Page): string {
  const own = page.kind === 'event' ? `event/${page.id}/` : page.kind === 'letter' ? 'letter/' : '';
  return page.lang === undefined ? own : `${page.lang}/${own}`;
}

/**
 * The query a page stands for, with the link's own query on top: a parameter in the query wins
 * over the path. The path counts only for the letter's dataset (`?data=` has no pages), and the
 * letter opens at the paragraph in the fragment, or at `letterStart`.
 */
export function foldPageIntoSearch(
  page: Page,
  search: string,
  hash: string,
  letterStart: string | undefined,
): string {
  if (page.kind === 'home' && page.lang === undefined) return search;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return search;
  }
  // A language's folder is its `lang`, for any dataset; a `lang` in the query wins when the
  // interface speaks it (`?lang=xx` in `ru/` is ignored, and the folder's Russian stands).
  const lang = page.lang !== undefined && !spokenLanguage(params.get('lang'));
  if (lang) params.set('lang', page.lang ?? '');
  if (params.has('data') || page.kind === 'home') return lang ? `?${params.toString()}` : search;
  if (page.kind === 'event' && !params.has('event')) params.set('event', page.id);
  if (page.kind === 'letter' && !params.has('read') && !params.has('event')) {
    const read = PARAGRAPH_HASH.exec(hash)?.[1] ?? letterStart;
    if (read !== undefined) params.set('read', read);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * Where the address bar goes for a state: the page the reader is on while it still shows that
 * page's event (or its letter), with the rest of the state as a query; otherwise the site's
 * folder with the whole state as a query, as on any static host. For the letter's dataset a
 * language with pages of its own is its folder, not a query (`ru/event/<id>/`, `ru/?q=…`), so
 * switching the language moves between the two pages and keeps the rest.
 */
export function locationFor(
  { page, root }: PagePath,
  state: UrlState,
  hash: string,
  letterStart: string | undefined,
): string {
  const lang = state.data === undefined && isPageLanguage(state.lang) ? state.lang : undefined;
  const rest = lang === undefined ? state : { ...state, lang: undefined };
  const at = (target: Page) => `${root}${pagePath(inLanguage(target, lang))}`;
  if (state.data === undefined && page.kind === 'event' && state.event === page.id) {
    return `${at(page)}${serializeUrlState({ ...rest, event: undefined })}`;
  }
  if (
    state.data === undefined &&
    page.kind === 'letter' &&
    state.event === undefined &&
    state.read !== undefined
  ) {
    const fragment = state.read === letterStart ? '' : `#${state.read}`;
    return `${at(page)}${serializeUrlState({ ...rest, read: undefined })}${fragment}`;
  }
  return `${at({ kind: 'home' })}${serializeUrlState(rest)}${page.kind === 'home' ? hash : ''}`;
}

/**
 * The relative link to one of the letter's pages in the reader's language (`lang`, from the
 * link): the page in the language's folder, or the top-level page with `?lang=` for a language
 * that has none of its own (`en` asked for explicitly keeps its `?lang=en`).
 */
export function pageHref(prefix: string, page: Page, lang: string | undefined): string {
  const folder = isPageLanguage(lang) ? lang : undefined;
  const query = folder === undefined ? serializeUrlState({ lang }) : '';
  return `${prefix}${pagePath(inLanguage(page, folder))}${query}`;
}

/**
 * The relative link to an event's page, from a page whose way back to the site's folder is
 * `prefix`; the query link for another dataset, which has no pages.
 */
export function eventHref(
  prefix: string,
  id: string,
  data: string | undefined,
  lang?: string,
): string {
  if (data !== undefined) return `${prefix}${serializeUrlState({ data, lang, event: id })}`;
  return pageHref(prefix, { kind: 'event', id }, lang);
}

/**
 * The link to share: the event's page (`…/event/<id>/`, with the window only when the reader
 * moved it) for the letter's dataset, in the reader's language folder (`…/ru/event/<id>/`, so a
 * pasted link previews in the language it was copied in); the query form otherwise, which is
 * all `?data=` has.
 */
export function shareLink(
  siteUrl: string,
  state: UrlState,
  movedWindow: Pick<UrlState, 'start' | 'end'> | undefined,
): string {
  const window = movedWindow ?? {};
  if (state.data === undefined) {
    const lang = isPageLanguage(state.lang) ? state.lang : undefined;
    const page: Page =
      state.event === undefined ? { kind: 'home' } : { kind: 'event', id: state.event };
    return `${siteUrl}${pagePath(inLanguage(page, lang))}${serializeUrlState(window)}`;
  }
  return `${siteUrl}${serializeUrlState({ data: state.data, event: state.event, ...window })}`;
}
