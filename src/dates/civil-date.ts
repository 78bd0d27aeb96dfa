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

/** Milliseconds on the floating axis, or NaN when the value is not a valid civil date. */
export function civilToMs(value: string): number {
  const c = parseCivilDateTime(value);
  if (!c) return Number.NaN;
  const ms = Date.UTC(c.year, c.month - 1, c.day, c.hour ?? 0, c.minute ?? 0, c.second ?? 0);
  if (c.year >= 100) return ms;
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(c.year, c.month - 1, c.day);
  date.setUTCHours(c.hour ?? 0, c.minute ?? 0, c.second ?? 0, 0);
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
