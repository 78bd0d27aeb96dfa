import { deriveParagraphs } from '../../dataset/derive-paragraphs.ts';
import type { DraftDataset } from './draft-dataset.ts';

/** What the author says of the document on the start page; all but the text may be empty. */
export interface DocumentFields {
  title: string;
  /** One organisation or author per line. */
  authors: string;
  date: string;
  language: string;
  /** Where the document can be found: a link, an archive, a reference. */
  whereFound: string;
}

/** The paragraphs of a text: its blank-line-separated blocks, trimmed, with ids p1…pN. */
export function paragraphsOf(text: string): { id: string; text: string }[] {
  return deriveParagraphs(text).map((block, i) => ({ id: `p${i + 1}`, text: block }));
}

/**
 * A new draft's dataset: the document with its paragraphs and the fields given, no events yet.
 * Fields left empty are left out (the checker then says which ones the format needs).
 */
export function newDataset(
  text: string,
  fields: DocumentFields,
  timeZone: string,
  file?: { name: string; sha256: string },
  /** The paragraphs as a file gave them, when the text shown is still theirs. */
  paragraphs: { id: string; text: string }[] = paragraphsOf(text),
): DraftDataset {
  const organisations = fields.authors
    .split(/\r\n?|\n/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => ({ name }));
  const source = {
    ...(file ? { file: file.name, sha256: file.sha256 } : {}),
    ...(fields.whereFound.trim() ? { description: fields.whereFound.trim() } : {}),
  };
  return {
    document: {
      title: fields.title.trim(),
      ...(fields.language.trim() ? { language: fields.language.trim() } : {}),
      date: fields.date.trim(),
      timeZone,
      ...(organisations.length > 0 ? { organisations } : {}),
      ...(Object.keys(source).length > 0 ? { source } : {}),
      paragraphs,
    },
    events: [],
  };
}
