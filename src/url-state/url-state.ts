import { CIVIL_RANGE, civilToMs, DAY_MS, msToCivil, msToCivilDay } from '../dates/civil-date.ts';
import { escapeControls } from '../text/plain-text.ts';

/**
 * What a link says: the open event, the visible window, another dataset, the letter reader,
 * the search text and the filters. The URL is the single source of truth for all of it.
 */
export interface UrlState {
  data?: string;
  /** The interface's language as the link asks for it (a BCP 47 tag such as `ru`). */
  lang?: string;
  event?: string;
  read?: string;
  /** The search text, as typed (matched literally, never as a pattern). */
  q?: string;
  /** Filters: each may repeat in the link (`kind=a&kind=b`); kept sorted and without repeats. */
  kind?: string[];
  actor?: string[];
  place?: string[];
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
  | 'kind-invalid'
  | 'actor-unreadable'
  | 'place-unreadable'
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
}

/** Whether changing a parameter adds a history entry (Back undoes it) or replaces the current one. */
export type HistoryMode = 'push' | 'replace';

/**
 * One entry of the parameter table: the names it owns in the query string, how it reads them
 * (`get` gives the first value of a name, `getAll` every value), how it writes its part of the
 * state back, and how a change to it meets the history.
 */
interface Param {
  keys: readonly (keyof UrlState)[];
  history: HistoryMode;
  read(query: URLSearchParams, state: UrlState, notices: UrlNotice[]): void;
  write(state: UrlState): [string, string][];
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAGRAPH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A BCP 47 language tag, loosely: a language subtag and any further subtags (`ru`, `pt-BR`). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const MAX_LENGTH = 200;
/** The longest search text a link keeps; longer text is cut here, and the reader is told. */
export const MAX_QUERY_LENGTH = 200;
/** How many values one filter keeps from a link. */
const MAX_VALUES = 50;
/** The earliest and latest windows a link may ask for: the civil range, years 1 to 9999. */
const MIN_MS = CIVIL_RANGE.start;
const MAX_MS = CIVIL_RANGE.end;

/**
 * Another dataset may come only from the same origin: a relative path to a `.json` file,
 * made of plain path characters. Anything with a scheme, a host or `..` is refused.
 */
export function isSafeDatasetPath(path: string): boolean {
  return (
    path.length <= MAX_LENGTH &&
    /^[A-Za-z0-9_][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9_][A-Za-z0-9._~-]*)*\.json$/.test(path) &&
    !path.split('/').some((segment) => segment === '..' || segment === '.')
  );
}

/**
 * A value from the link as a notice quotes it: shortened, with its control characters written out
 * (\u202E), so the notice shows what was refused and no control in it can reorder the sentence.
 */
export const shown = (value: string) =>
  escapeControls(value.length > 60 ? `${value.slice(0, 60)}…` : value);

type StringKey = 'data' | 'lang' | 'event' | 'read' | 'q';
type ListKey = 'kind' | 'actor' | 'place';

/** A parameter with one value, where the first of a repeated name wins; `accept` returns null for a value that means nothing. */
function single(
  key: StringKey,
  history: HistoryMode,
  accept: (
    value: string,
  ) =>
    | string
    | null
    | { refused: UrlNoticeCode; quoted?: string }
    | { value: string; notice: UrlNoticeCode; count: number },
): Param {
  return {
    keys: [key],
    history,
    read(query, state, notices) {
      const value = query.get(key);
      if (value === null || value === '') return;
      const result = accept(value);
      if (result === null) return;
      if (typeof result === 'string') state[key] = result;
      else if ('refused' in result) {
        const notice: UrlNotice = { param: key, code: result.refused };
        if (result.quoted !== undefined) notice.value = result.quoted;
        notices.push(notice);
      } else {
        state[key] = result.value;
        notices.push({ param: key, code: result.notice, count: result.count });
      }
    },
    write: (state) => {
      const value = state[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    },
  };
}

/** Sorted by code unit with repeats and empty values removed: one spelling per filter. */
export function canonicalList(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A filter: the name may repeat, and every accepted value counts. */
function list(key: ListKey, accept: (value: string) => boolean, refused: UrlNoticeCode): Param {
  return {
    keys: [key],
    history: 'push',
    read(query, state, notices) {
      const kept: string[] = [];
      for (const value of query.getAll(key)) {
        if (value === '') continue;
        if (value.length <= MAX_LENGTH && accept(value) && kept.length < MAX_VALUES)
          kept.push(value);
        else notices.push({ param: key, code: refused, value: shown(value) });
      }
      const values = canonicalList(kept);
      if (values.length > 0) state[key] = values;
    },
    write: (state) => canonicalList(state[key] ?? []).map((value) => [key, value]),
  };
}

/** Text a reader may type: no control characters (a tab or line break reads as a space). */
const printable = (value: string) =>
  ![...value].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f;
  });

