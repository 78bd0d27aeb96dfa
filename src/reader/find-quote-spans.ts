import { selectQuote, type QuoteSelector, type QuoteSpan } from '../dataset/quote-selector.ts';

/** A run of a paragraph's text, and the events whose quotes cover it (empty: plain text). */
export interface TextSegment {
  text: string;
  start: number;
  eventIds: string[];
}

export interface QuoteRef extends QuoteSelector {
  eventId: string;
}

/**
 * Where a quote stands in a paragraph: the occurrence its prefix and suffix pick (the first,
 * when it has none), or null when it is not there.
 */
export function findQuoteSpan(text: string, quote: string | QuoteSelector): QuoteSpan | null {
  return selectQuote(text, typeof quote === 'string' ? { quote } : quote);
}

/**
 * Splits a paragraph at every quote boundary, so that overlapping quotes of several
 * events can each be marked: every segment lists the events that quote it.
 */
export function splitByQuotes(text: string, quotes: readonly QuoteRef[]): TextSegment[] {
  const spans = quotes
    .map((q) => ({ eventId: q.eventId, span: findQuoteSpan(text, q) }))
    .filter((s): s is { eventId: string; span: { start: number; end: number } } => s.span !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const eventIds = spans
      .filter(({ span }) => span.start <= start && span.end >= end)
      .map((s) => s.eventId)
      .filter((id, index, all) => all.indexOf(id) === index);
    segments.push({ text: text.slice(start, end), start, eventIds });
  }
  return segments;
}
