import { labelIn } from '../../dataset/dataset-labels.ts';
import { exportedEdtf } from '../../dates/exported-edtf.ts';
import type { PreparedDataset, PreparedEvent } from '../../dataset/prepare-dataset.ts';
import type { Precision } from '../../dataset/check/schema.ts';
import type { DateWords } from '../../i18n/format-dates.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/use-t.ts';

type JsonLd = Record<string, unknown>;

/** A civil date cut to what its precision says: a day, a month or a year (never a made-up time). */
function atPrecision(civil: string, precision: Precision): string {
  if (precision === 'year') return civil.slice(0, 4);
  if (precision === 'month') return civil.slice(0, 7);
  return civil.slice(0, 10);
}

/**
 * The event's dates as schema.org reads them: only a date the source states is given, at the
 * precision it states it (a time of day is left out: the letter's times are an order, not a
 * clock). An approximate or inferred date is not given as a date at all: its EDTF expression
 * and the source's words say what is known, in a note.
 */
export function eventDates(event: PreparedEvent): JsonLd {
  if (event.certainty !== 'stated' || event.startUnknown) return {};
  const start = atPrecision(event.start, event.precision);
  const dates: JsonLd = { startDate: start };
  if (event.end !== undefined && !event.ongoing) {
    const end = atPrecision(event.end, event.precision === 'days' ? 'day' : event.precision);
    if (end !== start) dates.endDate = end;
  }
  return dates;
}

/** What is known of a date that is not given as one: its certainty, EDTF and the source's words. */
function undatedNote(event: PreparedEvent, t: Translate, dates: DateWords): string {
  return t('prerender.undatedNote', {
    // The date's words without their own "(inferred)": the note says how it is known once.
    date: dates.event(event),
    certainty: event.certainty,
    edtf: exportedEdtf(event),
    hasWords: event.dateWording ? 'yes' : 'no',
    words: event.dateWording ?? '',
  });
}

/**
 * The letter as a schema.org CreativeWork: its original title (as a citation names it), its
 * language, authors, date and reference. The copy the quotes are from is a MediaObject of its
 * own (`encoding`: its file, SHA-256 and the dataset's description of it), so that what is said
 * of the capture (unknown origin and date) is never said of the letter.
 */
export function letterJsonLd(
  dataset: PreparedDataset,
  url: string | undefined,
  language?: Language,
): JsonLd {
  const doc = dataset.document;
  const source = doc.source;
  // Which copy the quotes are from, in the page's language where the dataset translates it.
  const copy =
    (language === undefined ? undefined : source?.translations?.[language]?.description) ||
    source?.description;
  return {
    '@type': 'CreativeWork',
    name: doc.title,
    ...(doc.language ? { inLanguage: doc.language } : {}),
    dateCreated: doc.date,
    author: doc.organisations.map((o) => ({ '@type': 'Organization', name: o.name })),
    ...(doc.reference ? { identifier: doc.reference } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(source
      ? {
          encoding: {
            '@type': 'MediaObject',
            name: source.file,
            encodingFormat: 'text/plain',
            ...(source.sha256 ? { sha256: source.sha256 } : {}),
            ...(copy ? { description: copy } : {}),
          },
        }
      : {}),
  };
}

/**
 * An event page's structured data, in the page's language: the event (name, dates, place), the
 * quotation from the letter that it rests on (in the letter's language), and the letter.
 * Nothing is added that the dataset does not say.
 */
export function eventPageJsonLd(
  dataset: PreparedDataset,
  event: PreparedEvent,
  urls: { page?: string | undefined; letter?: string | undefined },
  { language, t, dates }: { language: Language; t: Translate; dates: DateWords },
): JsonLd {
  const letter = letterJsonLd(dataset, urls.letter, language);
  const docLanguage = dataset.document.language;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Event',
        name: event.title,
        inLanguage: event.titleLang ?? language,
        ...eventDates(event),
        ...(event.certainty !== 'stated'
          ? { disambiguatingDescription: undatedNote(event, t, dates) }
          : {}),
        ...(event.place
          ? {
              location: {
                '@type': 'Place',
                name: labelIn(dataset.labels, event.place, language, docLanguage).text,
              },
            }
          : {}),
        ...(event.summary ? { description: event.summary } : {}),
        ...(urls.page !== undefined ? { url: urls.page } : {}),
        subjectOf: event.sources.map((source) => ({
          '@type': 'Quotation',
          text: source.quote,
          ...(docLanguage ? { inLanguage: docLanguage } : {}),
          isPartOf: letter,
        })),
      },
    ],
  };
}

/**
 * The letter's and the home page's structured data: the page (in its language) about the
 * letter (in its own).
 */
export function letterPageJsonLd(
  dataset: PreparedDataset,
  url: string | undefined,
  language: Language,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...letterJsonLd(dataset, url, language),
    subjectOf: { '@type': 'WebPage', inLanguage: language },
  };
}
