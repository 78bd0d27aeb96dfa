import { useEffect, useMemo, useRef } from 'react';
import { formatCivilDate } from '../dates/format-date.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { isolatedField } from '../text/plain-text.ts';
import { scrollWithin } from '../ui/scroll-within.ts';
import { splitByQuotes, type QuoteRef } from './find-quote-spans.ts';

export interface LetterReaderProps {
  dataset: PreparedDataset;
  paragraphId: string;
  currentEventId: string | undefined;
  onOpenEvent: (id: string) => void;
  /** The link that opens an event, so a quote can also be opened in a new tab. */
  eventHref: (id: string) => string;
  onClose: () => void;
}

/** The whole document, paragraph by paragraph, with every quoted span a way into its event. */
export function LetterReader(props: LetterReaderProps) {
  const { dataset, paragraphId, currentEventId, onOpenEvent, eventHref, onClose } = props;
  const { document: doc, events, byId } = dataset;
  const quotesByParagraph = useMemo(() => {
    const map = new Map<string, QuoteRef[]>();
    for (const event of events) {
      for (const source of event.sources) {
        const list = map.get(source.paragraph) ?? [];
        list.push({ eventId: event.id, quote: source.quote, prefix: source.prefix, suffix: source.suffix });
        map.set(source.paragraph, list);
      }
    }
    return map;
  }, [events]);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const section = sectionRef.current;
    const target = section?.querySelector<HTMLElement>(`[data-paragraph="${CSS.escape(paragraphId)}"]`);
    if (!section || !target) return;
    scrollWithin(section, target, 64);
    target.focus({ preventScroll: true });
  }, [paragraphId]);

  /** Where quotes overlap, the shortest (most specific) one decides which event opens. */
  const pick = (ids: string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((e) => e !== undefined)
      .sort((a, b) => {
        const length = (e: typeof a) => Math.min(...e.sources.map((s) => s.quote.length));
        return length(a) - length(b);
      })[0];

  return (
    <section ref={sectionRef} className="letter-reader" aria-labelledby="letter-reader-title">
      <div className="panel-head">
        <h2 id="letter-reader-title" className="panel-title">
          The letter
        </h2>
        <button type="button" onClick={onClose}>
          Close the letter
        </button>
      </div>
      <p className="reader-meta">
        <bdi>{doc.title}</bdi> · {formatCivilDate(doc.date)}
        {doc.reference ? (
          <>
            {' '}
            · <bdi>{doc.reference}</bdi>
          </>
        ) : null}
      </p>
      <p className="reader-hint">Highlighted words are quoted by an event: select them to open it.</p>
      <ol className="reader-paragraphs">
        {doc.paragraphs.map((paragraph, index) => (
          <li
            key={`${paragraph.id}-${index}`}
            id={paragraph.id}
            data-paragraph={paragraph.id}
            tabIndex={-1}
            className={paragraph.id === paragraphId ? 'is-target' : undefined}
            value={index + 1}
          >
            <p dir="auto">
              {splitByQuotes(paragraph.text, quotesByParagraph.get(paragraph.id) ?? []).map((segment) => {
                const event = pick(segment.eventIds);
                if (!event) return <span key={segment.start}>{segment.text}</span>;
                return (
                  <mark key={segment.start} className={event.id === currentEventId ? 'is-current' : undefined}>
                    <a
                      href={eventHref(event.id)}
                      className="quote-link"
                      title={`Open: ${isolatedField(event.title)}`}
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
          </li>
        ))}
      </ol>
    </section>
  );
}
