import { LETTER_SOURCE } from '../dataset/letter-source.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { dateWords, type DateWords } from '../i18n/format-dates.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translate } from '../i18n/use-t.ts';
import { documentSourceRuns } from '../text/document-source.ts';
import { inertForSpreadsheet, plainField } from '../text/plain-text.ts';
import { quoteMarks } from '../text/quote-marks.ts';

/** The words a citation is written in: the reader's (the interface's, by default). */
export interface CitationWords {
  t: Translate;
  dates: DateWords;
}

function interfaceWords(): CitationWords {
  const t: Translate = (id, values) => i18n._(id, values);
  return { t, dates: dateWords(i18n.locale as Language, t) };
}

/** A run of a citation's text, with its language when it is not the citation's own (the letter's words). */
export interface CitationSegment {
  text: string;
  lang?: string | undefined;
  /** True for what is no language's words (the link). */
  verbatim?: boolean;
}

/**
 * Where a dataset that is not the site's own came from (`?data=`): its address, and whether its
 * paragraphs were found to be the letter's, word for word.
 */
export interface DatasetOrigin {
  url: string;
  letterText: boolean;
}

/** Stands for a value while a message is formatted; no catalogue text contains it. */
const MARK = '\u0000';

/** A message whose values are runs of their own (in their language), as runs. */
function fill(
  t: Translate,
  id: Parameters<Translate>[0],
  values: Record<string, string | number>,
  runs: Record<string, CitationSegment[]>,
): CitationSegment[] {
  const keys = Object.keys(runs);
  const marked = { ...values };
  keys.forEach((key, i) => (marked[key] = `${MARK}${i}${MARK}`));
  return t(id, marked)
    .split(MARK)
    .flatMap((part, i) => (i % 2 === 1 ? (runs[keys[Number(part)] ?? ''] ?? []) : [{ text: part }]))
    .filter((run) => run.text !== '');
}

/**
 * A citation of an event, line by line, each line as runs of text with their language: what,
 * when, the quoted words, where in which document, the link. The citation's own words (the
 * labels, the dates) are the reader's; the event's title is the one the reader sees; the quotes
 * are verbatim and the document keeps its original title, as a citation must name it. Every
 * field from the dataset is one plain line (no line breaks, no controls, no bidi overrides or
 * isolates: invisible characters would break "verbatim" for whoever pastes it), and no line
 * can start a spreadsheet formula.
 */
export function citationLines(
  dataset: PreparedDataset,
  event: PreparedEvent,
  link: string,
  { t, dates }: CitationWords = interfaceWords(),
  /** Undefined for the site's own dataset. */
  origin?: DatasetOrigin,
): CitationSegment[][] {
  const doc = dataset.document;
  const docLang = doc.language;
  const lines = [
    fill(
      t,
      'citation.event',
      { date: dates.qualified(event) },
      // Typeset Russian's word joiners («по-видимому») keep a line whole on screen; a pasted
      // citation has the plain hyphen alone, so a search of the pasted text finds the word.
      { title: [{ text: plainField(event.title).replace(/\u2060/g, ''), lang: event.titleLang }] },
    ),
  ];
  for (const source of event.sources) {
    const number = dataset.paragraphNumber.get(source.paragraph);
    lines.push(
      fill(
        t,
        'citation.quote',
        {
          number: number === undefined ? plainField(source.paragraph) : dates.number(number),
          part: dataset.paragraphPart.get(source.paragraph) ?? 'body',
          // Outer marks that differ from the quote's own, where it has double ones.
          marks: quoteMarks(source.quote),
        },
        { quote: [{ text: plainField(source.quote), lang: docLang }] },
      ),
    );
  }
  const parts: CitationSegment[] = documentSourceRuns({
    authors: doc.organisations.map((o) => plainField(o.name)),
    title: plainField(doc.title),
    date: dates.civil(doc.date),
    // A reader of another language is told which language the source is in ("[на англ. яз.]", after the title).
    languageNote: t('citation.sourceLanguage', { language: docLang ?? '' }),
    reference: doc.reference === undefined ? undefined : plainField(doc.reference),
    lang: docLang,
  });
  lines.push(fill(t, 'citation.source', {}, { source: parts }));
  // Another dataset's words are its own: the citation says where they came from.
  if (origin) {
    lines.push(fill(t, 'citation.dataset', {}, { url: [{ text: origin.url, verbatim: true }] }));
  }
  // The quotes are from one copy of the document: the citation names it, so a checker finds it.
  // Another dataset's file and checksum are named only when its paragraphs are the letter's.
  // The file's name and checksum are no language's words: verbatim, as the link is.
  const copy = origin === undefined ? doc.source : origin.letterText ? LETTER_SOURCE : undefined;
  if (doc.source && copy) {
    lines.push(
      fill(
        t,
        'citation.copy',
        {},
        {
          file: [{ text: plainField(copy.file), verbatim: true }],
          sha256: [{ text: plainField(copy.sha256), verbatim: true }],
        },
      ),
    );
  }
  lines.push([{ text: link, verbatim: true }]);
  // A line that a spreadsheet would run as a formula starts with an apostrophe.
  return lines.map(([first, ...rest]) =>
    first === undefined ? [] : [{ ...first, text: inertForSpreadsheet(first.text) }, ...rest],
  );
}

/** The plain-text citation of an event, as "Cite" copies it (see `citationLines`). */
export function formatCitation(
  dataset: PreparedDataset,
  event: PreparedEvent,
  link: string,
  words: CitationWords = interfaceWords(),
  origin?: DatasetOrigin,
): string {
  return citationLines(dataset, event, link, words, origin)
    .map((line) => line.map((run) => run.text).join(''))
    .join('\n');
}
