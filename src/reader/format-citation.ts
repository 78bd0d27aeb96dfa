import { formatCivilDate, formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { Certainty } from '../dataset/schema.ts';
import { inertForSpreadsheet, plainField } from '../text/plain-text.ts';

/** What a citation adds to the date, so that it never reads as stated when it is not ("about" is in the date). */
const DATE_NOTE: Record<Certainty, string> = {
  stated: '',
  approximate: '',
  inferred: ', date inferred from the context',
};

/**
 * A plain-text citation of an event: what, when, the quoted words, where in which document, the
 * link. Every field from the dataset is one plain line (no line breaks, no controls, no bidi
 * overrides or isolates: invisible characters would break "verbatim" for whoever pastes it), and
 * no line can start a spreadsheet formula.
 */
export function formatCitation(
  dataset: PreparedDataset,
  event: PreparedEvent,
  link: string,
): string {
  const doc = dataset.document;
  const lines = [
    `${plainField(event.title)} (${formatEventDate(event)}${DATE_NOTE[event.certainty]})`,
  ];
  for (const source of event.sources) {
    const number = dataset.paragraphNumber.get(source.paragraph);
    lines.push(
      `“${plainField(source.quote)}” (paragraph ${number ?? plainField(source.paragraph)})`,
    );
  }
  const organisations = doc.organisations.map((o) => plainField(o.name)).join(', ');
  const parts = [organisations, plainField(doc.title), formatCivilDate(doc.date)];
  if (doc.reference) parts.push(plainField(doc.reference));
  lines.push(`Source: ${parts.filter((p) => p !== '').join(', ')}.`);
  lines.push(link);
  return lines.map(inertForSpreadsheet).join('\n');
}
