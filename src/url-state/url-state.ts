import { civilToMs, DAY_MS, msToCivil, msToCivilDay } from '../dates/civil-date.ts';
import { escapeControls } from '../text/plain-text.ts';

/**
 * What a link says: the open event, the visible window, another dataset, the letter reader.
 * The URL is the single source of truth for all of it.
 */
export interface UrlState {
  data?: string;
  event?: string;
  read?: string;
  start?: string;
  end?: string;
  /** "1" when the "About this timeline" view is open. */
  about?: '1';
}

/** Something a link asked for that could not be honoured, said in a sentence. */
export interface UrlNotice {
  param: keyof UrlState;
  message: string;
  /** The value from the link that the message quotes (as it quotes it), for the UI to isolate. */
  value?: string;
}

/** The canonical order of the parameters; later issues add theirs here. */
const KEYS = ['data', 'event', 'read', 'start', 'end', 'about'] as const satisfies readonly (keyof UrlState)[];

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAGRAPH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MAX_LENGTH = 200;
/** The earliest and latest windows a link may ask for (years 1 to 9999 of the civil calendar). */
const MIN_MS = civilToMs('0001-01-01');
const MAX_MS = civilToMs('9999-12-31');

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
const shown = (value: string) => escapeControls(value.length > 60 ? `${value.slice(0, 60)}…` : value);

export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: {}, notices: [] };
  }
  const state: UrlState = {};
  const notices: UrlNotice[] = [];
  // The first of a duplicated parameter wins; unknown parameters are ignored.
  const get = (key: string) => params.get(key);

  const data = get('data');
  if (data !== null && data !== '') {
    if (isSafeDatasetPath(data)) state.data = data;
    else
      notices.push({
        param: 'data',
        value: shown(data),
        message: `The link asked for the dataset "${shown(data)}", which was refused: only a .json file on this site can be loaded. The default dataset is shown instead.`,
      });
  }

  const event = get('event');
  if (event !== null && event !== '') {
    if (event.length <= MAX_LENGTH && EVENT_ID.test(event)) state.event = event;
    else
      notices.push({
        param: 'event',
        value: shown(event),
        message: `The link names an event, "${shown(event)}", that is not a valid event id.`,
      });
  }

  const read = get('read');
  if (read !== null && read !== '') {
    if (read.length <= MAX_LENGTH && PARAGRAPH_ID.test(read)) state.read = read;
    else
      notices.push({
        param: 'read',
        value: shown(read),
        message: `The link names a paragraph, "${shown(read)}", that is not a valid paragraph id.`,
      });
  }

  // Any value but "0" opens the view; it is written back as "1".
  const about = get('about');
  if (about !== null && about !== '' && about !== '0') state.about = '1';

  const start = get('start');
  const end = get('end');
  if (start !== null || end !== null) {
    const a = start === null ? Number.NaN : civilToMs(start);
    const b = end === null ? Number.NaN : civilToMs(end);
    const inRange = (ms: number) => ms >= MIN_MS && ms <= MAX_MS;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !inRange(a) || !inRange(b) || a === b) {
      notices.push({ param: 'start', message: 'The time window in the link is not valid, so the default view is shown.' });
    } else if (a > b) {
      state.start = serializeInstant(b, b, a);
      state.end = serializeInstant(a, b, a);
      notices.push({ param: 'start', message: 'The time window in the link ended before it started; it has been turned the right way round.' });
    } else {
      state.start = serializeInstant(a, a, b);
      state.end = serializeInstant(b, a, b);
    }
  }
  return { state, notices };
}

/** A window edge, as short as the window's width allows: whole days for wide windows. */
export function serializeInstant(ms: number, windowStart: number, windowEnd: number): string {
  if (windowEnd - windowStart >= 14 * DAY_MS) return msToCivilDay(Math.round(ms / DAY_MS) * DAY_MS);
  if (windowEnd - windowStart >= 2 * 60 * 60 * 1000) return msToCivil(Math.round(ms / 60_000) * 60_000);
  return msToCivil(Math.round(ms / 1000) * 1000);
}

/** The window as URL values, rounded as the serialisation rounds it. */
export function windowToUrl(start: number, end: number): Pick<UrlState, 'start' | 'end'> {
  const s = serializeInstant(start, start, end);
  let e = serializeInstant(end, start, end);
  if (e === s) e = serializeInstant(end + DAY_MS, start, end);
  return { start: s, end: e };
}

/** Canonical: fixed key order, empty values left out. Returns "" or "?…". */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  // ':' and '/' are valid in a query; leaving them unescaped keeps links readable.
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  return query === '' ? '' : `?${query}`;
}
