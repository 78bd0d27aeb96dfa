import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataset } from './fetch-dataset.ts';

export { DEFAULT_DATASET } from './dataset-query-key.ts';

/**
 * The dataset is server state that never goes stale. It is fetched even when the browser
 * says it is offline (so the reader gets a message, not an endless wait) and not retried
 * behind the reader's back: the error view offers Retry.
 */
export function datasetQuery(path: string) {
  return queryOptions({
    queryKey: ['dataset', path],
    queryFn: ({ signal }) => fetchDataset(path, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    networkMode: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useDataset(path: string) {
  return useQuery(datasetQuery(path));
}
