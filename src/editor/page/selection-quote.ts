import { matchQuote, quoteOccurrences, type QuoteSelector } from '../../dataset/quote-selector.ts';

/** Why a selection cannot become a quote. */
export type SelectionRefusal = 'empty' | 'across-paragraphs';

/** How many words of context are tried on each side before whole characters are. */
const MAX_CONTEXT_WORDS = 24;

const SPACE = /\s/u;

/** Where the words before `at` begin, nearest first: the prefixes made of whole words. */
function wordStartsBefore(text: string, at: number): number[] {
  const starts: number[] = [];
  for (let i = at - 1; i >= 0 && starts.length < MAX_CONTEXT_WORDS; i -= 1) {
    const startsWord = !SPACE.test(text[i] ?? '') && (i === 0 || SPACE.test(text[i - 1] ?? ''));
    if (startsWord) starts.push(i);
  }
  return starts;
}

/** Where the words after `at` end, nearest first: the suffixes made of whole words. */
function wordEndsAfter(text: string, at: number): number[] {
  const ends: number[] = [];
  for (let i = at + 1; i <= text.length && ends.length < MAX_CONTEXT_WORDS; i += 1) {
    const endsWord =
      !SPACE.test(text[i - 1] ?? '') && (i === text.length || SPACE.test(text[i] ?? ''));
    if (endsWord) ends.push(i);
  }
  return ends;
}

const picks = (text: string, selector: QuoteSelector, start: number) => {
  const match = matchQuote(text, selector);
  return match.status === 'found' && match.span.start === start;
};

/**
 * The selector for the words from `start` to `end` of a paragraph: exactly those words, with the
 * shortest prefix and suffix (whole words where possible) that make them the one occurrence the
 * selector picks. Nothing but the quote when it occurs once.
 */
export function selectorForSelection(
  text: string,
  start: number,
  end: number,
): QuoteSelector | { refused: SelectionRefusal } {
  const quote = text.slice(start, end);
  if (quote.trim() === '') return { refused: 'empty' };
  if (quoteOccurrences(text, quote, 2).length === 1) return { quote };
  const prefixes = ['', ...wordStartsBefore(text, start).map((p) => text.slice(p, start))];
  const suffixes = ['', ...wordEndsAfter(text, end).map((q) => text.slice(end, q))];
  const candidates = prefixes
    .flatMap((prefix) => suffixes.map((suffix) => ({ prefix, suffix })))
    .sort((a, b) => a.prefix.length + a.suffix.length - (b.prefix.length + b.suffix.length));
  for (const { prefix, suffix } of candidates) {
    const selector = { quote, prefix: prefix || undefined, suffix: suffix || undefined };
    if (picks(text, selector, start)) return withoutEmpty(selector);
  }
  // Words alone did not tell it apart (a run of one repeated word): everything around it does.
  return withoutEmpty({ quote, prefix: text.slice(0, start), suffix: text.slice(end) });
}

function withoutEmpty(selector: QuoteSelector): QuoteSelector {
  const result: QuoteSelector = { quote: selector.quote };
  if (selector.prefix) result.prefix = selector.prefix;
  if (selector.suffix) result.suffix = selector.suffix;
  return result;
}
