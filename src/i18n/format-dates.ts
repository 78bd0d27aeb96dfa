import { civilToMs, parseCivilDateTime } from '../dates/civil-date.ts';
import type { DatedThing } from '../dates/format-date.ts';
import type { Certainty, Precision } from '../dates/date-vocabulary.ts';
import type { MessageId } from './i18n.ts';
import type { Language } from './languages.ts';
import type { Translate } from './use-t.ts';
import { LANGUAGE_TABLE } from '../url-state/language-table.ts';

/** The fields a precision shows. Civil dates are read as UTC, so no time zone moves them. */
function fieldsFor(precision: Precision): Intl.DateTimeFormatOptions {
  if (precision === 'year') return { timeZone: 'UTC', year: 'numeric' };
  if (precision === 'month') return { timeZone: 'UTC', month: 'long', year: 'numeric' };
  return { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TABLE[language].intl, options);
    formats.set(key, format);
  }
  return format;
}

const PRECISION_WORDS: Record<Precision, MessageId> = {
  time: 'date.precision.time',
  'part-of-day': 'date.precision.partOfDay',
  day: 'date.precision.day',
  days: 'date.precision.days',
  month: 'date.precision.month',
  year: 'date.precision.year',
};

const CERTAINTY_WORDS: Record<Certainty, MessageId> = {
  stated: 'date.certainty.stated',
  approximate: 'date.certainty.approximate',
  inferred: 'date.certainty.inferred',
};

