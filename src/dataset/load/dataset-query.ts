import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataset } from './fetch-dataset.ts';

export { DEFAULT_DATASET } from './dataset-query-key.ts';

/**
 * Where the dataset was asked for: by the page itself (the letter's, which a prerendered page
 * carries), or by a link's `data` parameter, which is always fetched.
 */
export type DatasetFrom = 'page' | 'link';

/**
 * The dataset is server state that never goes stale. It is fetched even when the browser
 * says it is offline (so the reader gets a message, not an endless wait) and not retried
 * behind the reader's back: the error view offers Retry.
 */
export function datasetQuery(path: string, url = path, from: DatasetFrom = 'link') {
  // `url` is the same file seen from the reader's page (`../../data/events.json` from an
  // event page): one dataset, one entry, whichever page asked first.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['dataset', path, from],
    // A dataset file opened in this browser is read from where the browser keeps it.
    queryFn: ({ signal }) =>
      path.startsWith('file:')
        ? import('./local-dataset.ts').then((m) => m.loadLocalDataset(path.slice(5), signal))
        : fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    networkMode: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** `url` is where to fetch `path` from the page the reader is on. */
export function useDataset(path: string, url = path, from: DatasetFrom = 'link') {
  return useQuery(datasetQuery(path, url, from));
}
