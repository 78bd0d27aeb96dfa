/**
 * How a citation names the document it quotes, in every form a citation takes (an event's
 * "Source:" line, the whole letter's plain citation): its authors, its title, its date and its
 * reference, each a sentence of its own, so a reader sees where the authors end and the title
 * begins ("Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter …
 * 16 December 2014. Index: EUR 46/056/2014."); a note of the document's language, for a reader
 * of another, follows the title. Pure; the words around it are the caller's.
 */

/** A run of the line: the document's own words carry its language. */
export interface SourceRun {
  text: string;
  lang?: string | undefined;
}

export interface DocumentNaming {
  /** The authors' names, each one plain line. */
  authors: readonly string[];
  title: string;
  /** The document's date in the reader's words. */
  date: string;
  /** Which language the document is in, in the reader's words (" [на англ. яз.]"), or ''. */
  languageNote: string;
  reference?: string | undefined;
  /** The document's language, for the runs that are its own words. */
  lang?: string | undefined;
}

/** A sentence's end after text that does not end one already. */
const stop = (text: string) => (/[.!?…]$/.test(text) ? ' ' : '. ');

/** The document named as runs, without the final full stop (the caller's sentence ends it). */
export function documentSourceRuns(doc: DocumentNaming): SourceRun[] {
  const authors = doc.authors.filter((a) => a !== '').join(', ');
  const runs: SourceRun[] = [];
  if (authors !== '') runs.push({ text: authors, lang: doc.lang }, { text: stop(authors) });
  // The language note follows the title, as Russian bibliographic practice places it
  // ("Joint Letter … [на англ. яз.]. 16 декабря 2014 г.").
  if (doc.title !== '')
    runs.push(
      { text: doc.title, lang: doc.lang },
      { text: `${doc.languageNote}${stop(`${doc.title}${doc.languageNote}`)}` },
    );
  else if (doc.languageNote !== '') runs.push({ text: `${doc.languageNote.trim()}. ` });
  if (doc.reference)
    runs.push({ text: `${doc.date}${stop(doc.date)}` }, { text: doc.reference, lang: doc.lang });
  // The caller's full stop ends the line: a date's own ("2014 г.") is left to it.
  else runs.push({ text: doc.date.replace(/\.$/, '') });
  return runs.filter((run) => run.text !== '');
}

/** The same as plain text. */
export function documentSourceText(doc: DocumentNaming): string {
  return documentSourceRuns(doc)
    .map((run) => run.text)
    .join('');
}
