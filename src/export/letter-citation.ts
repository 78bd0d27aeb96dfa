import { formatCivilDate } from '../dates/format-date.ts';
import { documentSourceText } from '../text/document-source.ts';
import type { CitedWork } from './cited-work.ts';

/** The whole document's plain citation's words in the reader's language; English without them. */
export interface LetterCitationWords {
  /** A date in the reader's words. */
  civilDate?: ((date: string) => string) | undefined;
  /** Which language the document is in, said to a reader of another (" [на англ. яз.]"). */
  languageNote?: string | undefined;
  /** Which copy of the document the site shows: its file and SHA-256, in the reader's words. */
  copyLine?: string | undefined;
  /** Where a dataset a link loaded came from, in the reader's words. */
  originLine?: string | undefined;
}

/** The copy line in English, for a caller that gives none. */
function englishCopyLine(work: CitedWork): string | undefined {
  const copy = work.copy;
  return (
    copy && `Quoted from the copy of the letter in the file ${copy.file} (SHA-256 ${copy.sha256}).`
  );
}

/**
 * The plain-text citation of the whole document: authors, original title, date, reference,
 * each a sentence of its own (as an event's "Source:" line names it); the copy of it the site
 * shows, with its checksum; where a dataset a link loaded came from; and the link.
 */
export function toPlainLetterCitation(work: CitedWork, words: LetterCitationWords = {}): string {
  const naming = documentSourceText({
    authors: work.authors,
    title: work.title,
    date: (words.civilDate ?? formatCivilDate)(work.date),
    languageNote: words.languageNote ?? '',
    reference: work.reference,
  });
  const copy = work.copy ? (words.copyLine ?? englishCopyLine(work)) : undefined;
  const origin = work.origin ? words.originLine : undefined;
  const lines = [`${naming}.`, copy, origin, work.link].filter((l): l is string => !!l);
  return `${lines.join('\n')}\n`;
}
