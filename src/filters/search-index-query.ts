import { queryOptions } from '@tanstack/react-query';
import { adoptSearchIndex } from '../dataset/search/filter-events.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { indexWorkOf } from '../dataset/search/search-index.ts';
import { IndexPace } from './index-pace.ts';

/**
 * Up to this much work (characters of text, see `indexWorkOf`) a search reads every event, in
 * a few milliseconds; above, it waits for an index built between frames, whatever the number
 * of events.
 */
const BUILD_AT_ONCE = 32_768;

/** How search reads a list of events: through the index built for it, or by reading each event. */
export type SearchMode = 'index' | 'read-every-event';

/** A number for each list of events, for the query's key: a language switch brings a new list. */
const identities = new WeakMap<readonly PreparedEvent[], number>();
let lastIdentity = 0;
function identityOf(events: readonly PreparedEvent[]): number {
  let identity = identities.get(events);
  if (identity === undefined) {
    lastIdentity += 1;
    identity = lastIdentity;
    identities.set(events, identity);
  }
  return identity;
}

/** Whether the events' texts are short enough to be read at every search, with no index. */
export const readAtOnce = (events: readonly PreparedEvent[]) =>
  indexWorkOf(events, BUILD_AT_ONCE) <= BUILD_AT_ONCE;

/**
 * The search index of a dataset's events, as a query: pending while it is built (in slices, at
 * the pace `pace` sets), ready at once for short texts, failed when the builder's code cannot
 * be fetched (a redeploy while the page is open) or building throws. It is the page's own work:
 * it runs offline and is never retried (search then reads every event).
 */
export function searchIndexQuery(dataset: PreparedDataset, pace: IndexPace) {
  const short = readAtOnce(dataset.events);
  // The key is the events' identity; the pace only decides how fast the same index is built.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['search-index', identityOf(dataset.events)],
    queryFn: async ({ signal }): Promise<SearchMode> => {
      // The builder's code is loaded once the first view is up: the first view does without.
      const { createIndexBuilder } = await import('../dataset/search/search-index-builder.ts');
      const builder = createIndexBuilder(dataset.events);
      for (;;) {
        const ms = await pace.next(signal);
        const index = builder.step(performance.now() + ms);
        if (index) {
          adoptSearchIndex(dataset, index);
          return 'index';
        }
      }
    },
    initialData: short ? ('read-every-event' as const) : undefined,
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
