import type { QuoteSelector } from '../dataset/quote-selector.ts';
import { useT } from '../i18n/use-t.ts';
import { splitByQuotes } from './find-quote-spans.ts';

/**
 * A paragraph with the given quotes highlighted in <mark>, as text. Screen readers that do not
 * announce a mark hear its bounds ("quote", "end of quote") from the CSS's alternative text
 * (reader.css, `mark[data-quote-start]`), which copied text never carries.
 */
export function QuotedParagraph({
  text,
  quotes,
}: {
  text: string;
  quotes: readonly QuoteSelector[];
}) {
  const { t } = useT();
  const segments = splitByQuotes(
    text,
    quotes.map((quote) => ({ ...quote, eventId: 'quote' })),
  );
  return (
    <p dir="auto">
      {segments.map((s) =>
        s.eventIds.length > 0 ? (
          <mark key={s.start} data-quote-start={t('quote.start')} data-quote-end={t('quote.end')}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </p>
  );
}
