/**
 * A quote located in its paragraph as a W3C Web Annotation TextQuoteSelector does it: the
 * exact words, and, when they occur more than once, the words just before (`prefix`) and
 * after (`suffix`) the one meant.
 */
export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * Where a selector stands in a text, or why it cannot be placed:
 * - `found`: exactly one occurrence fits;
 * - `missing`: the quote is not in the text;
 * - `prefix-mismatch` / `suffix-mismatch`: no occurrence has these words around it;
 * - `ambiguous`: `count` occurrences fit, and nothing picks one.
 */
export type QuoteMatch =
  | { status: 'found'; span: QuoteSpan }
  | { status: 'missing' }
  | { status: 'prefix-mismatch' }
  | { status: 'suffix-mismatch' }
  | { status: 'ambiguous'; count: number; span: QuoteSpan };

/** Every offset at which `quote` starts in `text`, overlapping occurrences included. */
export function quoteOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export function matchQuote(text: string, selector: QuoteSelector): QuoteMatch {
  const { quote, prefix, suffix } = selector;
  let starts = quoteOccurrences(text, quote);
  if (starts.length === 0) return { status: 'missing' };
  if (prefix) {
    starts = starts.filter((at) => text.slice(0, at).endsWith(prefix));
    if (starts.length === 0) return { status: 'prefix-mismatch' };
  }
  if (suffix) {
    starts = starts.filter((at) => text.startsWith(suffix, at + quote.length));
    if (starts.length === 0) return { status: 'suffix-mismatch' };
  }
  const first = starts[0] ?? 0;
  const span = { start: first, end: first + quote.length };
  return starts.length === 1
    ? { status: 'found', span }
    : { status: 'ambiguous', count: starts.length, span };
}

/**
 * The span a selector marks: the one occurrence it picks, or, for a selector the checker would
 * refuse as ambiguous, the first that fits. Null when nothing fits.
 */
export function selectQuote(text: string, selector: QuoteSelector): QuoteSpan | null {
  const { quote, prefix, suffix } = selector;
  if (quote === '') return null;
  // The first occurrence that fits: no need to count them all (that is the checker's job), so
  // a paragraph quoted by thousands of events is still split in one pass per quote.
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (prefix && !text.slice(0, at).endsWith(prefix)) continue;
    if (suffix && !text.startsWith(suffix, at + quote.length)) continue;
    return { start: at, end: at + quote.length };
  }
  return null;
}
