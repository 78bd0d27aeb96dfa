import { exportedEdtf } from '../dates/exported-edtf.ts';
import { formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { Certainty, Precision } from '../dataset/check/schema.ts';

/**
 * One quoted passage: the paragraph's number as the reader counts the body (its id when the
 * document lacks it), or, for an unnumbered heading or closing line, which it is; and the words.
 */
export interface CitedQuote {
  paragraph: number | string;
  part?: 'heading' | 'closing' | undefined;
  quote: string;
}

/** The event a citation points into the document for. */
export interface CitedEvent {
  id: string;
  title: string;
  /** The EDTF as it leaves the app: an open start (`../2014-12-16`) where the source gives none. */
  edtf: string;
  start: string;
  end?: string | undefined;
  precision: Precision;
  certainty: Certainty;
  ongoing: boolean;
  /** The source gives no start: `start` is only the last date it attests. */
  startUnknown: boolean;
  /** The source's own words for the date, when the dataset gives them. */
  dateWording?: string | undefined;
  /** The date in words, never more certain than the source: "about 5–8 December 2014", "14–16 December 2014 (inferred)". */
  dateText: string;
  quotes: CitedQuote[];
  /** The body paragraphs quoted, each once, in the order of the quotes: the citation's locator. */
  paragraphs: (number | string)[];
  /** The unnumbered lines quoted (heading, closing), each kind once, in the order of the quotes. */
  lines: ('heading' | 'closing')[];
}

/**
 * What every citation format says: the document as the work (its organisations as authors),
 * and, for an event, the paragraphs as the locator, the quoted words and the event's link.
 * Text is the dataset's, with control characters and line breaks made spaces (every field of
 * a citation is one line); the formats escape it for their own syntax.
 */
export interface CitedWork {
  /** A citation key: ASCII letters, digits, `-` and `:`. */
  key: string;
  title: string;
  authors: string[];
  /** The document's date, `YYYY-MM-DD`: always a stated day in this format. */
  date: string;
  reference?: string | undefined;
  /** The document's language (a BCP 47 tag, `en` for the letter), which the record is in too. */
  language?: string | undefined;
  link: string;
  event?: CitedEvent | undefined;
  /**
   * Where a dataset a link loaded came from, said in every format ("from the dataset at …, not
   * checked by the site that shows it"): its title and authors are its own claims.
   */
  origin?: string | undefined;
  /** The copy the quotes are from (file, SHA-256), said in every format so a checker finds the text. */
  copy?: DocumentCopy | undefined;
}

/** A copy of the document: its file's name and SHA-256. */
export interface DocumentCopy {
  file: string;
  sha256: string;
}

/** The copy named in the notes of BibTeX, RIS and CSL-JSON (English, the letter's language): a phrase, or a sentence. */
export function copyNote(copy: DocumentCopy, sentence = false): string {
  const note = `the copy of the document in the file ${copy.file} (SHA-256 ${copy.sha256})`;
  return sentence ? `Quoted from ${note}.` : `quoted from ${note}`;
}

/** C0 and C1 controls, DEL, and the line and paragraph separators: one space for each run. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/**
 * The bidirectional embeddings, overrides and isolates, which would reorder what a reference
 * manager shows, and typeset Russian's word joiner, which would make a search of it miss a word.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u2060]/g;

/**
 * A single line of text: control characters and line breaks become spaces, bidi controls are
 * dropped, the ends are trimmed; nothing else changes.
 */
export function oneLine(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').trim();
}

function asciiKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** The event's date in words, saying "about" or "inferred" whenever the source is not exact. */
export function eventDateText(event: PreparedEvent): string {
  const words = formatEventDate(event);
  return event.certainty === 'inferred' ? `${words} (inferred)` : words;
}

/** The work a citation names: the whole document, or the document at an event's paragraphs. */
export function citedWork(
  dataset: PreparedDataset,
  shortName: string,
  link: string,
  event?: PreparedEvent,
  /** The address of a dataset a link loaded (not the site's own). */
  originUrl?: string,
  /** The copy of the document the quotes are from. */
  copy?: DocumentCopy,
): CitedWork {
  const doc = dataset.document;
  const base = asciiKey(shortName) || 'document';
  const reference =
    doc.reference === undefined || doc.reference.trim() === '' ? undefined : oneLine(doc.reference);
  return {
    key: event ? `${base}:${event.id}` : base,
    title: oneLine(doc.title),
    authors: doc.organisations.map((o) => oneLine(o.name)),
    date: doc.date,
    reference,
    language: doc.language,
    link,
    event: event ? citedEvent(dataset, event) : undefined,
    origin:
      originUrl === undefined
        ? undefined
        : `from the dataset at ${originUrl}, not checked by the site that shows it`,
    copy: copy && { file: oneLine(copy.file), sha256: oneLine(copy.sha256) },
  };
}

function citedEvent(dataset: PreparedDataset, event: PreparedEvent): CitedEvent {
  const quotes: CitedQuote[] = event.sources.map((s) => ({
    paragraph: dataset.paragraphNumber.get(s.paragraph) ?? oneLine(s.paragraph),
    part: dataset.paragraphPart.get(s.paragraph),
    quote: oneLine(s.quote),
  }));
  return {
    id: event.id,
    title: oneLine(event.title),
    edtf: exportedEdtf(event),
    start: event.start,
    end: event.end,
    precision: event.precision,
    certainty: event.certainty,
    ongoing: event.ongoing === true,
    startUnknown: event.startUnknown === true,
    dateWording:
      event.dateWording === undefined || event.dateWording === ''
        ? undefined
        : oneLine(event.dateWording),
    dateText: eventDateText(event),
    quotes,
    paragraphs: [...new Set(quotes.filter((q) => !q.part).map((q) => q.paragraph))],
    lines: [...new Set(quotes.flatMap((q) => (q.part ? [q.part] : [])))],
  };
}

/** Where one quote is, as the reader counts: "paragraph 5", "heading line", "closing line". */
export function quoteLocator(quote: CitedQuote): string {
  return quote.part ? `${quote.part} line` : `paragraph ${quote.paragraph}`;
}

/**
 * Where the quotes are, as the reader counts: "paragraph 8", "paragraphs 10, 4", "heading
 * lines; closing line" (the unnumbered lines by what they are, never by their ids).
 */
export function locatorText(event: Pick<CitedEvent, 'paragraphs' | 'quotes'>): string {
  const { paragraphs } = event;
  const parts =
    paragraphs.length === 0
      ? []
      : [`${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${paragraphs.join(', ')}`];
  for (const part of ['heading', 'closing'] as const) {
    const count = new Set(event.quotes.filter((q) => q.part === part).map((q) => q.paragraph)).size;
    if (count > 0) parts.push(`${part} ${count === 1 ? 'line' : 'lines'}`);
  }
  return parts.join('; ');
}

/** The civil date's parts as numbers: `[2014, 12, 16]`, `[2014, 12]` for a month, `[2009]` for a year. */
export function dateParts(value: string, precision: Precision = 'day'): number[] {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const parts = [y ?? 0, m ?? 1, d ?? 1];
  if (precision === 'year') return parts.slice(0, 1);
  if (precision === 'month') return parts.slice(0, 2);
  return parts;
}
