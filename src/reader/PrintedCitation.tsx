import { Fragment, useSyncExternalStore } from 'react';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { citationLines, type DatasetOrigin } from './format-citation.ts';

function onBeforePrint(onChange: () => void) {
  window.addEventListener('beforeprint', onChange);
  return () => window.removeEventListener('beforeprint', onChange);
}

interface Props {
  dataset: PreparedDataset;
  event: PreparedEvent;
  /** The canonical link of this view. */
  link: () => string;
  /** Where a dataset a link loaded came from (not the site's own). */
  origin?: DatasetOrigin | undefined;
}

/** The open event's citation on paper, where it stands in for the buttons. */
export function PrintedCitation({ dataset, event, link, origin }: Props) {
  const { t, language } = useT();
  const dates = useDateWords();
  // On paper the citation, with the link, stands in for the buttons (none before the app runs).
  const printedLink = useSyncExternalStore(onBeforePrint, link, () => '');
  const printed = printedLink
    ? citationLines(dataset, event, printedLink, { t, dates }, origin).map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? '\n' : null}
          {line.map((run, j) =>
            run.verbatim ? (
              <span key={j} translate="no">
                {run.text}
              </span>
            ) : run.lang !== undefined && run.lang !== language ? (
              <span key={j} lang={run.lang}>
                {run.text}
              </span>
            ) : (
              <Fragment key={j}>{run.text}</Fragment>
            ),
          )}
        </Fragment>
      ))
    : null;
  // The citation is in the reader's words around the letter's own, marked with their language.
  return printed ? (
    <p className="print-only print-citation" lang={language}>
      {printed}
    </p>
  ) : null;
}
