import { DEFAULT_DATASET, useDataset } from '../dataset/dataset-query.ts';
import { DatasetError } from '../dataset/dataset-error.ts';
import { formatProblem } from '../dataset/validate-dataset.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useUrlState } from '../url-state/use-url-state.ts';
import { StoryView } from './StoryView.tsx';
import { UrlNotices } from './UrlNotices.tsx';

/** Loads the dataset the URL names (or the default) and shows it, its loading or its failure. */
export function DatasetView() {
  const { state, notices, navigate, prefix } = useUrlState();
  const path = state.data ?? DEFAULT_DATASET;
  // Dataset paths are relative to the site's folder, whichever page the reader is on. A link
  // that names a dataset fetches it, even the letter's; otherwise the page may hold it.
  const query = useDataset(path, `${prefix}${path}`, state.data === undefined ? 'page' : 'link');

  if (query.isPending || (query.isError && query.isFetching)) {
    return (
      <main className="app-status">
        <UrlNotices notices={notices} unknownEvent={undefined} unknownParagraph={undefined} onShowAll={() => undefined} />
        <Loading label={path === DEFAULT_DATASET ? 'Loading the events…' : `Loading the dataset ${path}…`} />
      </main>
    );
  }
  if (query.isError) {
    const error = query.error;
    const problems = error instanceof DatasetError ? error.problems.map(formatProblem) : [];
    return (
      <main className="app-status">
        <UrlNotices notices={notices} unknownEvent={undefined} unknownParagraph={undefined} onShowAll={() => undefined} />
        <ErrorMessage
          title="The events could not be loaded"
          message={error instanceof DatasetError ? error.message : `Something went wrong: ${error.message}`}
          details={problems}
          action={
            <div className="error-actions">
              <button type="button" onClick={() => void query.refetch()}>
                Retry
              </button>
              {state.data !== undefined ? (
                <button type="button" className="link-button" onClick={() => navigate({ data: undefined })}>
                  Load the default dataset
                </button>
              ) : null}
            </div>
          }
        />
      </main>
    );
  }
  return <StoryView key={path} dataset={query.data} state={state} notices={notices} navigate={navigate} prefix={prefix} />;
}
