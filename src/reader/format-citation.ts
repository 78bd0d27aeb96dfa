import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { dateWords, type DateWords } from '../i18n/format-dates.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translate } from '../i18n/use-t.ts';
import { inertForSpreadsheet, plainField } from '../text/plain-text.ts';

/** The words a citation is written in: the reader's (the interface's, by default). */
export interface CitationWords {
  t: Translate;
  dates: DateWords;
}

function interfaceWords(): CitationWords {
  const t: Translate = (id, values) => i18n._(id, values);
  return { t, dates: dateWords(i18n.locale as Language, t) };
}

/**
 * A plain-text citation of an event: what, when, the quoted words, where in which document, the
 * link. The citation's own words (the labels, the dates) are the reader's; the event's title is
 * the one the reader sees; the quotes are verbatim and the document keeps its original title,
 * as a citation must name it. Every field from the dataset is one plain line (no line breaks,
 * no controls, no bidi overrides or isolates: invisible characters would break "verbatim" for
 * whoever pastes it), and no line can start a spreadsheet formula.
 */
export function formatCitation(
  dataset: PreparedDataset,
  event: PreparedEvent,
  link: string,
  { t, dates }: CitationWords = interfaceWords(),
): string {
  const doc = dataset.document;
  const lines = [
    t('citation.event', {
      title: plainField(event.title),
      date: dates.event(event),
      inferred: event.certainty === 'inferred' ? 'yes' : 'no',
    }),
  ];
  for (const source of event.sources) {
    const number = dataset.paragraphNumber.get(source.paragraph);
    lines.push(
      t('citation.quote', {
        quote: plainField(source.quote),
        number: number === undefined ? plainField(source.paragraph) : dates.number(number),
      }),
    );
  }
  const organisations = doc.organisations.map((o) => plainField(o.name)).join(', ');
  const parts = [organisations, plainField(doc.title), dates.civil(doc.date)];
  if (doc.reference) parts.push(plainField(doc.reference));
  lines.push(t('citation.source', { source: parts.filter((p) => p !== '').join(', ') }));
  lines.push(link);
  return lines.map(inertForSpreadsheet).join('\n');
}
