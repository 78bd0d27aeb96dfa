import { formatCivilDate, formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';

const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';
/** The characters that end a paragraph for the bidirectional algorithm, and so every isolate. */
const PARAGRAPH_BREAKS = new Set(['\n', '\r', '\u001C', '\u001D', '\u001E', '\u0085', '\u2029']);

/**
 * Unicode isolates: text from a dataset cannot reorder the citation around it. Inside, a PDI
 * without an opener of its own would close the isolate early and is dropped; an isolate the text
 * leaves open would take the closing PDI for itself and is closed; a line break would end the
 * isolate and becomes a space. Everything else stays verbatim.
 */
function isolate(text: string): string {
  let open = 0;
  let out = '';
  let afterBreak = false;
  for (const ch of text) {
    if (PARAGRAPH_BREAKS.has(ch)) {
      if (!afterBreak) out += ' ';
      afterBreak = true;
      continue;
    }
    afterBreak = false;
    if (ISOLATE_OPENERS.has(ch)) open += 1;
    else if (ch === PDI) {
      if (open === 0) continue;
      open -= 1;
    }
    out += ch;
  }
  return `\u2068${out}${PDI.repeat(open)}${PDI}`;
}

/** A plain-text citation of an event: what, when, the quoted words, where in which document, the link. */
export function formatCitation(dataset: PreparedDataset, event: PreparedEvent, link: string): string {
  const doc = dataset.document;
  const lines = [`${isolate(event.title)} (${formatEventDate(event)})`];
  for (const source of event.sources) {
    const number = dataset.paragraphNumber.get(source.paragraph);
    lines.push(`“${isolate(source.quote)}” (paragraph ${number ?? isolate(source.paragraph)})`);
  }
  const organisations = doc.organisations.map((o) => isolate(o.name)).join(', ');
  const parts = [organisations, isolate(doc.title), formatCivilDate(doc.date)];
  if (doc.reference) parts.push(isolate(doc.reference));
  lines.push(`Source: ${parts.filter((p) => p !== '').join(', ')}.`);
  lines.push(link);
  return lines.join('\n');
}
