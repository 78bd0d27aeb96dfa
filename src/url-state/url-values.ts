import { CIVIL_RANGE } from '../dates/civil-date.ts';
import { escapeControls } from '../text/plain-text.ts';

// The rules a link's values must meet, one place for every parameter that reads them.

/**
 * A well-formed BCP 47 language tag (RFC 5646's `langtag`): language with any extended
 * subtags, script, region, variants, extensions and a private use part (`ru`, `pt-BR`,
 * `ru-Latn-RU-x-foo`). Only its primary subtag chooses the interface's language.
 */
export const LANGUAGE_TAG =
  /^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;
export const MAX_LENGTH = 200;
/** The longest search text a link keeps; longer text is cut here, and the reader is told. */
export const MAX_QUERY_LENGTH = 200;
/** How many values one filter keeps from a link. */
export const MAX_VALUES = 50;
/** The earliest and latest windows a link may ask for: the civil range, years 1 to 9999. */
export const MIN_MS = CIVIL_RANGE.start;
export const MAX_MS = CIVIL_RANGE.end;

/** Why a link's dataset path is refused, so the notice can say what to fix. */
export type DatasetPathProblem =
  'outside' | 'query' | 'space' | 'slash' | 'case' | 'long' | 'characters';

const SAFE_PATH = /^[A-Za-z0-9_][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9_][A-Za-z0-9._~-]*)*\.json$/;

/**
 * What is wrong with a link's dataset path, or null when it may be loaded: another dataset may
 * come only from the same origin, a relative path to a `.json` file made of plain path
 * characters. Anything with a scheme, a host or `..` is refused as not on this site (`outside`);
 * a path to a .json file of this site that is written in a form the app does not read is
 * refused with that form: a query or fragment, a space, a doubled slash, `.JSON`, its length,
 * or another character.
 */
export function datasetPathProblem(path: string): DatasetPathProblem | null {
  const segments = path.split('/');
  if (
    /^[A-Za-z][A-Za-z0-9+.-]*:|^\/|\\|@/.test(path) ||
    segments.some((segment) => segment === '..' || segment === '.')
  )
    return 'outside';
  if (/[?#]/.test(path)) return 'query';
  if (/\s/.test(path)) return 'space';
  if (path.includes('//')) return 'slash';
  if (!/\.json$/i.test(path)) return 'outside';
  if (!path.endsWith('.json')) return 'case';
  if (path.length > MAX_LENGTH) return 'long';
  return SAFE_PATH.test(path) ? null : 'characters';
}

/** Whether a link's dataset path may be loaded (see datasetPathProblem). */
export const isSafeDatasetPath = (path: string): boolean => datasetPathProblem(path) === null;

/**
 * A dataset file the reader opened in this browser ("Open a dataset file"): `file:` and the first
 * 16 hexadecimal digits of its SHA-256. It names a copy kept in this browser only (see
 * docs/url-format.md), never a request to any server.
 */
export const LOCAL_FILE = /^file:[0-9a-f]{16}$/;

/** Why a `data=` value cannot be loaded, or `null`: a file opened here, or a safe dataset path. */
export const dataValueProblem = (value: string): DatasetPathProblem | null =>
  LOCAL_FILE.test(value) ? null : datasetPathProblem(value);

/**
 * A value from the link as a notice quotes it: shortened, with its control characters written out
 * (\u202E), so the notice shows what was refused and no control in it can reorder the sentence.
 */
export const shown = (value: string) =>
  escapeControls(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** Sorted by code unit with repeats and empty values removed: one spelling per filter. */
export function canonicalList(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
