import { escapeControls } from '../../text/plain-text.ts';
import type { QuoteSpan } from '../quote-selector.ts';

/** Characters of a paragraph read around a quote's edge: enough for any character or word. */
const WINDOW = 48;
/** Characters shown on each side of an edge in a message. */
const SHOWN = 20;

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** A hyphen that may join two words into one ("non-violent"); dashes do not. */
const HYPHEN = /[-\u2010\u2011]/u;
/** The English possessive or "is" after a name: "Ivanov" out of "Ivanov’s" keeps its meaning. */
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}\p{M}])/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const words = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string | undefined): Intl.Segmenter {
  const key = language ?? 'en';
  let segmenter = words.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(key, { granularity: 'word' });
    words.set(key, segmenter);
  }
  return segmenter;
}

/** Whether `at` is a boundary between two segments of `text`, read in a window around it. */
function isBoundary(segmenter: Intl.Segmenter, text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const from = Math.max(0, at - WINDOW);
  const window = text.slice(from, Math.min(text.length, at + WINDOW));
  const segment = segmenter.segment(window).containing(at - from);
  return segment === undefined || segment.index === at - from;
}

/**
 * Whether `at` falls inside a word of `text`: inside a segment the word segmenter calls a word
 * ("can|’t", "1,|000", whatever the characters beside the edge), or beside a hyphen that joins
 * two letters ("non-|violent"). Only the possessive "’s" may be left off a word.
 */
function isInsideWord(segmenter: Intl.Segmenter, text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const c = (i: number) => text.charAt(i);
  if (HYPHEN.test(c(at - 1)) && LETTER.test(c(at - 2)) && LETTER.test(c(at))) return true;
  if (HYPHEN.test(c(at)) && LETTER.test(c(at - 1)) && LETTER.test(c(at + 1))) return true;
  const from = Math.max(0, at - WINDOW);
  const window = text.slice(from, Math.min(text.length, at + WINDOW));
  const segment = segmenter.segment(window).containing(at - from);
  if (segment === undefined || segment.index === at - from || !segment.isWordLike) return false;
  return !POSSESSIVE.test(text.slice(at));
}

/**
 * Where the context around an edge starts and ends: about SHOWN characters each side, moved to
 * the nearest whole character, so a message never shows half of one but at the edge it marks.
 */
function contextBounds(text: string, at: number): [number, number] {
  const lo = Math.max(0, at - SHOWN - WINDOW);
  const hi = Math.min(text.length, at + SHOWN + WINDOW);
  const bounds = [...graphemes.segment(text.slice(lo, hi))].map((s) => lo + s.index);
  if (hi === text.length) bounds.push(hi);
  const start = bounds.find((b) => b >= at - SHOWN && b <= at) ?? at;
  const end = bounds.findLast((b) => b <= at + SHOWN && b >= at) ?? at;
  return [start, end];
}

/** The paragraph around an edge, the edge marked with `|`: `…it is un|true that the…`. */
function where(text: string, at: number): string {
  const [start, end] = contextBounds(text, at);
  const open = start > 0 ? '…' : '';
  const close = end < text.length ? '…' : '';
  return `“${escapeControls(`${open}${text.slice(start, at)}|${text.slice(at, end)}${close}`)}”`;
}

/**
 * What is wrong with where a quote starts or ends in its paragraph, if anything: a quote is
 * whole characters (never half of a flag, never a letter without its accent) and whole words
 * (never "true" out of "untrue", "We can" out of "We can’t", "000" out of "1,000"). Words are told apart by the document's language, so a
 * language written without spaces is cut where its words end.
 */
export function quoteEdgeProblems(
  text: string,
  span: QuoteSpan,
  language: string | undefined,
): string[] {
  const problems: string[] = [];
  const edges = [
    ['starts', span.start],
    ['ends', span.end],
  ] as const;
  for (const [edge, at] of edges) {
    if (!isBoundary(graphemes, text, at)) {
      problems.push(`${edge} inside a character (an accent, a flag, an emoji): ${where(text, at)}`);
    } else if (isInsideWord(wordSegmenter(language), text, at)) {
      problems.push(`${edge} inside a word: ${where(text, at)}; quote whole words`);
    }
  }
  return problems;
}
