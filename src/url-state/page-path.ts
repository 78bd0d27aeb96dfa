import { serializeUrlState, type UrlState } from './url-state.ts';

/**
 * The pages the build writes for the letter's dataset: the home page, one page per event
 * (`event/<id>/`) and the letter (`letter/`). A page's path says what a query would say
 * (`event/<id>/` is `?event=<id>`, `letter/#p8` is `?read=p8`), so every view keeps one state.
 */
export type Page = { kind: 'home' } | { kind: 'event'; id: string } | { kind: 'letter' };

export interface PagePath {
  page: Page;
  /** The site's folder: the path up to and including the last `/` before the page's own part. */
  root: string;
}

const EVENT_PAGE = /^(.*\/)event\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/;
const LETTER_PAGE = /^(.*\/)letter\/(?:index\.html)?$/;
const PARAGRAPH_HASH = /^#([A-Za-z0-9][A-Za-z0-9_-]{0,199})$/;
const MAX_ID_LENGTH = 200;

/** Reads which page a path names, and the folder the site lives in. Anything else is the home page. */
export function parsePagePath(pathname: string): PagePath {
  const event = EVENT_PAGE.exec(pathname);
  if (event?.[1] !== undefined && event[2] !== undefined && event[2].length <= MAX_ID_LENGTH) {
    return { page: { kind: 'event', id: event[2] }, root: event[1] };
  }
  const letter = LETTER_PAGE.exec(pathname);
  if (letter?.[1] !== undefined) return { page: { kind: 'letter' }, root: letter[1] };
  return { page: { kind: 'home' }, root: pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/' };
}

/** The relative way from a page back to the site's folder: `''`, `'../'` or `'../../'`. */
export function rootPrefix(page: Page): string {
  return page.kind === 'event' ? '../../' : page.kind === 'letter' ? '../' : '';
}

/** A page's own path inside the site's folder, with no leading slash (`''` for the home page). */
export function pagePath(page: Page): string {
  return page.kind === 'event' ? `event/${page.id}/` : page.kind === 'letter' ? 'letter/' : '';
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
  if (page.kind === 'home') return search;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return search;
  }
  if (params.has('data')) return search;
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
 * folder with the whole state as a query, as on any static host.
 */
export function locationFor(
  { page, root }: PagePath,
  state: UrlState,
  hash: string,
  letterStart: string | undefined,
): string {
  if (state.data === undefined && page.kind === 'event' && state.event === page.id) {
    return `${root}${pagePath(page)}${serializeUrlState({ ...state, event: undefined })}`;
  }
  if (
    state.data === undefined &&
    page.kind === 'letter' &&
    state.event === undefined &&
    state.read !== undefined
  ) {
    const fragment = state.read === letterStart ? '' : `#${state.read}`;
    return `${root}${pagePath(page)}${serializeUrlState({ ...state, read: undefined })}${fragment}`;
  }
  return `${root}${serializeUrlState(state)}${page.kind === 'home' ? hash : ''}`;
}

/**
 * The relative link to an event's page, from a page whose way back to the site's folder is
 * `prefix`; the query link for another dataset, which has no pages.
 */
export function eventHref(prefix: string, id: string, data: string | undefined): string {
  if (data !== undefined) return `${prefix}${serializeUrlState({ data, event: id })}`;
  return `${prefix}${pagePath({ kind: 'event', id })}`;
}

/**
 * The link to share: the event's page (`…/event/<id>/`, with the window only when the reader
 * moved it) for the letter's dataset; the query form otherwise, which is all `?data=` has.
 */
export function shareLink(
  siteUrl: string,
  state: UrlState,
  movedWindow: Pick<UrlState, 'start' | 'end'> | undefined,
): string {
  const window = movedWindow ?? {};
  if (state.data === undefined && state.event !== undefined) {
    return `${siteUrl}${pagePath({ kind: 'event', id: state.event })}${serializeUrlState(window)}`;
  }
  return `${siteUrl}${serializeUrlState({ data: state.data, event: state.event, ...window })}`;
}
