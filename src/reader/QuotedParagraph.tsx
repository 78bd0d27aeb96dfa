import type { QuoteSelector } from '../dataset/quote-selector.ts';
import { splitByQuotes } from './find-quote-spans.ts';

/** A paragraph with the given quotes highlighted in <mark>, as text. */
export function QuotedParagraph({
  text,
  quotes,
}: {
  text: string;
  quotes: readonly QuoteSelector[];
}) {
  const segments = splitByQuotes(
    text,
    quotes.map((quote) => ({ ...quote, eventId: 'quote' })),
  );
  return (
    <p dir="auto">
      {segments.map((s) =>
        s.eventIds.length > 0 ? (
          <mark key={s.start}>{s.text}</mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </p>
  );
}
