import { formatCivilDate, formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';

/** Unicode isolates: text from a dataset cannot reorder the citation around it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

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
