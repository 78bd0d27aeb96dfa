import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  adoptSearchIndex,
  filterEvents,
  hasSearchIndex,
  sameEvents,
  type EventFilters,
} from '../dataset/search/filter-events.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { createIndexBuilder } from '../dataset/search/search-index-builder.ts';
import { indexWorkOf } from '../dataset/search/search-index.ts';

/**
 * Up to this much work (characters of text, see `indexWorkOf`) a search reads every event, in
 * a few milliseconds; above, it waits for an index built between frames, whatever the number
 * of events.
 */
const BUILD_AT_ONCE = 32_768;
/** How long one slice of index building may hold the main thread. */
const SLICE_MS = 25;
/** Where the browser has no idle callbacks: the pause between two slices built before any search. */
const IDLE_GAP_MS = 50;

/**
 * The index being built for each list of events, so that building in idle time and building
 * for a search that starts meanwhile go on from where the other stopped.
 */
const builders = new WeakMap<readonly PreparedEvent[], ReturnType<typeof createIndexBuilder>>();
/** The events last kept from each list of events. */
const lastFound = new WeakMap<readonly PreparedEvent[], readonly PreparedEvent[]>();

/**
 * The events the filters keep. A dataset whose texts are short is searched by reading it; for
 * any other, a search index is built once, in slices of a few milliseconds (bounded by the work
 * done, not by the number of events): in the browser's idle time from the first view on, so
 * that it is usually ready before the first keystroke, and in slices one after the other once
 * search is wanted (`prepare`, or a search in the link). Until it is ready, the facets still
 * apply and `searchPending` says the search is not yet counted.
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
  const eager = wanted || searching;

  useEffect(() => {
    if (ready) return;
    let timer = 0;
    let idle = 0;
    let live = true;
    // The builder's code is loaded once the first view is up: the first view does without.
    void import('../dataset/search/search-index-builder.ts').then(
      ({ createIndexBuilder }) => {
        if (!live) return;
        let builder = builders.get(dataset.events);
        if (!builder) {
          builder = createIndexBuilder(dataset.events);
          builders.set(dataset.events, builder);
        }
        const work = builder;
        /** One slice of at most `ms`; the next is scheduled until the index is done. */
        const slice = (ms: number) => {
          const index = work.step(performance.now() + ms);
          if (!index) return schedule();
          builders.delete(dataset.events);
          adoptSearchIndex(dataset, index);
          setAdopted((n) => n + 1);
        };
        const schedule = () => {
          if (eager) {
            timer = window.setTimeout(() => slice(SLICE_MS), 0);
          } else if (typeof window.requestIdleCallback === 'function') {
            // Only while the page has nothing else to do: input and drawing come first.
            idle = window.requestIdleCallback((deadline) =>
              slice(Math.min(SLICE_MS, deadline.timeRemaining())),
            );
          } else {
            timer = window.setTimeout(() => slice(SLICE_MS), IDLE_GAP_MS);
          }
        };
        schedule();
      },
      () => {
        if (live) setReadEvery(true);
      },
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
      if (idle !== 0) window.cancelIdleCallback(idle);
    };
  }, [dataset, ready, eager]);

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
  const prepare = useCallback(() => setWanted(true), []);
  return { events, searchPending: searching && !ready, prepare };
}
