import { describe, expect, it } from 'vitest';
import { facetCountJob } from './facet-count-job.ts';
import { facetChoices } from './filter-events.ts';
import type { PreparedEvent } from '../prepare-dataset.ts';

const event = (i: number, actors: string[], place?: string) =>
  ({ id: `e${i}`, kind: 'violence', actors, place }) as unknown as PreparedEvent;

/** 300 events: a few shared actors and places, and many of their own. */
const EVENTS = Array.from({ length: 300 }, (_, i) =>
  event(
    i,
    [`shared ${i % 7}`, `own ${i}`, `own ${i}`, `pair ${i >> 1}`],
    i % 3 ? `town ${i % 5}` : undefined,
  ),
);

function run(job: ReturnType<typeof facetCountJob>): number {
  let steps = 1;
  while (!job.step()) steps += 1;
  return steps;
}

describe('counting a facet a piece at a time', () => {
  it('lists the same first choices, in the same order, as counting at once, and every choice once', () => {
    for (const facet of ['actor', 'place'] as const) {
      const whole = facetChoices(EVENTS, facet);
      const job = facetCountJob(EVENTS, facet, { valuesPerStep: 50, listed: 20 });
      run(job);
      const pieces = job.result();
      expect(pieces.slice(0, 20)).toEqual(whole.slice(0, 20));
      expect(pieces).toHaveLength(whole.length);
      expect(new Set(pieces.map((c) => c.value))).toEqual(new Set(whole.map((c) => c.value)));
    }
  });

  it('does at most its share of work per step, so no step is one long task', () => {
    // 1,200 actor names and 600 distinct actors: 50 a step takes about 36 steps.
    expect(run(facetCountJob(EVENTS, 'actor', { valuesPerStep: 50 }))).toBeGreaterThan(30);
    const job = facetCountJob(EVENTS, 'actor', { valuesPerStep: 50 });
    expect(job.step()).toBe(false);
    expect(job.result()).toEqual([]);
  });
});
