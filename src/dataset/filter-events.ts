import type { PreparedDataset, PreparedEvent } from './prepare-dataset.ts';
import { buildSearchIndex, searchIndex, type SearchIndex } from './search-index.ts';

/** What the reader narrows the events to: search text, and choices within each facet. */
export interface EventFilters {
  q?: string | undefined;
  kind?: readonly string[] | undefined;
  actor?: readonly string[] | undefined;
  place?: readonly string[] | undefined;
}

export type Facet = 'kind' | 'actor' | 'place';
export const FACETS: readonly Facet[] = ['kind', 'actor', 'place'];

/** One choice of a facet, with how many events of the dataset it has. */
export interface FacetChoice {
  value: string;
  count: number;
}

const knownValues = new WeakMap<readonly PreparedEvent[], Record<Facet, Set<string>>>();
const indexes = new WeakMap<readonly PreparedEvent[], SearchIndex>();

/** The dataset's search index, built once per dataset (and kept while the dataset lives). */
export function searchIndexFor(dataset: Pick<PreparedDataset, 'events'>): SearchIndex {
  let index = indexes.get(dataset.events);
  if (!index) {
    index = buildSearchIndex(dataset.events);
    indexes.set(dataset.events, index);
  }
  return index;
}

/** Whether the dataset's search index is ready; an index built elsewhere can be handed in with `adoptSearchIndex`. */
export const hasSearchIndex = (dataset: Pick<PreparedDataset, 'events'>) => indexes.has(dataset.events);
export function adoptSearchIndex(dataset: Pick<PreparedDataset, 'events'>, index: SearchIndex): void {
  if (index.size === dataset.events.length) indexes.set(dataset.events, index);
}

function valuesOf(event: PreparedEvent, facet: Facet): readonly string[] {
  if (facet === 'kind') return [event.kind];
  if (facet === 'actor') return event.actors;
  return event.place === undefined ? [] : [event.place];
}

/** The choices of a facet in the dataset, most events first (then in code-unit order). */
export function facetChoices(events: readonly PreparedEvent[], facet: Facet): FacetChoice[] {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const value of new Set(valuesOf(event, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** The values of each facet the filters name that the dataset does not have (they are ignored). */
export function unknownFilterValues(
  dataset: Pick<PreparedDataset, 'events'> & { kindIds?: ReadonlySet<string> },
  filters: EventFilters,
): Record<Facet, string[]> {
  let known = knownValues.get(dataset.events);
  if (!known) {
    known = { kind: new Set(dataset.kindIds), actor: new Set(), place: new Set() };
    for (const event of dataset.events)
      for (const facet of FACETS) for (const v of valuesOf(event, facet)) known[facet].add(v);
    knownValues.set(dataset.events, known);
  }
  const unknown = (facet: Facet) => (filters[facet] ?? []).filter((v) => !known[facet].has(v));
  return { kind: unknown('kind'), actor: unknown('actor'), place: unknown('place') };
}

/** Whether the filters narrow anything at all. */
export function isFiltering(filters: EventFilters): boolean {
  return (filters.q ?? '').trim() !== '' || FACETS.some((f) => (filters[f] ?? []).length > 0);
}

/**
 * The events that match: every word of the search (as a word prefix, without case or
 * accents) in the title, quotes, place or actors, and, within each facet, any of its chosen
 * values (values the dataset does not have are ignored). Facets and search narrow together.
 * In the dataset's order; the dataset's own list when nothing narrows.
 */
export function filterEvents(
  dataset: Pick<PreparedDataset, 'events'>,
  filters: EventFilters,
): readonly PreparedEvent[] {
  if (!isFiltering(filters)) return dataset.events;
  const known = unknownFilterValues(dataset, filters);
  const chosen = FACETS.map((facet) => {
    const unknown = new Set(known[facet]);
    return { facet, values: new Set((filters[facet] ?? []).filter((v) => !unknown.has(v))) };
  }).filter(({ values }) => values.size > 0);
  const hits = (filters.q ?? '').trim() === '' ? undefined : searchIndex(searchIndexFor(dataset), filters.q ?? '');
  if (!hits && chosen.length === 0) return dataset.events;
  return dataset.events.filter(
    (event, i) =>
      (!hits || hits[i] === 1) &&
      chosen.every(({ facet, values }) => valuesOf(event, facet).some((v) => values.has(v))),
  );
}
