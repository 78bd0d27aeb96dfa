import { civilToMs, parseCivilDateTime } from '../dates/civil-date.ts';
import type { DatedThing } from '../dates/format-date.ts';
import type { Certainty, Precision } from '../dataset/schema.ts';
import type { MessageId } from './i18n.ts';
import type { Language } from './languages.ts';
import type { Translate } from './use-t.ts';

/** The locale Intl formats each language's dates with: British English writes "13 December 2014". */
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', ru: 'ru' };

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
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], options);
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
  /** "about 5–8 December 2014", "примерно 5–8 декабря 2014 г.", "about 2009 – ongoing". */
  event(event: DatedThing): string;
  /** "Date stated in the source, to the day." */
  quality(event: DatedThing): string;
  /** A number in the language's digits and separators. */
  number(n: number): string;
}

export function dateWords(language: Language, t: Translate): DateWords {
  const civil = (value: string, precision: Precision = 'day') => {
    const c = parseCivilDateTime(value);
    if (!c) return value;
    const date = dateFormat(language, fieldsFor(precision)).format(civilToMs(value));
    if (precision !== 'time' || c.hour === undefined) return date;
    return t('date.withTime', { date, time: dateFormat(language, TIME).format(civilToMs(value)) });
  };

  const span = (event: DatedThing): string => {
    const first = civil(event.start, event.precision);
    if (event.ongoing) return t('date.ongoing', { date: first });
    if (!event.end) return first;
    const a = parseCivilDateTime(event.start);
    const b = parseCivilDateTime(event.end);
    if (!a || !b) return `${first} – ${event.end}`;
    if (event.precision === 'time' && a.hour !== undefined && b.hour !== undefined) {
      const range = dateFormat(language, { ...fieldsFor('day'), ...TIME });
      return range.formatRange(civilToMs(event.start), civilToMs(event.end));
    }
    const precision =
      event.precision === 'time' || event.precision === 'part-of-day' ? 'day' : event.precision;
    // One Intl call collapses what the two ends share: "5–8 December 2014", "5–8 декабря 2014 г.".
    return dateFormat(language, fieldsFor(precision)).formatRange(
      civilToMs(event.start),
      civilToMs(event.end),
    );
  };

  return {
    civil,
    event: (event) => {
      const text = span(event);
      return event.certainty === 'approximate' ? t('date.approximate', { date: text }) : text;
    },
    quality: (event) => {
      const quality = t('date.quality', {
        certainty: t(CERTAINTY_WORDS[event.certainty]),
        precision: t(PRECISION_WORDS[event.precision]),
      });
      return event.ongoing ? `${quality} ${t('date.stillOngoing')}` : quality;
    },
    number: (n) => new Intl.NumberFormat(INTL_LOCALE[language]).format(n),
  };
}
