import {
  foldPageIntoSearch,
  locationFor,
  parsePagePath,
  rootPrefix,
  type Page,
} from './page-path.ts';
import type { UrlState } from './url-state.ts';

/**
 * The glue between the page's address and the URL state: what the address means (its path
 * folded into its query), and where a new state goes. A prerendered page tells it where the
 * letter starts (`setLetterStart`); the prerender tells it which page it renders.
 */
let letterStart: string | undefined;
let renderedPath: string | undefined;

export function setLetterStart(paragraphId: string | undefined): void {
  letterStart = paragraphId;
}

/** Only for rendering outside a browser: the path of the page being rendered. */
export function setRenderedPath(pathname: string): void {
  renderedPath = pathname;
}

/** A snapshot of the address: the path, then the query it stands for (`/event/a/?event=a`). */
export function readLocation(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${foldPageIntoSearch(parsePagePath(pathname).page, search, hash, letterStart)}`;
}

/**
 * What the page showed before the app started: its path alone, with no query or fragment, as
 * the prerender saw it. Hydration starts from it, then the app takes the full address.
 */
export function readRenderedLocation(): string {
  const pathname = renderedPath ?? window.location.pathname;
  return `${pathname}${foldPageIntoSearch(parsePagePath(pathname).page, '', '', letterStart)}`;
}

/** Splits a snapshot into the query to parse, the page its path names and the relative way back to the site's folder. */
export function splitLocation(snapshot: string): { search: string; page: Page; prefix: string } {
  const at = snapshot.indexOf('?');
  const pathname = at === -1 ? snapshot : snapshot.slice(0, at);
  const { page } = parsePagePath(pathname);
  return { search: at === -1 ? '' : snapshot.slice(at), page, prefix: rootPrefix(page) };
}

/**
 * The relative link from a page to the same view in another language: its page in that
 * language's folder (`ru/event/<id>/`) or at the top with `?lang=`, the rest of the query kept.
 * Pure of the browser, so a prerendered page writes the same link its app will.
 */
export function languageHref(page: Page, state: UrlState, lang: string): string {
  const target = locationFor({ page, root: rootPrefix(page) }, { ...state, lang }, '', letterStart);
  return target === '' || target.startsWith('?') || target.startsWith('#') ? `./${target}` : target;
}

/**
 * The address for a new state, from the page the reader is on, built with URL rather than by
 * pasting strings: a path that starts with "//" would otherwise read as another host.
 * `renamedFrom` is an event's former id that the state now names by its current one.
 */
export function hrefFor(state: UrlState, renamedFrom?: string): string {
  const { pathname, hash } = window.location;
  const path = parsePagePath(pathname);
  // The page of an event's former id becomes the page of its current one.
  const page =
    path.page.kind === 'event' && path.page.id === renamedFrom && state.event !== undefined
      ? { ...path, page: { kind: 'event' as const, id: state.event } }
      : path;
  const target = locationFor(page, state, hash, letterStart);
  const fragmentAt = target.indexOf('#');
  const beforeFragment = fragmentAt === -1 ? target : target.slice(0, fragmentAt);
  const queryAt = beforeFragment.indexOf('?');
  const url = new URL(window.location.href);
  url.pathname = queryAt === -1 ? beforeFragment : beforeFragment.slice(0, queryAt);
  url.search = queryAt === -1 ? '' : beforeFragment.slice(queryAt);
  url.hash = fragmentAt === -1 ? '' : target.slice(fragmentAt);
  return url.href;
}

/** The site's folder as an absolute address, for links to share. */
export function siteUrl(): string {
  return `${window.location.origin}${parsePagePath(window.location.pathname).root}`;
}
