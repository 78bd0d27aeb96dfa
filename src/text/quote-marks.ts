/**
 * Which quotation marks go round a quote in English: double (“ ”), or single (‘ ’) when the
 * quote has double marks of its own, curly or straight, so a reader sees where the quoted
 * slogans end and the quote ends (“On 13 December … “Kalyapin go home $” …” would not show
 * it). The quote's own characters are never changed. Russian sets «» outside, which differ
 * from the letter's marks already.
 */
export type QuoteMarks = 'single' | 'double';

const DOUBLE_MARKS = /["“”]/;

export function quoteMarks(quote: string): QuoteMarks {
  return DOUBLE_MARKS.test(quote) ? 'single' : 'double';
}

/** The quote inside the English marks that stand out from its own. */
export function inEnglishQuotes(quote: string): string {
  return quoteMarks(quote) === 'single' ? `‘${quote}’` : `“${quote}”`;
}
