import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { Paragraph } from '../dataset/check/schema.ts';
import { isolatedField } from '../text/plain-text.ts';
import type { LetterQuotes } from './letter-quotes.ts';

export interface LetterParagraphProps {
  paragraph: Paragraph;
  quotes: LetterQuotes;
  byId: PreparedDataset['byId'];
  currentEventId: string | undefined;
  onOpenEvent: (id: string) => void;
  eventHref: (id: string) => string;
  /** The document's language: the paragraph is the source's own words. */
  lang?: string | undefined;
  /** The tooltip of a quote's link, from the event's title ("Open: …"). */
  openTitle?: (title: string) => string;
}

/** One paragraph of the letter, its quoted runs marked and each a link into its event. */
export function LetterParagraph({
  paragraph,
  quotes,
  byId,
  currentEventId,
  onOpenEvent,
  eventHref,
  lang,
  openTitle = (title) => title,
}: LetterParagraphProps) {
  return (
    <p dir="auto" lang={lang}>
      {quotes.segmentsOf(paragraph.id, paragraph.text).map((segment) => {
        const event = segment.eventId === undefined ? undefined : byId.get(segment.eventId);
        if (!event) return <span key={segment.start}>{segment.text}</span>;
        return (
          <mark
            key={segment.start}
            className={event.id === currentEventId ? 'is-current' : undefined}
          >
            <a
              href={eventHref(event.id)}
              className="quote-link"
              title={openTitle(isolatedField(event.title))}
              aria-current={event.id === currentEventId ? 'true' : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
                e.preventDefault();
                onOpenEvent(event.id);
              }}
            >
              {segment.text}
            </a>
          </mark>
        );
      })}
    </p>
  );
}