/** The visible window: two names read and checked together. */
const windowParam: Param = {
  keys: ['start', 'end'],
  history: 'replace',
  read(query, state, notices) {
    const start = query.get('start');
    const end = query.get('end');
    if (start === null && end === null) return;
    const a = start === null ? Number.NaN : civilToMs(start);
    const b = end === null ? Number.NaN : civilToMs(end);
    const inRange = (ms: number) => ms >= MIN_MS && ms <= MAX_MS;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !inRange(a) || !inRange(b) || a === b) {
      notices.push({ param: 'start', code: 'window-invalid' });
    } else if (a > b) {
      state.start = serializeInstant(b, b, a);
      state.end = serializeInstant(a, b, a);
      notices.push({ param: 'start', code: 'window-reversed' });
    } else {
      state.start = serializeInstant(a, a, b);
      state.end = serializeInstant(b, a, b);
    }
  },
  write: (state) =>
    state.start !== undefined && state.start !== '' && state.end !== undefined && state.end !== ''
      ? [
          ['start', state.start],
          ['end', state.end],
        ]
      : [],
};

/** The "About this timeline" view: any value but "0" opens it, written back as "1". */
const aboutParam: Param = {
  keys: ['about'],
  history: 'push',
  read(query, state) {
    const about = query.get('about');
    if (about !== null && about !== '' && about !== '0') state.about = '1';
  },
  write: (state) => (state.about === '1' ? [['about', '1']] : []),
};

/**
 * The parameters, declared once, in their canonical order: parsing, serialising, the order of
 * a link and which changes add a history entry all follow from this table. A new parameter is
 * one entry here.
 */
export const PARAMS: readonly Param[] = [
  single('data', 'push', (data) =>
    isSafeDatasetPath(data) ? data : { quoted: shown(data), refused: 'data-refused' },
  ),
  single('lang', 'push', (lang) =>
    LANGUAGE_TAG.test(lang) ? lang.toLowerCase() : { quoted: shown(lang), refused: 'lang-invalid' },
  ),
  single('event', 'push', (event) =>
    event.length <= MAX_LENGTH && EVENT_ID.test(event)
      ? event
      : { quoted: shown(event), refused: 'event-invalid' },
  ),
  single('read', 'push', (read) =>
    read.length <= MAX_LENGTH && PARAGRAPH_ID.test(read)
      ? read
      : { quoted: shown(read), refused: 'read-invalid' },
  ),
  single('q', 'replace', (q) => {
    const text = q.replace(/[\t\n\r]/g, ' ');
    if (text.trim() === '') return null;
    if (!printable(text)) return { refused: 'q-unreadable' };
    if (text.length <= MAX_QUERY_LENGTH) return text;
    return { value: text.slice(0, MAX_QUERY_LENGTH), notice: 'q-too-long', count: text.length };
  }),
  list('kind', (kind) => EVENT_ID.test(kind), 'kind-invalid'),
  list('actor', printable, 'actor-unreadable'),
  list('place', printable, 'place-unreadable'),
  windowParam,
  aboutParam,
];

export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { state: {}, notices: [] };
  }
  const state: UrlState = {};
  const notices: UrlNotice[] = [];
  // Unknown parameters are ignored; each entry reads only its own names.
  for (const param of PARAMS) param.read(query, state, notices);
  return { state, notices };
}

/** A window edge, as short as the window's width allows: whole days for wide windows. */
export function serializeInstant(ms: number, windowStart: number, windowEnd: number): string {
  if (windowEnd - windowStart >= 14 * DAY_MS) return msToCivilDay(roundInRange(ms, DAY_MS));
  if (windowEnd - windowStart >= 2 * 60 * 60 * 1000) return msToCivil(roundInRange(ms, 60_000));
  return msToCivil(roundInRange(ms, 1000));
}

/** Rounds to a multiple of `unit`, never out of the civil range (where a link could not be read back). */
function roundInRange(ms: number, unit: number): number {
  const clamped = Math.min(CIVIL_RANGE.end, Math.max(CIVIL_RANGE.start, ms));
  const rounded = Math.round(clamped / unit) * unit;
  if (rounded > CIVIL_RANGE.end) return Math.floor(clamped / unit) * unit;
  if (rounded < CIVIL_RANGE.start) return Math.ceil(clamped / unit) * unit;
  return rounded;
}

/** The window as URL values, rounded as the serialisation rounds it. */
export function windowToUrl(start: number, end: number): Pick<UrlState, 'start' | 'end'> {
  const s = serializeInstant(start, start, end);
  let e = serializeInstant(end, start, end);
  if (e === s) e = serializeInstant(end + DAY_MS, start, end);
  return { start: s, end: e };
}

/** Canonical: the table's order, empty values left out, filters sorted. Returns "" or "?…". */
export function serializeUrlState(state: UrlState): string {
  const query = new URLSearchParams();
  for (const param of PARAMS)
    for (const [key, value] of param.write(state)) query.append(key, value);
  // ':' and '/' are valid in a query; leaving them unescaped keeps links readable.
  const text = query.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  return text === '' ? '' : `?${text}`;
}

/**
 * How a change meets the history: a new entry when any parameter it changes asks for one
 * (opening an event, toggling a filter), otherwise the current entry is replaced (the window,
 * the search text while it is typed).
 */
export function historyFor(before: UrlState, after: UrlState): HistoryMode {
  const differs = (param: Param) =>
    param.keys.some(
      (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
    );
  return PARAMS.some((param) => param.history === 'push' && differs(param)) ? 'push' : 'replace';
}
