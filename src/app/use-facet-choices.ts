import { useEffect, useMemo, useState } from 'react';
import { facetCountJob } from '../dataset/facet-count-job.ts';
import { facetChoices, type FacetChoice } from '../dataset/filter-events.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';

/**
 * From this many events on, the actors' and places' choices are counted after the first view,
 * a piece per task: at 100,000 events counting them held the first view back, and 20,000 events
 * naming 100 actors each (two million values) held the page for seconds in one task.
 */
const DEFER_FACETS_FROM = 5_000;

type ValueChoices = { actor: readonly FacetChoice[]; place: readonly FacetChoice[] };
const NONE: ValueChoices = { actor: [], place: [] };

/** The actors' and places' choices: at once for a small dataset, piece by piece for a large one (none until then). */
export function useValueChoices(events: PreparedDataset['events']): ValueChoices {
  const small = events.length < DEFER_FACETS_FROM;
  const now = useMemo(
    () =>
      small
        ? { actor: facetChoices(events, 'actor'), place: facetChoices(events, 'place') }
        : undefined,
    [events, small],
  );
  const [later, setLater] = useState<{ events: typeof events; choices: ValueChoices }>();
  useEffect(() => {
    if (small) return;
    const jobs = { actor: facetCountJob(events, 'actor'), place: facetCountJob(events, 'place') };
    let timer = 0;
    const work = () => {
      const actorDone = jobs.actor.step();
      if (actorDone && jobs.place.step()) {
        setLater({ events, choices: { actor: jobs.actor.result(), place: jobs.place.result() } });
        return;
      }
      timer = window.setTimeout(work, 0);
    };
    timer = window.setTimeout(work, 0);
    return () => window.clearTimeout(timer);
  }, [events, small]);
  return now ?? (later?.events === events ? later.choices : NONE);
}
