import {
  copyNote,
  dateParts,
  locatorText,
  quoteLocator,
  type CitedEvent,
  type CitedWork,
} from './cited-work.ts';
import { inEnglishQuotes } from '../text/quote-marks.ts';

interface CslDate {
  'date-parts': number[][];
  circa?: boolean;
}

/**
 * The event's date as CSL's `event-date`: its parts down to the source's precision (a day, a
 * month, a year; a span as two dates), marked `circa` whenever the source gives it roughly.
 * CSL has no open end or open start, and no word for "inferred" (`circa` prints "ca.", which
 * reads as "about"): an ongoing event, one whose source gives no start, and one whose date is
 * inferred have no `event-date` (a start alone, the last day the source attests, or "ca."
 * would say what the source does not), and the date is in `note` and `custom`.
 */
export function cslEventDate(event: CitedEvent): CslDate | undefined {
  if (event.ongoing || event.startUnknown || event.certainty === 'inferred') return undefined;
  const precision =
    event.precision === 'year' || event.precision === 'month' ? event.precision : 'day';
  const start = dateParts(event.start, precision);
  const parts = [start];
  if (event.end !== undefined) {
    const end = dateParts(event.end, precision);
    if (end.join('-') !== start.join('-')) parts.push(end);
  }
  return event.certainty === 'stated'
    ? { 'date-parts': parts }
    : { 'date-parts': parts, circa: true };
}

/**
 * A CSL-JSON list of one item (type `document`) for the document, or for the document at an
 * event: the organisations as institutional authors, `issued` the document's date, the
 * reference as `number`, and for an event `event-title`, `event-date`, the paragraphs and
 * quoted words in `note`, and under `custom` the locator (`paragraph`) and the dataset's own
 * date fields (EDTF, precision, certainty).
 */
export function toCslJson(work: CitedWork): string {
  const item: Record<string, unknown> = {
    id: work.key,
    'citation-key': work.key,
    type: 'document',
    title: work.title,
  };
  if (work.authors.length > 0) item.author = work.authors.map((literal) => ({ literal }));
  item.issued = { 'date-parts': [dateParts(work.date)] };
  if (work.reference) item.number = work.reference;
  const event = work.event;
  if (event) {
    item['event-title'] = event.title;
    const date = cslEventDate(event);
    if (date) item['event-date'] = date;
    const quotes = event.quotes
      .map((q) => `${inEnglishQuotes(q.quote)} (${quoteLocator(q)})`)
      .join(' ');
    // The source's words for the date, as BibTeX's `annote` and RIS's `N1` give them.
    const wording = event.dateWording ? `; the source says “${event.dateWording}”` : '';
    item.note = `${event.title} (${event.dateText}${wording}), ${locatorText(event)}. ${quotes}`;
    item.custom = {
      // A body paragraph's number, or, where only unnumbered lines are quoted, what they are.
      ...(event.paragraphs.length > 0
        ? { locator: event.paragraphs.join(', '), label: 'paragraph' }
        : { locator: locatorText(event), label: 'line' }),
      event: event.id,
      edtf: event.edtf,
      precision: event.precision,
      certainty: event.certainty,
      ...(event.ongoing ? { ongoing: true } : {}),
      ...(event.startUnknown ? { startUnknown: true } : {}),
      ...(event.dateWording ? { dateWording: event.dateWording } : {}),
    };
  }
  // The copy the quotes are from, after the event's words (or alone, for the whole document).
  if (work.copy) {
    const copy = copyNote(work.copy, true);
    item.note = typeof item.note === 'string' ? `${item.note} ${copy}` : copy;
  }
  if (work.origin) item.source = work.origin;
  if (work.language) item.language = work.language;
  item.URL = work.link;
  return `${JSON.stringify([item], null, 2)}\n`;
}
