import { parseCivilDateTime } from './civil-date.ts';
import type { Certainty, Precision } from './date-vocabulary.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "13 December 2014" (or "December 2014", "2014" at coarser precision), from the civil fields. */
export function formatCivilDate(value: string, precision: Precision = 'day'): string {
  const c = parseCivilDateTime(value);
  if (!c) return value;
  if (precision === 'year') return String(c.year);
  if (precision === 'month') return `${monthName(c.month)} ${c.year}`;
  const day = `${c.day} ${monthName(c.month)} ${c.year}`;
  if (precision === 'time' && c.hour !== undefined) {
    return `${day}, ${String(c.hour).padStart(2, '0')}:${String(c.minute ?? 0).padStart(2, '0')}`;
  }
  return day;
}

export interface DatedThing {
  start: string;
  end?: string | undefined;
  precision: Precision;
  certainty: Certainty;
  ongoing?: boolean | undefined;
  /** The source gives no start: `start` is only the last date it attests. */
  startUnknown?: boolean | undefined;
}

/** The two ends of a span of days, the first cut to what differs: ["14", "16 December 2014"]. */
function spanWords(start: string, end: string): [string, string] | undefined {
  const a = parseCivilDateTime(start);
  const b = parseCivilDateTime(end);
  if (!a || !b) return undefined;
  const last = `${b.day} ${monthName(b.month)} ${b.year}`;
  if (a.year === b.year && a.month === b.month) return [String(a.day), last];
  if (a.year === b.year) return [`${a.day} ${monthName(a.month)}`, last];
  return [`${a.day} ${monthName(a.month)} ${a.year}`, last];
}

/** Precisions whose spans never share a day, month and year part: "March 2014 – May 2014". */
const WRITTEN_IN_FULL = new Set<Precision>(['year', 'month', 'time']);

/** The normalised date of an event in words: "13 December 2014", "5–8 December 2014", "about 2009 – ongoing". */
export function formatEventDate(event: DatedThing): string {
  const approx = event.certainty === 'approximate' ? 'about ' : '';
  const first = formatCivilDate(event.start, event.precision);
  // "Ongoing" is only ever what the source attests: still going on at its last date.
  const lastAttested = formatCivilDate(event.end ?? event.start, 'day');
  if (event.startUnknown) {
    return event.ongoing
      ? `start not given, still going on ${lastAttested}`
      : `on dates not given, up to ${lastAttested}`;
  }
  if (event.ongoing) return `${approx}${first} – still going on ${lastAttested}`;
  if (!event.end) return `${approx}${first}`;
  // An inferred span of days is one day or some days within it, not a span the source states.
  if (event.certainty === 'inferred' && event.precision === 'days') {
    const span = spanWords(event.start, event.end);
    if (span) return `between ${span[0]} and ${span[1]}`;
  }
  const last = formatCivilDate(event.end, event.precision === 'days' ? 'day' : event.precision);
  // A month or a year spans many days but is written once: "March 2014", not "March 2014 – March 2014".
  if (last === first) return `${approx}${first}`;
  const a = parseCivilDateTime(event.start);
  const b = parseCivilDateTime(event.end);
  if (a && b && a.year === b.year && a.month === b.month && a.day === b.day) {
    // Only times differ, so only the end's time is added.
    if (a.hour === undefined || b.hour === undefined) return `${approx}${first}`;
    return `${approx}${first}–${last.slice(last.lastIndexOf(' ') + 1)}`;
  }
  if (a && b && !WRITTEN_IN_FULL.has(event.precision)) {
    if (a.year === b.year && a.month === b.month) {
      return `${approx}${a.day}–${b.day} ${monthName(b.month)} ${b.year}`;
    }
    if (a.year === b.year) {
      return `${approx}${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${b.year}`;
    }
  }
  return `${approx}${first} – ${last}`;
}

const PRECISION_WORDS: Record<Precision, string> = {
  time: 'to the minute',
  'part-of-day': 'to a part of the day',
  day: 'to the day',
  days: 'to a span of days',
  month: 'to the month',
  year: 'to the year',
};

const CERTAINTY_WORDS: Record<Certainty, string> = {
  stated: 'stated in the source',
  approximate: 'approximate',
  inferred: 'inferred from the context, not stated',
};

/** "Date stated in the source, to the day." */
export function describeDateQuality(event: DatedThing): string {
  const ongoing = event.ongoing ? ' Still going on at the source’s date.' : '';
  // No start given: only the last day is known, so no precision "to the day" is claimed.
  if (event.startUnknown)
    return event.ongoing
      ? `No start given; the date is inferred from the context, not stated.${ongoing}`
      : 'No date given; only the latest possible day is known, inferred from the context.';
  return `Date ${CERTAINTY_WORDS[event.certainty]}, ${PRECISION_WORDS[event.precision]}.${ongoing}`;
}

/** A short mark for labels: "~" for approximate, "?" for inferred dates. */
export function certaintyMark(certainty: Certainty): string {
  if (certainty === 'approximate') return '~';
  if (certainty === 'inferred') return '?';
  return '';
}
