import {
  copyNote,
  dateParts,
  locatorText,
  quoteLocator,
  type CitedEvent,
  type CitedWork,
} from './cited-work.ts';
import { inEnglishQuotes } from '../text/quote-marks.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Text as TeX reads it back: its special characters escaped, and the pairs that TeX fonts join
 * into other characters (`--` into a dash, `''` into a closing quote, `?``, `!``) kept apart.
 */
export function escapeTex(text: string): string {
  return text
    .replace(/[\\{}$%&#_^~]/g, (ch) => SPECIALS[ch] ?? ch)
    .replace(/-(?=-)/g, '-{}')
    .replace(/'(?=')/g, "'{}")
    .replace(/`(?=`)/g, '`{}')
    .replace(/([?!])(?=`)/g, '$1{}');
}

/** A link for a verbatim field: the characters that would end or break the field percent-encoded. */
function verbatimUrl(link: string): string {
  return link.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

/**
 * The event's date as biblatex's `eventdate`, only when the source states it and it has an
 * end: biblatex's marks for approximate, uncertain and open-ended dates are dropped by common
 * importers, which would turn "about 5–8 December" into an exact span and "since 10 December"
 * into a single day. Such a date is given in words in `annote` instead.
 */
function eventDate(event: CitedEvent): string | undefined {
  if (event.certainty !== 'stated' || event.ongoing) return undefined;
  const precision =
    event.precision === 'year' || event.precision === 'month' ? event.precision : 'day';
  const iso = (value: string) =>
    dateParts(value, precision)
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
      .join('-');
  const start = iso(event.start);
  const end = event.end === undefined ? start : iso(event.end);
  return end === start ? start : `${start}/${end}`;
}

function annote(event: CitedEvent): string {
  const quotes = event.quotes
    .map((q) => `${inEnglishQuotes(q.quote)} (${quoteLocator(q)})`)
    .join(' ');
  const wording = event.dateWording ? `; the source says “${event.dateWording}”` : '';
  return `${event.title} (${event.dateText}${wording}). ${quotes}`;
}

/** babel's names of the languages whose BCP 47 tags a dataset is likeliest to give (biblatex's `langid`). */
const BABEL_NAMES: Record<string, string> = {
  en: 'english',
  ru: 'russian',
  uk: 'ukrainian',
  de: 'german',
  fr: 'french',
  es: 'spanish',
};

/**
 * A biblatex/BibTeX entry (`@misc`) for the document, or for the document at an event: the
 * paragraphs in `note` with the reference, the quoted words in `annote`, the event's title in
 * `eventtitle` and its date in `eventdate` when the source states it.
 */
export function toBibtex(work: CitedWork): string {
  const [year, month] = dateParts(work.date);
  const fields: [string, string][] = [];
  const braced = (name: string, text: string) => fields.push([name, `{${escapeTex(text)}}`]);
  if (work.authors.length > 0) {
    // Each organisation in its own braces: one corporate name, never split at "and" or a comma.
    fields.push(['author', `{${work.authors.map((a) => `{${escapeTex(a)}}`).join(' and ')}}`]);
  }
  // Double braces keep the title's capitals as the document writes them.
  fields.push(['title', `{{${escapeTex(work.title)}}}`]);
  fields.push(['date', `{${work.date}}`]);
  fields.push(['year', `{${year ?? ''}}`]);
  fields.push(['month', MONTHS[(month ?? 1) - 1] ?? 'jan']);
  const note = [
    work.reference,
    work.event ? locatorText(work.event) : undefined,
    work.origin,
    work.copy && copyNote(work.copy),
  ].filter((part): part is string => part !== undefined);
  if (note.length > 0) braced('note', note.join(', '));
  if (work.event) {
    braced('eventtitle', work.event.title);
    const date = eventDate(work.event);
    if (date) fields.push(['eventdate', `{${date}}`]);
    braced('annote', annote(work.event));
  }
  // biblatex's language of the entry (for hyphenation and quotes), by babel's name for it.
  const langid = work.language === undefined ? undefined : BABEL_NAMES[work.language.toLowerCase()];
  if (langid !== undefined) fields.push(['langid', `{${langid}}`]);
  fields.push(['url', `{${verbatimUrl(work.link)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${work.key},\n${body}\n}\n`;
}
