import { stemRussian } from './russian-stem.ts';

/**
 * How text is compared in search: without case or accents, word by word, in any script.
 * Pure and locale-independent, so a link finds the same events for every reader.
 */

/** Letters and digits, plus the combining marks that belong to them (stripped after). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;
/** Scripts written without spaces between words: these need a word segmenter. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const ASCII = /^[\t\n\r\u0020-\u007e]*$/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The comparable form of a word: decomposed, without combining marks, lower case (not the locale's). */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose: the common case, and the cost of indexing.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

let segmenter: Intl.Segmenter | undefined;

/** The words of a text, each with where it starts and ends in that text. */
export function findWords(
  text: string,
  unspaced = isUnspaced(text),
): { start: number; end: number; word: string }[] {
  const words: { start: number; end: number; word: string }[] = [];
  if (unspaced && typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
    for (const part of segmenter.segment(text)) {
      if (part.isWordLike)
        words.push({
          start: part.index,
          end: part.index + part.segment.length,
          word: part.segment,
        });
    }
    return words;
  }
  for (const match of text.matchAll(WORD)) {
    words.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  }
  return words;
}

/** Whether a text needs the word segmenter (it holds a script written without spaces). */
export const isUnspaced = (text: string): boolean => UNSPACED.test(text);

/** The folded words of a text, as search compares them (empty ones left out). */
export function searchTerms(text: string): string[] {
  return termsOf(text, isUnspaced(text));
}

/**
 * The words a query looks for: its folded words, a Russian word cut to its stem (russian-stem.ts),
 * so that every form of it is found. Each is matched as the beginning of a word of the text.
 */
export function queryTerms(query: string): string[] {
  return [...new Set(searchTerms(query).map(stemRussian))];
}

/**
 * The folded words of a piece of a longer text, split as the whole text is (`unspaced`, from
 * `isUnspaced` of the whole), so that the pieces give the whole text's words.
 */
export function termsOf(text: string, unspaced: boolean): string[] {
  if (!unspaced)
    return foldText(text)
      .split(NOT_WORD)
      .filter((term) => term !== '');
  const terms: string[] = [];
  for (const { word } of findWords(text, true)) {
    const folded = foldText(word);
    if (folded !== '') terms.push(folded);
  }
  return terms;
}

/**
 * Where in `text` the words that a search matches are, as [start, end) ranges: every word
 * that begins with one of the search's terms. For showing matches, never for deciding them.
 */
export function matchedRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const { start, end, word } of findWords(text)) {
    const folded = foldText(word);
    if (terms.some((term) => folded.startsWith(term))) ranges.push([start, end]);
  }
  return ranges;
}
