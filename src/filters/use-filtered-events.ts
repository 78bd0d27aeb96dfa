import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { filterEvents, sameEvents, type EventFilters } from '../dataset/search/filter-events.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { IndexPace } from './index-pace.ts';
import { searchIndexQuery } from './search-index-query.ts';

/** The events last kept from each list of events. */
const lastFound = new WeakMap<readonly PreparedEvent[], readonly PreparedEvent[]>();

/**
 * The events the filters keep. A dataset whose texts are short is searched by reading it; for
 * any other, a search index is built once, as a query keyed by the events (see
 * search-index-query.ts): in the browser's idle time from the first view on, so that it is
 * usually ready before the first keystroke, and in slices one after the other once search is
 * wanted (`prepare`, or a search in the link). Until it is ready, the facets still apply and
 * `searchPending` says the search is not yet counted; if it cannot be built, `searchFailed`
 * says so and search reads every event instead (slower on a large dataset, never stuck).
 */
export function useFilteredEvents(dataset: PreparedDataset, filters: EventFilters) {
  const [pace] = useState(() => new IndexPace());
  const searching = (filters.q ?? '').trim() !== '';
  useEffect(() => {
    if (searching) pace.hurry();
  }, [searching, pace]);
  // Readiness follows the events searched: a language switch brings new events (their words
  // localised), which need an index of their own.
  const index = useQuery(searchIndexQuery(dataset, pace));
  const ready = index.isSuccess || index.isError;

  const { q, kind, actor, place } = filters;
  // A keystroke that keeps the same events ("gro" after "gr") keeps the same list, so nothing
  // that depends on it (the list, the timeline's items, the counts) is worked out again.
  const events = useMemo(() => {
    const found = filterEvents(dataset, { q: ready ? q : undefined, kind, actor, place });
    const last = lastFound.get(dataset.events);
    const kept = last !== undefined && sameEvents(last, found) ? last : found;
    lastFound.set(dataset.events, kept);
    return kept;
  }, [dataset, ready, q, kind, actor, place]);
  const prepare = useCallback(() => pace.hurry(), [pace]);
  return {
    events,
    searchPending: searching && !ready,
    searchFailed: index.isError,
    prepare,
  };
}
