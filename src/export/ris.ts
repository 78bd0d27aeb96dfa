import { copyNote, locatorText, quoteLocator, type CitedWork } from './cited-work.ts';
import { inEnglishQuotes } from '../text/quote-marks.ts';

/**
 * An RIS record (`TY  - GEN`, a document) for the document, or for the document at an event:
 * the organisations as authors, the reference as its number (`M1`), and for an event its
 * paragraphs, quoted words and date in words as notes (`N1`). RIS has no field for an
 * event's date, so an uncertain date is never given as a date field. Every value is one line
 * with single spaces; lines end in CRLF, as the format asks.
 */
export function toRis(work: CitedWork): string {
  const lines: string[] = [];
  // Readers differ on spaces at a value's edges, and some split a line at any "  - ": a value
  // has no spaces at its edges and no runs of them.
  const tag = (name: string, value: string) =>
    lines.push(`${name}  - ${value.replace(/ {2,}/g, ' ').trim()}`);
  tag('TY', 'GEN');
  tag('ID', work.key);
  tag('TI', work.title);
  for (const author of work.authors) tag('AU', author);
  tag('PY', work.date.slice(0, 4));
  tag('DA', `${work.date.slice(0, 10).replaceAll('-', '/')}/`);
  if (work.reference) tag('M1', work.reference);
  const event = work.event;
  if (event) {
    const wording = event.dateWording ? `; the source says “${event.dateWording}”` : '';
    tag('N1', `${event.title} (${event.dateText}${wording}), ${locatorText(event)}`);
    for (const q of event.quotes) tag('N1', `${inEnglishQuotes(q.quote)} (${quoteLocator(q)})`);
  }
  if (work.origin) tag('N1', work.origin);
  if (work.copy) tag('N1', copyNote(work.copy, true));
  if (work.language) tag('LA', work.language);
  tag('UR', work.link);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
