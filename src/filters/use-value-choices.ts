import { useEffect, useMemo, useState } from 'react';
import { facetCountJob } from '../dataset/search/facet-count-job.ts';
import { facetChoices, type FacetChoice } from '../dataset/search/filter-events.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { Facet } from '../facets/facets.ts';

/**
 * From this many events on, the filter bar's choices are counted after the first view, a piece
 * per task: at 100,000 events counting them held the first view back, and 20,000 events naming
 * 100 actors each (two million values) held the page for seconds in one task.
 */
const DEFER_FACETS_FROM = 5_000;

type ValueChoices<F extends Facet> = Record<F, readonly FacetChoice[]>;

const none = <F extends Facet>(facets: readonly F[]) =>
  Object.fromEntries(facets.map((f) => [f, []])) as unknown as ValueChoices<F>;

/** Each facet's choices: at once for a small dataset, piece by piece for a large one (none until then). */
export function useValueChoices<F extends Facet>(
  events: PreparedDataset['events'],
  facets: readonly F[],
): ValueChoices<F> {
  const small = events.length < DEFER_FACETS_FROM;
  const now = useMemo(
    () =>
      small
        ? (Object.fromEntries(
            facets.map((f) => [f, facetChoices(events, f)]),
          ) as unknown as ValueChoices<F>)
        : undefined,
    [events, small, facets],
  );
  const empty = useMemo(() => none(facets), [facets]);
  const [later, setLater] = useState<{ events: typeof events; choices: ValueChoices<F> }>();
  useEffect(() => {
    if (small) return;
    const jobs = facets.map((f) => [f, facetCountJob(events, f)] as const);
    let timer = 0;
    const work = () => {
      // One job's piece per task; the next job starts once the one before is done.
      if (jobs.every(([, job]) => job.step())) {
        const choices = Object.fromEntries(
          jobs.map(([f, job]) => [f, job.result()]),
        ) as unknown as ValueChoices<F>;
        setLater({ events, choices });
        return;
      }
      timer = window.setTimeout(work, 0);
    };
    timer = window.setTimeout(work, 0);
    return () => window.clearTimeout(timer);
  }, [events, small, facets]);
  return now ?? (later?.events === events ? later.choices : empty);
}
