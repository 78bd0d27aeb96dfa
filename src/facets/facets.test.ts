import { describe, expect, it } from 'vitest';
import en from '../locales/en/messages.json';
import ru from '../locales/ru/messages.json';
import { FACETS } from './facets.ts';
import { parseUrlState, serializeUrlState } from '../url-state/url-state.ts';

const event = {
  kind: 'arrest',
  actors: ['Police', 'Igor Kalyapin', 'Police'],
  place: 'Grozny',
  sources: [{ paragraph: 'p3' }, { paragraph: 'p5' }, { paragraph: 'p3' }],
};

describe.each(FACETS.map((facet) => [facet.id, facet] as const))('the %s facet', (id, facet) => {
  it('has its name and its refusal in both catalogues', () => {
    for (const catalogue of [en, ru] as Record<string, string>[]) {
      expect(catalogue[facet.labelId]).toBeTruthy();
      expect(catalogue[facet.refusedId]).toBeTruthy();
    }
  });

  it('gives each of an event’s values once', () => {
    const values: string[] = [];
    facet.valuesOf(event, (v) => values.push(v));
    expect(values).toEqual([...new Set(values)]);
    expect(values.length).toBeGreaterThan(0);
  });

  it('is a link parameter of its own name that reads back what it writes', () => {
    const values: string[] = [];
    facet.valuesOf(event, (v) => values.push(v));
    const query = serializeUrlState({ [id]: values });
    expect(query.startsWith(`?${id}=`)).toBe(true);
    expect(parseUrlState(query).state[id]).toEqual([...values].sort());
  });
});
