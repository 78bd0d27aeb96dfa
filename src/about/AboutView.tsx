import { useEffect, useRef } from 'react';
import { formatCivilDate } from '../dates/format-date.ts';
import type { DocumentInfo } from '../dataset/schema.ts';
import './about.css';

export interface AboutViewProps {
  document: DocumentInfo;
  eventCount: number;
  /** Where the source file can be downloaded, when the dataset names one that is served. */
  captureHref: string | undefined;
  /** The claim-by-claim audit of the dataset, when there is one. */
  auditHref: string | undefined;
  onClose: () => void;
}

/** How the events were read from the source, in plain words: the rules every event is held to. */
const READING_RULES = [
  'A title says only what the quoted words say, in neutral words. Where the source attributes something (“Russian media reported that…”), the title keeps the attribution.',
  'The date words shown beside a date (“the source says …”) are the source’s own, copied exactly. Where a sentence has no words for its date, none are shown.',
  'A date is called stated only where the quoted sentence gives it. A date carried over from an earlier sentence is marked inferred (“?” on the timeline), and a note says how it was read.',
  'Where the source dates something by when its authors learned of it, the event says so, and does not pass that date off as the date of the happening.',
  '“Who” lists only those the source names for that happening. Anything inferred, such as who may have done something, is said in the note, not listed.',
  'The kind of an event describes the happening itself. Where it rests on the source’s own judgement, that sentence is quoted as a further source.',
  'Every quote contains the happening, not only its date, and is checked word for word against the source when the dataset loads.',
  'Every dated happening is an event of its own.',
];

/** What the timeline is made from and how: the source, its file and checksum, the rules of reading. */
export function AboutView({
  document: doc,
  eventCount,
  captureHref,
  auditHref,
  onClose,
}: AboutViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const source = doc.source;

  return (
    <section className="about-view" aria-labelledby="about-title">
      <div className="panel-head">
        <h2 id="about-title" ref={headingRef} tabIndex={-1} className="panel-title" data-focus-home>
          About this timeline
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>

      <h3>The source</h3>
      <p>
        The timeline lays out the {eventCount} events recorded from one document, each anchored word
        for word in its text: <cite dir="auto">{doc.title}</cite>
        {doc.organisations.length > 0 ? (
          <>
            , by{' '}
            {doc.organisations.map((o, i) => (
              <span key={i}>
                {i > 0 ? ', ' : ''}
                <bdi>{o.name}</bdi>
              </span>
            ))}
          </>
        ) : null}
        , dated <time dateTime={doc.date}>{formatCivilDate(doc.date)}</time>
        {doc.reference ? (
          <>
            {' '}
            (<bdi>{doc.reference}</bdi>)
          </>
        ) : null}
        .
      </p>

      <h3>Where the text comes from</h3>
      {source ? (
        <>
          {source.description ? <p dir="auto">{source.description}</p> : null}
          <dl className="about-file">
            <dt>File</dt>
            <dd>
              {captureHref ? <a href={captureHref}>{source.file}</a> : <bdi>{source.file}</bdi>}
            </dd>
            <dt>SHA-256</dt>
            <dd>
              <code>{source.sha256}</code>
            </dd>
          </dl>
          <p>
            The paragraphs are the file’s own lines, with only its web-page markup resolved. Anyone
            can check that a copy of the file is this one: its SHA-256 checksum must be the one
            above.
          </p>
        </>
      ) : (
        <p>This dataset does not say which file its text was taken from.</p>
      )}

      <h3>How the events were read</h3>
      <ol className="about-rules">
        {READING_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ol>

      {auditHref ? (
        <>
          <h3>The audit</h3>
          <p>
            Every claim the timeline makes about each event, beside the words of the letter that
            support it, and the call made where the letter is silent:{' '}
            <a href={auditHref}>read the fidelity audit</a>.
          </p>
        </>
      ) : null}
    </section>
  );
}
