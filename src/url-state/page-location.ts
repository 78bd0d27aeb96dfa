import { createContext } from 'react';
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
 * folded into its query), and where a new state goes. The site tells it where the letter starts
 * and, outside a browser, which page is rendered: passed in, or by `PageSiteContext`.
 */
export interface PageSite {
  /** The letter's first paragraph, which `letter/` opens at (a page of the letter's dataset only). */
  letterStart?: string | undefined;
  /** Only for rendering outside a browser: the path of the page being rendered. */
  renderedPath?: string | undefined;
}

/** The page's site, from the entry that mounts or prerenders the app; none by default. */
export const PageSiteContext = createContext<PageSite>({});

/** A snapshot of the address: the path, then the query it stands for (`/event/a/?event=a`). */
export function readLocation({ letterStart }: PageSite): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${foldPageIntoSearch(parsePagePath(pathname).page, search, hash, letterStart)}`;
}

/**
 * What the page showed before the app started: its path alone, with no query or fragment, as
 * the prerender saw it. Hydration starts from it, then the app takes the full address.
 */
export function readRenderedLocation({ letterStart, renderedPath }: PageSite): string {
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
export function languageHref(
  page: Page,
  state: UrlState,
  lang: string,
  { letterStart }: PageSite,
): string {
  const target = locationFor({ page, root: rootPrefix(page) }, { ...state, lang }, '', letterStart);
  return target === '' || target.startsWith('?') || target.startsWith('#') ? `./${target}` : target;
}

/**
 * The address for a new state, from the page the reader is on, built with URL rather than by
 * pasting strings: a path that starts with "//" would otherwise read as another host.
 * `renamedFrom` is an event's former id that the state now names by its current one.
 */
export function hrefFor(state: UrlState, { letterStart }: PageSite, renamedFrom?: string): string {
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
