import { civilToMs } from '../dates/civil-date.ts';
import {
  canonicalList,
  dataValueProblem,
  LANGUAGE_TAG,
  MAX_LENGTH,
  MAX_MS,
  MAX_QUERY_LENGTH,
  MAX_VALUES,
  MIN_MS,
  shown,
} from './url-values.ts';
import { EVENT_ID, PARAGRAPH_ID, printable } from '../facets/facet-values.ts';
import { serializeInstant } from './url-window.ts';
import { FACETS, type Facet } from '../facets/facets.ts';
import type { HistoryMode, Param, UrlNotice, UrlNoticeCode, UrlState } from './url-state-types.ts';

export type { HistoryMode, UrlNotice, UrlNoticeCode, UrlState } from './url-state-types.ts';

type StringKey = 'data' | 'lang' | 'event' | 'read' | 'q';
type ListKey = Facet;

/** A parameter with one value, where the first of a repeated name wins; `accept` returns null for a value that means nothing. */
function single(
  key: StringKey,
  history: HistoryMode,
  accept: (
    value: string,
  ) =>
    | string
    | null
    | { refused: UrlNoticeCode; quoted?: string; reason?: string }
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
        if (result.reason !== undefined) notice.reason = result.reason;
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

/** A filter: the name may repeat, and every accepted value counts. */
function list(key: ListKey, accept: (value: string) => boolean, refused: UrlNoticeCode): Param {
  return {
    keys: [key],
    history: 'push',
    read(query, state, notices) {
      const kept: string[] = [];
      let beyond = 0;
      for (const value of query.getAll(key)) {
        if (value === '') continue;
        if (value.length > MAX_LENGTH || !accept(value))
          notices.push({ param: key, code: refused, value: shown(value) });
        else if (kept.length < MAX_VALUES) kept.push(value);
        // A value past the cap is not wrong: it is one too many, said once for all of them.
        else beyond++;
      }
      if (beyond > 0) notices.push({ param: key, code: 'too-many-values', count: beyond });
      const values = canonicalList(kept);
      if (values.length > 0) state[key] = values;
    },
    write: (state) => canonicalList(state[key] ?? []).map((value) => [key, value]),
  };
}

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
  single('data', 'push', (data) => {
    const reason = dataValueProblem(data);
    return reason === null ? data : { quoted: shown(data), refused: 'data-refused', reason };
  }),
  single('lang', 'push', (lang) =>
    lang.length <= MAX_LENGTH && LANGUAGE_TAG.test(lang)
      ? lang.toLowerCase()
      : { quoted: shown(lang), refused: 'lang-invalid' },
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
  ...FACETS.map((facet) => list(facet.id, facet.accept, facet.refused)),
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
