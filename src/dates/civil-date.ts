/**
 * Civil dates: the calendar day (and time, when given) where an event happened, in the
 * dataset's time zone. They are never converted to the reader's zone: they are placed on a
 * "floating" UTC axis (the civil fields read as UTC) and formatted from their own fields,
 * so a reader in Honolulu and one in Kiritimati both see the letter's day.
 */
export interface CivilDateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The proleptic Gregorian calendar's month lengths, without allocating a Date (datasets hold many dates). */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function parseCivilDateTime(value: string): CivilDateTime | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  // Year 0000 is outside the civil calendar's years (1 to 9999), the one range the format,
  // links and the timeline share.
  if (year < 1) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined) return { year, month, day };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** The number written by the ASCII digits of `value` from `from` to `to`, or -1 if any is not one. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Milliseconds on the floating axis, or NaN when the value is not a valid civil date: the same
 * values parseCivilDateTime accepts, read without a regular expression or an object on the way
 * (every event's dates are read several times while a dataset is checked and prepared).
 */
export function civilToMs(value: string): number {
  const length = value.length;
  if (length !== 10 && length !== 16 && length !== 19) return Number.NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return Number.NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (length > 10) {
    if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return Number.NaN;
    hour = digitsAt(value, 11, 13);
    minute = digitsAt(value, 14, 16);
    if (length === 19) {
      if (value.charCodeAt(16) !== 58) return Number.NaN;
      second = digitsAt(value, 17, 19);
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
      return Number.NaN;
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 100) return ms;
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * The one range of instants the app handles: a dataset's dates, a link's window and what the
 * timeline can show all lie between the first instant of 0001-01-01 and the last second of
 * 9999-12-31.
 */
export const CIVIL_RANGE = {
  start: civilToMs('0001-01-01'),
  end: civilToMs('9999-12-31T23:59:59'),
} as const;

/** A window moved (and, if wider than the range, narrowed) to lie inside CIVIL_RANGE. */
export function clampToCivilRange<W extends { start: number; end: number }>(window: W): W {
  const width = Math.min(window.end - window.start, CIVIL_RANGE.end - CIVIL_RANGE.start);
  let start = Math.max(window.start, CIVIL_RANGE.start);
  if (start + width > CIVIL_RANGE.end) start = CIVIL_RANGE.end - width;
  if (start === window.start && start + width === window.end) return window;
  return { ...window, start, end: start + width };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The civil day (YYYY-MM-DD) of a point on the floating axis. */
export function msToCivilDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The shortest ISO form of a point on the floating axis: a day, or a day with hh:mm(:ss). */
export function msToCivil(ms: number): string {
  const d = new Date(ms);
  const day = msToCivilDay(ms);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0 && d.getUTCMilliseconds() === 0) return day;
  return s === 0 ? `${day}T${pad(h)}:${pad(m)}` : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}
