import type { Ref } from 'react';
import { formatCivilDate } from '../dates/format-date.ts';
import type { DocumentInfo } from '../dataset/schema.ts';
import { NoScript } from '../ui/NoScript.tsx';

export interface MastheadProps {
  document: DocumentInfo;
  onRead: () => void;
  /** The link of the "About this timeline" view, opened in place by `onAbout`. */
  aboutHref: string;
  onAbout: () => void;
  aboutRef: Ref<HTMLAnchorElement>;
  /** The letter's page, for readers without JavaScript (the letter's dataset only). */
  letterHref?: string | undefined;
}

/** The document's title, authors, date and reference, a way into the whole text, and how it was read. */
export function Masthead({
  document: doc,
  onRead,
  aboutHref,
  onAbout,
  aboutRef,
  letterHref,
}: MastheadProps) {
  return (
    <header className="masthead">
      <div className="masthead-text">
        <p className="brand">Source Timeline</p>
        <h1 dir="auto" tabIndex={-1} data-focus-home>
          {doc.title}
        </h1>
        <p className="byline">
          {doc.organisations.map((o, i) => (
            <span key={i}>
              {i > 0 ? ' · ' : ''}
              <bdi>{o.name}</bdi>
            </span>
          ))}
          {doc.organisations.length > 0 ? ' — ' : ''}
          <time dateTime={doc.date}>{formatCivilDate(doc.date)}</time>
          {doc.reference ? (
            <>
              {' '}
              · <bdi>{doc.reference}</bdi>
            </>
          ) : null}
        </p>
      </div>
      <div className="masthead-actions">
        <a
          ref={aboutRef}
          className="about-link"
          href={aboutHref}
          onClick={(event) => {
            if (
              event.button !== 0 ||
              event.metaKey ||
              event.ctrlKey ||
              event.shiftKey ||
              event.altKey
            )
              return;
            event.preventDefault();
            onAbout();
          }}
        >
          About this timeline
        </a>
        <button type="button" className="read-letter" onClick={onRead}>
          Read the letter
        </button>
        {letterHref !== undefined ? (
          <NoScript>
            <a className="read-letter" href={letterHref}>
              Read the letter
            </a>
          </NoScript>
        ) : null}
      </div>
    </header>
  );
}
