import type { Facet, FacetRefusal } from '../facets/facets.ts';

/**
 * What a link says: the open event, the visible window, another dataset, the letter reader,
 * the search text and the filters. The URL is the single source of truth for all of it.
 */
export interface UrlState extends Partial<Record<Facet, string[]>> {
  data?: string;
  /** The interface's language as the link asks for it (a BCP 47 tag such as `ru`). */
  lang?: string;
  event?: string;
  read?: string;
  /** The search text, as typed (matched literally, never as a pattern). */
  q?: string;
  /* Filters, one per facet (see facets.ts): each may repeat in the link (`kind=a&kind=b`); kept
     sorted and without repeats. */
  start?: string;
  end?: string;
  /** "1" when the "About this timeline" view is open. */
  about?: '1';
}

/** What a link asked for that could not be honoured; the UI says it in words. */
export type UrlNoticeCode =
  | 'data-refused'
  | 'lang-invalid'
  | 'event-invalid'
  | 'read-invalid'
  | 'q-unreadable'
  | 'q-too-long'
  | FacetRefusal
  | 'too-many-values'
  | 'window-invalid'
  | 'window-reversed';

/** Something a link asked for that could not be honoured, as a code and the values it needs. */
export interface UrlNotice {
  param: keyof UrlState;
  code: UrlNoticeCode;
  /** The value from the link, as a notice quotes it (shortened, controls written out). */
  value?: string;
  /** A number the notice needs (the length of a search text that was cut). */
  count?: number;
  /** Why the value was refused, where there is more than one reason (a code, such as `query`). */
  reason?: string;
}

/** Whether changing a parameter adds a history entry (Back undoes it) or replaces the current one. */
export type HistoryMode = 'push' | 'replace';

/**
 * One entry of the parameter table: the names it owns in the query string, how it reads them
 * (`get` gives the first value of a name, `getAll` every value), how it writes its part of the
 * state back, and how a change to it meets the history.
 */
export interface Param {
  keys: readonly (keyof UrlState)[];
  history: HistoryMode;
  read(query: URLSearchParams, state: UrlState, notices: UrlNotice[]): void;
  write(state: UrlState): [string, string][];
}
