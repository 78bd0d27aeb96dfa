import { excerpt } from './problem.ts';
import { quoteEdgeProblems } from './quote-boundaries.ts';
import { matchQuote } from '../quote-selector.ts';
import type { TimelineEvent } from './schema.ts';

/** A problem with an event's words, located relative to the event: `.sources[0].quote`. */
export interface WordingProblem {
  path: string;
  message: string;
}

/** Half of a surrogate pair, reported by the validator on its own. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Letters or digits: what makes a quote say something beyond its punctuation. */
const WORDS = /[\p{L}\p{N}]/u;

/**
 * Checks what an event quotes against the paragraphs it cites: each quote stands verbatim in
 * its paragraph and is picked out once (by its prefix and suffix where it occurs more than
 * once) and whole (whole words, whole characters); `dateWording` is the source's own words, found verbatim in one of those paragraphs;
 * and some quote says more than the date wording, so that the event is anchored in words that
 * state it, not only in its date.
 */
export function checkEventWording(
  event: Pick<TimelineEvent, 'sources' | 'dateWording'>,
  paragraphs: ReadonlyMap<string, string>,
  language?: string,
): WordingProblem[] {
  const problems: WordingProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const cited: string[] = [];

  event.sources.forEach((source, j) => {
    const at = `.sources[${j}]`;
    const text = paragraphs.get(source.paragraph);
    if (text === undefined) {
      add(`${at}.paragraph`, `"${excerpt(source.paragraph)}" is not a paragraph of the document`);
      return;
    }
    cited.push(text);
    const match = matchQuote(text, source);
    if (match.status === 'found' && !LONE_SURROGATE.test(source.quote)) {
      for (const problem of quoteEdgeProblems(text, match.span, language))
        add(`${at}.quote`, problem);
    } else if (match.status === 'missing')
      add(`${at}.quote`, `not found in paragraph ${source.paragraph}`);
    else if (match.status === 'prefix-mismatch') {
      add(`${at}.prefix`, `does not come just before the quote in paragraph ${source.paragraph}`);
    } else if (match.status === 'suffix-mismatch') {
      add(`${at}.suffix`, `does not come just after the quote in paragraph ${source.paragraph}`);
    } else if (match.status === 'ambiguous') {
      add(
        `${at}.quote`,
        `occurs ${match.count}${match.orMore ? ' or more' : ''} times in paragraph ${source.paragraph}: give a prefix or suffix (the words just before or after it) that picks one`,
      );
    }
  });

  const wording = event.dateWording;
  if (wording !== undefined && wording !== '') {
    if (cited.length > 0 && !cited.some((text) => text.includes(wording))) {
      const ids = event.sources
        .map((s) => s.paragraph)
        .filter((id, i, all) => all.indexOf(id) === i);
      add(
        '.dateWording',
        `"${excerpt(wording)}" is not found verbatim in the event's source paragraphs (${ids.join(', ')})`,
      );
    }
    const saysMore = event.sources.some((s) => WORDS.test(s.quote.split(wording).join('')));
    if (!saysMore) {
      add(
        '.sources',
        `no quote says more than the date wording "${excerpt(wording)}": quote the words that state the event`,
      );
    }
  }
  return problems;
}
