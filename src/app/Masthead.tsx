import { formatCivilDate } from '../dates/format-date.ts';
import type { DocumentInfo } from '../dataset/schema.ts';
import { NoScript } from '../ui/NoScript.tsx';

export interface MastheadProps {
  document: DocumentInfo;
  onRead: () => void;
  /** The letter's page, for readers without JavaScript (the letter's dataset only). */
  letterHref?: string | undefined;
}

/** The document's title, authors, date and reference, and a way into the whole text. */
export function Masthead({ document: doc, onRead, letterHref }: MastheadProps) {
  return (
    <header className="masthead">
      <div className="masthead-text">
        <p className="brand">Source Timeline</p>
        <h1 dir="auto">{doc.title}</h1>
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
    </header>
  );
}
