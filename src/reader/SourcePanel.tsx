import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { describeDateQuality, formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { copyText } from '../ui/copy-text.ts';
import { scrollWithin } from '../ui/scroll-within.ts';
import { formatCitation } from './format-citation.ts';
import { QuotedParagraph } from './QuotedParagraph.tsx';
import { NoScript } from '../ui/NoScript.tsx';

export interface SourcePanelProps {
  dataset: PreparedDataset;
  event: PreparedEvent;
  /** The canonical link of this view, for "Copy link" and "Cite". */
  link: () => string;
  /** True when the search or filters hide this event from the timeline and the list. */
  outsideFilter?: boolean;
  onClose: () => void;
  onRead: (paragraphId: string) => void;
  /** More ways to cite, shown after "Cite". */
  citeFormats?: ReactNode;
  /** The letter's page, for readers without JavaScript (the letter's dataset only). */
  letterHref?: string | undefined;
}

function onBeforePrint(onChange: () => void) {
  window.addEventListener('beforeprint', onChange);
  return () => window.removeEventListener('beforeprint', onChange);
}

const COPIED = {
  link: 'Link copied to the clipboard.',
  citation: 'Citation copied to the clipboard.',
};

/** The open event: what the source says about it, in its own words, highlighted. */
export function SourcePanel({
  dataset,
  event,
  link,
  outsideFilter = false,
  onClose,
  onRead,
  citeFormats,
  letterHref,
}: SourcePanelProps) {
  const [status, setStatus] = useState('');
  const panelRef = useRef<HTMLElement>(null);

  // The quoted words must be on screen, even at the end of a long paragraph in a small sheet.
  useEffect(() => {
    const panel = panelRef.current;
    const mark = panel?.querySelector('mark');
    if (!panel || !mark) return;
    const box = panel.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    if (markBox.top < box.top) scrollWithin(panel, mark, 48);
    // Below: scrolled only as far as needed, so the title and date stay in sight where they can.
    else if (markBox.bottom > box.bottom) {
      panel.scrollTop += Math.min(markBox.bottom - box.bottom + 16, markBox.top - box.top - 48);
    }
  }, [event.id]);

  // On paper the citation, with the link, stands in for the buttons (none before the app runs).
  const printed = useSyncExternalStore(
    onBeforePrint,
    () => formatCitation(dataset, event, link()),
    () => '',
  );

  const copy = async (what: 'link' | 'citation') => {
    const url = link();
    const ok = await copyText(what === 'link' ? url : formatCitation(dataset, event, url));
    setStatus(
      ok
        ? COPIED[what]
        : 'The browser blocked copying; copy the address from the address bar instead.',
    );
  };

  return (
    <aside
      ref={panelRef}
      className="source-panel"
      aria-labelledby="source-panel-title"
      data-shortcut-scope
    >
      <div className="panel-head">
        <p className="panel-kicker">
          <span className={`kind-swatch kind--${event.kind}`} aria-hidden="true" />
          {dataset.kindById.get(event.kind)?.label ?? event.kind}
        </p>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <h2 id="source-panel-title" dir="auto" className="panel-title" tabIndex={-1} data-focus-home>
        {event.title}
      </h2>
      {outsideFilter ? (
        <p className="outside-filter">
          This event is outside the current search and filters, so the timeline and the list do not
          show it.
        </p>
      ) : null}
      <p className="panel-date">
        <bdi>{formatEventDate(event)}</bdi>
        {event.certainty === 'inferred' ? (
          <span className="wording"> · inferred, not stated</span>
        ) : null}
        {event.dateWording ? (
          <span className="wording">
            {' '}
            · the source says “<bdi>{event.dateWording}</bdi>”
          </span>
        ) : null}
      </p>
      {event.sources.map((source, i) => {
        const paragraph = dataset.document.paragraphs.find((p) => p.id === source.paragraph);
        if (!paragraph) return null;
        return (
          <figure key={i} className="source">
            <blockquote>
              <QuotedParagraph text={paragraph.text} quotes={[source]} />
            </blockquote>
            <figcaption>
              <span>Paragraph {dataset.paragraphNumber.get(source.paragraph)}</span>
              <button type="button" className="link-button" onClick={() => onRead(paragraph.id)}>
                Read in the letter
              </button>
              {letterHref !== undefined ? (
                <NoScript>
                  <a href={`${letterHref}#${paragraph.id}`}>Read in the letter</a>
                </NoScript>
              ) : null}
            </figcaption>
          </figure>
        );
      })}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {describeDateQuality(event)}
          {event.illustrativeTime && !event.isRange && event.precision !== 'day'
            ? ' Its place within the day follows the order of the source.'
            : ''}
        </dd>
        {event.place ? (
          <>
            <dt>Place</dt>
            <dd>
              <bdi>{event.place}</bdi>
            </dd>
          </>
        ) : null}
        {event.actors.length > 0 ? (
          <>
            <dt>Who</dt>
            <dd>
              {event.actors.map((actor, i) => (
                <span key={i}>
                  {i > 0 ? ', ' : ''}
                  <bdi>{actor}</bdi>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {event.summary ? (
        <p className="summary" dir="auto">
          {event.summary}
        </p>
      ) : null}
      <div className="panel-actions">
        <button type="button" onClick={() => void copy('link')}>
          Copy link
        </button>
        <button type="button" onClick={() => void copy('citation')}>
          Cite
        </button>
        {citeFormats}
        <p role="status" className="copy-status">
          {status}
        </p>
      </div>
      {printed ? <p className="print-only print-citation">{printed}</p> : null}
    </aside>
  );
}
