import { useQueryClient } from '@tanstack/react-query';
import { useContext, useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_DATASET, datasetQuery, useDataset } from '../dataset/load/dataset-query.ts';
import { DatasetError } from '../dataset/dataset-error.ts';
import { formatProblem } from '../dataset/check/problem.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Loading } from '../ui/Loading.tsx';
import { languageHref, PageSiteContext } from '../url-state/page-location.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import { LanguageLinks } from './LanguageLinks.tsx';
import { StoryView } from './StoryView.tsx';
import { DocumentWords } from './DocumentWords.tsx';
import { useCanonicalEvent } from './use-canonical-event.ts';
import { UrlNotices } from './UrlNotices.tsx';
import { datasetErrorText } from '../ui/dataset-error-text.ts';
import { useT } from '../i18n/use-t.ts';
import { loadSection } from '../i18n/i18n.ts';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';

/** True until the given time (epoch ms) has passed: a busy server's Retry-After. */
function useWaitUntil(until: number | undefined): boolean {
  const [passed, setPassed] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (until === undefined) return;
    const timer = window.setTimeout(() => setPassed(until), Math.max(0, until - Date.now()));
    return () => window.clearTimeout(timer);
  }, [until]);
  return until !== undefined && passed !== until;
}

/** Loads the dataset the URL names (or the default) and shows it, its loading or its failure. */
export function DatasetView() {
  const { state, notices, navigate, page, prefix } = useUrlState();
  const { t } = useT();
  const site = useContext(PageSiteContext);
  const path = state.data ?? DEFAULT_DATASET;
  // Dataset paths are relative to the site's folder, whichever page the reader is on. A link
  // that names a dataset fetches it, even the letter's; otherwise the page may hold it.
  const from = state.data === undefined ? 'page' : 'link';
  const datasetUrl = `${prefix}${path}`;
  const query = useDataset(path, datasetUrl, from);
  // Another dataset is called "the document": its words load beside it (see DocumentWords).
  useEffect(() => {
    if (state.data !== undefined || !siteHoldsLetter())
      void loadSection('document').catch(() => undefined);
  }, [state.data]);
  const shown = useCanonicalEvent(query.data, state, navigate);
  // A dataset that has arrived is shown by a render React may pause between components, whose
  // effects (the timeline's engine is built in one) run in a task after it: the page is not held
  // for the whole first view at once, whatever the dataset's size. A page that holds its dataset
  // renders it at once (the value is not deferred on the first render).
  const deferredData = useDeferredValue(query.data);
  const deferring = query.data !== undefined && deferredData !== query.data;
  const queryClient = useQueryClient();
  const retryAt = query.error instanceof DatasetError ? query.error.retryAt : undefined;
  const waiting = useWaitUntil(retryAt);
  // One request at a time: a Retry while one runs joins it instead of starting another.
  const retry = () => void query.refetch({ cancelRefetch: false });
  const loadDefault =
    state.data !== undefined ? (
      <button type="button" className="link-button" onClick={() => navigate({ data: undefined })}>
        {t('error.loadDefault')}
      </button>
    ) : null;

  /** A view in place of the story: the languages, then the link's notices above what loading says. */
  const statusView = (body: ReactNode) => (
    <>
      <header className="app-status-header">
        <LanguageLinks
          languageHref={(lang) => languageHref(page, state, lang, site)}
          onLanguage={(lang) => navigate({ lang })}
        />
      </header>
      <main className="app-status">
        <UrlNotices
          notices={notices}
          unknownEvent={undefined}
          unknownParagraph={undefined}
          onShowAll={() => undefined}
        />
        {body}
      </main>
    </>
  );
  /** One action, then the way back to the letter's dataset when another was asked for. */
  const actions = (first: ReactNode) => (
    <div className="error-actions">
      {first}
      {loadDefault}
    </div>
  );

  // Cancelled before anything arrived: the query is back to pending with nothing running.
  if (query.isPending && query.fetchStatus === 'idle') {
    return statusView(
      <ErrorMessage
        title={t('error.cancelledTitle')}
        message={t('error.cancelled')}
        action={actions(
          <button type="button" onClick={retry}>
            {t('error.retry')}
          </button>,
        )}
      />,
    );
  }
  if (query.isPending || (query.isError && query.isFetching) || (deferring && !query.isError)) {
    return statusView(
      <>
        <Loading
          label={path === DEFAULT_DATASET ? t('loading.events') : t('loading.dataset', { path })}
        />
        {actions(
          <button
            type="button"
            onClick={() =>
              void queryClient.cancelQueries({
                queryKey: datasetQuery(path, datasetUrl, from).queryKey,
              })
            }
          >
            {t('loading.cancel')}
          </button>,
        )}
      </>,
    );
  }
  if (query.isError) {
    const error = query.error;
    const problems = error instanceof DatasetError ? error.problems.map(formatProblem) : [];
    return statusView(
      <ErrorMessage
        title={t('error.loadTitle')}
        message={datasetErrorText(error, t)}
        details={problems}
        detailsTotal={error instanceof DatasetError ? error.info.count : undefined}
        detailsLang="en"
        action={actions(
          <button type="button" onClick={retry} disabled={waiting}>
            {t('error.retry')}
          </button>,
        )}
      />,
    );
  }
  return (
    <DocumentWords
      dataset={query.data}
      own={state.data === undefined || state.data === DEFAULT_DATASET}
    >
      <StoryView
        key={path}
        dataset={query.data}
        state={shown}
        notices={notices}
        navigate={navigate}
        prefix={prefix}
        page={page}
      />
    </DocumentWords>
  );
}
