import { eachValue, type Facet, type FacetChoice } from './filter-events.ts';
import type { PreparedEvent } from '../prepare-dataset.ts';

/** The order of `facetChoices`: most events first, then by value. */
const before = (a: FacetChoice, b: FacetChoice) =>
  a.count !== b.count ? a.count > b.count : a.value < b.value;

export interface FacetCountJob {
  /** Does the next piece of work (at most `valuesPerStep` values); true once the choices are ready. */
  step(): boolean;
  /** The choices: the `listed` first in `facetChoices`' order, then the rest in the dataset's order. */
  result(): FacetChoice[];
}

/**
 * A facet's choices counted a piece at a time, so a dataset with millions of values (20,000
 * events naming 100 actors each) never holds the page for one long task: each step counts or
 * ranks at most `valuesPerStep` values. Only the first `listed` choices, the ones a facet shows,
 * are put in order; sorting millions would be one long task again.
 */
export function facetCountJob(
  events: readonly PreparedEvent[],
  facet: Facet,
  { valuesPerStep = 20_000, listed = 100 } = {},
): FacetCountJob {
  const counts = new Map<string, number>();
  const count = (value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  let next = 0;
  let ranking: Iterator<[string, number]> | undefined;
  const top: FacetChoice[] = [];
  const rest: FacetChoice[] = [];
  let done = false;

  function rank(choice: FacetChoice) {
    const last = top[top.length - 1];
    if (top.length >= listed && last !== undefined && !before(choice, last)) {
      rest.push(choice);
      return;
    }
    let at = top.length;
    while (at > 0 && before(choice, top[at - 1] as FacetChoice)) at -= 1;
    top.splice(at, 0, choice);
    if (top.length > listed) rest.push(top.pop() as FacetChoice);
  }

  return {
    step() {
      if (done) return true;
      let work = 0;
      while (next < events.length && work < valuesPerStep) {
        const event = events[next] as PreparedEvent;
        eachValue(event, facet, count);
        work += facet === 'actor' ? Math.max(1, event.actors.length) : 1;
        next += 1;
      }
      if (next < events.length) return false;
      ranking ??= counts.entries();
      for (; work < valuesPerStep; work += 1) {
        const entry = ranking.next();
        if (entry.done) {
          done = true;
          return true;
        }
        rank({ value: entry.value[0], count: entry.value[1] });
      }
      return false;
    },
    result: () => (done ? top.concat(rest) : []),
  };
}
