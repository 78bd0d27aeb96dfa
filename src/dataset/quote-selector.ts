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
 * - `ambiguous`: `count` occurrences fit (or more, with `orMore`), and nothing picks one.
 */
export type QuoteMatch =
  | { status: 'found'; span: QuoteSpan }
  | { status: 'missing' }
  | { status: 'prefix-mismatch' }
  | { status: 'suffix-mismatch' }
  | { status: 'ambiguous'; count: number; orMore?: true; span: QuoteSpan };

/**
 * The offsets at which `quote` starts in `text`, overlapping occurrences included: all of them,
 * or the first `limit`.
 */
export function quoteOccurrences(text: string, quote: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (
    let at = text.indexOf(quote);
    at >= 0 && found.length < limit;
    at = text.indexOf(quote, at + 1)
  )
    found.push(at);
  return found;
}

/**
 * How many fitting occurrences are counted before a quote is reported as occurring "n or more"
 * times: enough to tell the author, and a bound on the work (each occurrence of a long quote in
 * a repetitive paragraph costs a comparison of the whole quote).
 */
export const OCCURRENCES_COUNTED = 20;

/**
 * Places a selector by searching for its words with their context (`prefix + quote + suffix`),
 * so the work does not grow with the occurrences that do not fit.
 */
export function matchQuote(text: string, selector: QuoteSelector): QuoteMatch {
  const { quote } = selector;
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  if (quote === '' || !text.includes(quote)) return { status: 'missing' };
  if (prefix !== '' && !text.includes(prefix + quote)) return { status: 'prefix-mismatch' };
  const starts = quoteOccurrences(text, prefix + quote + suffix, OCCURRENCES_COUNTED + 1);
  const first = starts[0];
  if (first === undefined) return { status: 'suffix-mismatch' };
  const span = { start: first + prefix.length, end: first + prefix.length + quote.length };
  if (starts.length === 1) return { status: 'found', span };
  return starts.length > OCCURRENCES_COUNTED
    ? { status: 'ambiguous', count: OCCURRENCES_COUNTED, orMore: true, span }
    : { status: 'ambiguous', count: starts.length, span };
}

/**
 * The span a selector marks: the one occurrence it picks, or, for a selector the checker would
 * refuse as ambiguous, the first that fits. Null when nothing fits.
 */
export function selectQuote(text: string, selector: QuoteSelector): QuoteSpan | null {
  // Without prefix or suffix the first occurrence is the one: no need to find every other
  // (the reader places thousands of quotes; a repetitive paragraph holds thousands of occurrences).
  if (!selector.prefix && !selector.suffix) {
    const at = selector.quote === '' ? -1 : text.indexOf(selector.quote);
    return at < 0 ? null : { start: at, end: at + selector.quote.length };
  }
  const match = matchQuote(text, selector);
  return match.status === 'found' || match.status === 'ambiguous' ? match.span : null;
}
