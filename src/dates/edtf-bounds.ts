import { DAY_MS, msToCivil, msToCivilDay, parseCivilDateTime } from './civil-date.ts';

/** The earliest and latest civil instants an EDTF expression allows; `max: null` for an open end. */
export interface EdtfBounds {
  min: string;
  max: string | null;
}

export type EdtfReader = (expression: string) => EdtfBounds | { error: string };

const PLAIN_DAY = /^(\d{4}-\d{2}-\d{2})$/;
const PLAIN_DAY_INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
const NOT_EDTF = { error: 'is not a valid EDTF date' } as const;
const NO_START = { error: 'has no start: give the earliest date the source allows' } as const;

const UNKNOWN_START = {
  error: 'has an unknown start (nothing before "/"): give the earliest date the source allows',
} as const;
const UNKNOWN_END = {
  error:
    'has an unknown end (nothing after "/"): give the latest date the source allows, or ".." if it is still going on',
} as const;
const OFFSET = {
  error:
    'gives a time with an offset (Z or ±hh:mm): write the time the source gives, in the dataset’s time zone, without an offset',
} as const;
const OUT_OF_RANGE = { error: 'lies outside the years 0001–9999' } as const;
/**
 * Why a civil `start` or `end` that the format's pattern takes is not a date: year 0, outside
 * the range (the pattern holds no other year outside it), or a day or time that does not exist.
 */
export const civilDateError = (value: string): string =>
  value.startsWith('0000-') ? OUT_OF_RANGE.error : 'is not a calendar date';
const SEASON = {
  error:
    'gives a season (21–41 in place of a month), which the app does not read: give the months instead, such as 2014-03/2014-05',
} as const;

/** A year followed by a season or a part of a year (EDTF's 21–41), not a month. */
const SEASON_CODE = /\d{4}-(?:2[1-9]|3\d|4[01])(?![\d-])/;

/** A time of day followed by `Z` or an offset such as +03:00, +0300 or -05. */
const TIME_OFFSET = /T[\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)/;
/** A civil bound within the years 0001–9999. */
const IN_RANGE = /^(?!0000)\d{4}-/;

/** A year EDTF writes with `Y` (more than four digits, or an exponent): never in 0001–9999. */
const LONG_YEAR = /Y[-+]?\d/;
/** A four-digit year at the start of a bound (the start, or after `/`, `,`, `..`, `[` or `{`). */
const FOUR_DIGIT_YEAR = /(?:^|[/,.[{])(-?)(\d{4})(?![\dX])/g;

/**
 * Whether any bound's year is outside 0001–9999, read from the text before anything else: the
 * grammar refuses year 0 and a long year in some places and reads others (`Y170000002`) as no
 * date at all, so each would get another reason.
 */
export function hasYearOutOfRange(expression: string): boolean {
  if (LONG_YEAR.test(expression)) return true;
  for (const [, sign, digits] of expression.matchAll(FOUR_DIGIT_YEAR)) {
    if (sign === '-' || digits === '0000') return true;
  }
  return false;
}

/**
 * What the grammar reads wrongly or the app cannot say: an empty bound, which the `edtf` library
 * reads as 1 January 1970, and a time with an offset, which it moves to UTC (another day, at
 * times, than the one the source gives), and a season, which it reads as a quarter.
 */
function refusedShape(expression: string) {
  if (expression.startsWith('/')) return UNKNOWN_START;
  if (expression.endsWith('/')) return UNKNOWN_END;
  if (TIME_OFFSET.test(expression)) return OFFSET;
  // The library reads spring (21) as January to March, a quarter; no season has one span.
  if (SEASON_CODE.test(expression)) return SEASON;
  return null;
}

const isDay = (value: string) => parseCivilDateTime(value) !== null;

/**
 * Plain days and day intervals: most of any large dataset, read without the EDTF grammar.
 * A day that does not exist, or an interval that does not end after it starts, is refused, as
 * the grammar refuses it. Null when the expression needs the grammar.
 */
function readPlain(expression: string): EdtfBounds | typeof NOT_EDTF | typeof OUT_OF_RANGE | null {
  // Before any other reading, so every form of such a year gets this one reason.
  if (hasYearOutOfRange(expression)) return OUT_OF_RANGE;
  const day = PLAIN_DAY.exec(expression);
  if (day?.[1]) return isDay(day[1]) ? { min: day[1], max: day[1] } : NOT_EDTF;
  const interval = PLAIN_DAY_INTERVAL.exec(expression);
  if (interval?.[1] && interval[2]) {
    const [, min, max] = interval;
    return isDay(min) && isDay(max) && min < max ? { min, max } : NOT_EDTF;
  }
  return null;
}

interface EdtfValue {
  type: string;
  min: number;
  max: number;
  values?: unknown[];
}

function isEdtfValue(value: unknown): value is EdtfValue {
  return typeof value === 'object' && value !== null && 'min' in value && 'max' in value;
}

/** The members of a set or list; the library reports the first member's bounds for the whole. */
function members(value: EdtfValue): EdtfValue[] {
  if ((value.type === 'Set' || value.type === 'List') && Array.isArray(value.values)) {
    return value.values.flat().filter(isEdtfValue);
  }
  return [];
}

/** A bound at the last millisecond of a day is that day; an exact instant keeps its time. */
function toCivilBound(ms: number): string {
  const msOfDay = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  return msOfDay === DAY_MS - 1 ? msToCivilDay(ms) : msToCivil(ms);
}

/**
 * Returns a reader of EDTF expressions. The `edtf` library (a parser for the full grammar) is
 * loaded only when the expressions need more than plain days, keeping it off the first load.
 */
export async function loadEdtfReader(expressions: Iterable<string>): Promise<EdtfReader> {
  let needsGrammar = false;
  for (const e of expressions) {
    if (!readPlain(e)) {
      needsGrammar = true;
      break;
    }
  }
  if (!needsGrammar) {
    return (expression) => readPlain(expression) ?? NOT_EDTF;
  }
  const { default: edtf, defaults } = await import('edtf');
  // By default the library reads a time without an offset in the zone of the computer running
  // it; dataset times are civil times of the dataset's zone, placed on the floating UTC axis.
  defaults.offset = false;
  return (expression) => {
    const plain = readPlain(expression);
    if (plain) return plain;
    const refused = refusedShape(expression);
    if (refused) return refused;
    try {
      const value: unknown = edtf(expression);
      if (!isEdtfValue(value)) return NO_START;
      const parts = members(value);
      const min = Math.min(value.min, ...parts.map((v) => v.min));
      if (!Number.isFinite(min)) return NO_START;
      const max = Math.max(value.max, ...parts.map((v) => v.max));
      const bounds = {
        min: toCivilBound(min),
        max: Number.isFinite(max) ? toCivilBound(max) : null,
      };
      if (!IN_RANGE.test(bounds.min) || (bounds.max !== null && !IN_RANGE.test(bounds.max)))
        return OUT_OF_RANGE;
      return bounds;
    } catch {
      return NOT_EDTF;
    }
  };
}
