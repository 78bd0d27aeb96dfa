import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  adoptSearchIndex,
  filterEvents,
  hasSearchIndex,
  type EventFilters,
} from '../dataset/filter-events.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { indexWorkOf } from '../dataset/search-index.ts';

/**
 * Up to this much work (characters of text, see `indexWorkOf`) a search reads every event, in
 * a few milliseconds; above, it waits for an index built between frames, whatever the number
 * of events.
 */
const BUILD_AT_ONCE = 32_768;
/** How long one slice of index building may hold the main thread. */
const SLICE_MS = 25;

/**
 * The events the filters keep. A dataset whose texts are short is searched by reading it; for
 * any other, a search index is built once, in slices of a few milliseconds (bounded by the work
 * done, not by the number of events), starting when search is first
 * wanted (`prepare`, or a search in the link); until it is ready, the facets still apply and
 * `searchPending` says the search is not yet counted.
 */
export function useFilteredEvents(dataset: PreparedDataset, filters: EventFilters) {
  // Readiness follows the events searched: a language switch brings new events (their words
  // localised), which need an index of their own.
  const small = useMemo(
    () => indexWorkOf(dataset.events, BUILD_AT_ONCE) <= BUILD_AT_ONCE,
    [dataset.events],
  );
  // Bumped when an index is adopted, so the render that follows reads it.
  const [, setAdopted] = useState(0);
  // Where the builder's code cannot be fetched (a redeploy while the page is open), search reads
  // every event instead: slower on a large dataset, never stuck.
  const [readEvery, setReadEvery] = useState(false);
  const ready = small || readEvery || hasSearchIndex(dataset);
  const [wanted, setWanted] = useState(false);
  const searching = (filters.q ?? '').trim() !== '';

  useEffect(() => {
    if (ready || !(wanted || searching)) return;
    let timer = 0;
    let live = true;
    // The builder is loaded only when a large dataset is searched: the first view does without.
    void import('../dataset/search-index-builder.ts').then(
      ({ createIndexBuilder }) => {
        if (!live) return;
        const builder = createIndexBuilder(dataset.events);
        const slice = () => {
          const index = builder.step(performance.now() + SLICE_MS);
          if (!index) {
            timer = window.setTimeout(slice, 0);
            return;
          }
          adoptSearchIndex(dataset, index);
          setAdopted((n) => n + 1);
        };
        timer = window.setTimeout(slice, 0);
      },
      () => {
        if (live) setReadEvery(true);
      },
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [dataset, ready, wanted, searching]);

  const { q, kind, actor, place } = filters;
  const events = useMemo(
    () => filterEvents(dataset, { q: ready ? q : undefined, kind, actor, place }),
    [dataset, ready, q, kind, actor, place],
  );
  const prepare = useCallback(() => setWanted(true), []);
  return { events, searchPending: searching && !ready, prepare };
}