const TIME: Intl.DateTimeFormatOptions = {
  timeZone: 'UTC',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/**
 * Dates in the interface's language: the calendar words from the platform's Intl, the
 * few words of our own ("about", "ongoing") from the catalogue.
 */
export interface DateWords {
  /** "13 December 2014", "13 декабря 2014 г." (or coarser, at a coarser precision). */
  civil(value: string, precision?: Precision): string;
  /**
   * "about 5–8 December 2014", "примерно 5–8 декабря 2014 г.", "about 2009 – still going on
   * 16 December 2014", "between 14 and 16 December 2014": what the panel shows beside its
   * certainty.
   */
  event(event: DatedThing): string;
  /**
   * The date as it travels on its own (previews, cards, the no-JavaScript list, citations,
   * exports): `event` with "(inferred)" where the date is inferred, so no qualifier is lost.
   */
  qualified(event: DatedThing): string;
  /** "Date stated in the source, to the day." */
  quality(event: DatedThing): string;
  /** A number in the language's digits and separators. */
  number(n: number): string;
  /** The days a window of the timeline shows, as a screen reader hears them after a zoom or a pan. */
  window(start: number, end: number): string;
}

/**
 * A Russian date as a typesetter sets it, since Intl writes plain spaces and the catalogue's
 * typesetting never sees text composed at run time: a no-break space between the day and its
 * month and before «г.» («16 декабря 2014 г.»), and a bare year with its «г.» too («примерно с
 * 2009 г.»), which some platforms leave out.
 */
function typesetDate(language: Language, text: string, precision?: Precision): string {
  if (language !== 'ru') return text;
  const tied = text.replace(/(\d) (?=\p{L})/gu, '$1\u00a0').replace(/ (?=г\.)/g, '\u00a0');
  return precision === 'year' ? tied.replace(/^(\d+)$/, '$1\u00a0г.') : tied;
}

export function dateWords(language: Language, t: Translate): DateWords {
  const civil = (value: string, precision: Precision = 'day') => {
    const c = parseCivilDateTime(value);
    if (!c) return value;
    const date = typesetDate(
      language,
      dateFormat(language, fieldsFor(precision)).format(civilToMs(value)),
      precision,
    );
    if (precision !== 'time' || c.hour === undefined) return date;
    return t('date.withTime', { date, time: dateFormat(language, TIME).format(civilToMs(value)) });
  };

  const format = (value: string, options: Intl.DateTimeFormatOptions) =>
    typesetDate(language, dateFormat(language, options).format(civilToMs(value)));

  /**
   * A range written from single dates, so the page's server and every browser write it alike
   * (Intl's formatRange spaces its dash differently from one ICU version to the next, and a
   * prerendered page must hydrate to the same text): "5–8 December 2014", "5–8 декабря 2014 г.",
   * "30 November – 2 December 2014", "March – May 2014".
   */
  const span = (event: DatedThing): string => {
    const first = civil(event.start, event.precision);
    // "Ongoing" is only ever what the source attests: still going on at its last date.
    const lastAttested = civil(event.end ?? event.start, 'day');
    if (event.startUnknown) {
      return t('date.startUnknown', { ongoing: event.ongoing ? 'yes' : 'no', date: lastAttested });
    }
    if (event.ongoing) return t('date.ongoing', { date: first, end: lastAttested });
    if (!event.end) return first;
    // An inferred span of days is one day or some days within it, not a span the source states.
    if (event.certainty === 'inferred' && event.precision === 'days' && event.end !== event.start) {
      const last = civil(event.end, 'day');
      const a = parseCivilDateTime(event.start);
      const b = parseCivilDateTime(event.end);
      const dayFirst =
        dateFormat(language, fieldsFor('day')).formatToParts(civilToMs(event.end))[0]?.type ===
        'day';
      const from =
        a && b && a.year === b.year && dayFirst
          ? a.month === b.month
            ? String(a.day)
            : format(event.start, { timeZone: 'UTC', day: 'numeric', month: 'long' })
          : civil(event.start, 'day');
      return t('date.between', { first: from, last });
    }
    const a = parseCivilDateTime(event.start);
    const b = parseCivilDateTime(event.end);
    const precision =
      event.precision === 'days' || event.precision === 'part-of-day' ? 'day' : event.precision;
    const last = civil(event.end, precision);
    if (!a || !b || last === first) return first;
    if (a.year === b.year && a.month === b.month && a.day === b.day) {
      // Only the times differ.
      if (a.hour === undefined || b.hour === undefined) return first;
      const times = `${format(event.start, TIME)}–${format(event.end, TIME)}`;
      return t('date.withTime', { date: civil(event.start, 'day'), time: times });
    }
    if (a.year === b.year && precision === 'day') {
      const dayFirst =
        dateFormat(language, fieldsFor('day')).formatToParts(civilToMs(event.end))[0]?.type ===
        'day';
      if (a.month === b.month && dayFirst) return `${a.day}–${last}`;
      if (dayFirst)
        return `${format(event.start, { timeZone: 'UTC', day: 'numeric', month: 'long' })} – ${last}`;
    }
    if (a.year === b.year && precision === 'month') {
      return `${format(event.start, { timeZone: 'UTC', month: 'long' })} – ${last}`;
    }
    return `${first} – ${last}`;
  };

  const eventDate = (event: DatedThing) => {
    const text = span(event);
    return event.certainty === 'approximate' && !event.startUnknown
      ? t('date.approximate', { date: text })
      : text;
  };

  return {
    civil,
    event: eventDate,
    qualified: (event) =>
      event.certainty === 'inferred'
        ? t('date.inferredMark', { date: eventDate(event) })
        : eventDate(event),
    quality: (event) => {
      // No start given: only the last day is known, so no precision "to the day" is claimed.
      const quality = event.startUnknown
        ? t('date.qualityStartUnknown', { ongoing: event.ongoing ? 'yes' : 'no' })
        : t('date.quality', {
            certainty: t(CERTAINTY_WORDS[event.certainty]),
            precision: t(PRECISION_WORDS[event.precision]),
          });
      return event.ongoing ? `${quality} ${t('date.stillOngoing')}` : quality;
    },
    number: (n) => new Intl.NumberFormat(LANGUAGE_TABLE[language].intl).format(n),
    // Heard, never prerendered: Intl's own range ("5–8 December 2014") serves as it is.
    window: (start, end) => dateFormat(language, fieldsFor('day')).formatRange(start, end),
  };
}
