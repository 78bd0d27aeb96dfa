import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { usePageTitle } from './use-page-title.ts';

export interface ErrorMessageProps {
  title: string;
  message: string;
  details?: readonly string[];
  /** The language the details are written in (the format checker's: English). */
  detailsLang?: string;
  /** How many details there are in all, when only the first are given. */
  detailsTotal?: number;
  action?: ReactNode;
}

/**
 * A detail such as `events[3].edtf: "14 December" is not a valid EDTF date`, with the location
 * and every quoted value isolated by the DOM, so text from a dataset cannot reorder the sentence.
 */
function DetailText({ detail }: { detail: string }) {
  const colon = detail.indexOf(': ');
  const path = colon < 0 ? '' : detail.slice(0, colon);
  const rest = colon < 0 ? detail : detail.slice(colon + 2);
  const parts = rest.split(/("[^"]*")/);
  return (
    <>
      {path !== '' ? (
        <>
          <bdi>{path}</bdi>:{' '}
        </>
      ) : null}
      {parts.map((part, i) =>
        part.length > 1 && part.startsWith('"') && part.endsWith('"') ? (
          <span key={i}>
            "<bdi>{part.slice(1, -1)}</bdi>"
          </span>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** A failure said in a sentence, with the precise details underneath and a way forward. */
export function ErrorMessage({
  title,
  message,
  details = [],
  detailsLang,
  detailsTotal,
  action,
}: ErrorMessageProps) {
  const { t } = useT();
  const shown = details.slice(0, 20);
  const more = Math.max(detailsTotal ?? 0, details.length) - shown.length;
  usePageTitle(title);
  // The view's only heading, so the page's h1; focus lands on it when what had it goes.
  return (
    <div role="alert" className="error-message">
      <h1 tabIndex={-1} data-focus-home>
        {title}
      </h1>
      <p dir="auto">{message}</p>
      {shown.length > 0 ? (
        <ul className="error-details">
          {shown.map((detail, i) => (
            <li key={i} dir="auto" lang={detailsLang}>
              <code>
                <DetailText detail={detail} />
              </code>
            </li>
          ))}
          {more > 0 ? <li>{t('error.more', { count: more })}</li> : null}
        </ul>
      ) : null}
      {action}
    </div>
  );
}
