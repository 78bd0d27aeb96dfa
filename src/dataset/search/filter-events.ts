import { FACET_BY_ID, FACET_IDS, type Facet, type FacetDefinition } from '../../facets/facets.ts';
import type { PreparedDataset, PreparedEvent } from '../prepare-dataset.ts';
import { scanEvents, searchIndex, type SearchIndex } from './search-index.ts';

/** What the reader narrows the events to: search text, and choices within each facet. */
export type EventFilters = { q?: string | undefined } & {
  [F in Facet]?: readonly string[] | undefined;
};

export type { Facet };

/** One choice of a facet, with how many events of the dataset it has. */
export interface FacetChoice {
  value: string;
  count: number;
}

const knownValues = new WeakMap<readonly PreparedEvent[], Partial<Record<Facet, Set<string>>>>();
const indexes = new WeakMap<readonly PreparedEvent[], SearchIndex>();

/** Whether the dataset's search index is ready; an index built elsewhere can be handed in with `adoptSearchIndex`. */
export const hasSearchIndex = (dataset: Pick<PreparedDataset, 'events'>) =>
  indexes.has(dataset.events);
export function adoptSearchIndex(
  dataset: Pick<PreparedDataset, 'events'>,
  index: SearchIndex,
): void {
  if (index.size === dataset.events.length) indexes.set(dataset.events, index);
}

const definition = (facet: Facet) => FACET_BY_ID[facet];

/** Calls `visit` once for each distinct value an event has in a facet (see facets.ts). */
export const eachValue = (event: PreparedEvent, facet: Facet, visit: (value: string) => void) =>
  definition(facet).valuesOf(event, visit);

/** The choices of a facet in the dataset, most events first (then in code-unit order). */
export function facetChoices(events: readonly PreparedEvent[], facet: Facet): FacetChoice[] {
  const counts = new Map<string, number>();
  const count = (value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const event of events) eachValue(event, facet, count);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Each facet's values in the dataset, gathered (a pass over every event) when first asked for. */
function knownValuesOf(
  dataset: Pick<PreparedDataset, 'events'> & { kindIds?: ReadonlySet<string> },
  facet: Facet,
): Set<string> {
  let known = knownValues.get(dataset.events);
  if (!known) {
    known = {};
    knownValues.set(dataset.events, known);
  }
  let values = known[facet];
  if (!values) {
    values = facet === 'kind' ? new Set(dataset.kindIds) : new Set<string>();
    const add = (v: string) => values?.add(v);
    for (const event of dataset.events) eachValue(event, facet, add);
    known[facet] = values;
  }
  return values;
}

/** The values of each facet the filters name that the dataset does not have (they are ignored). */
export function unknownFilterValues(
  dataset: Pick<PreparedDataset, 'events'> & { kindIds?: ReadonlySet<string> },
  filters: EventFilters,
): Record<Facet, string[]> {
  // Only the facets the filters name are gathered: a kind toggled does not wait for every actor.
  const unknown = (facet: Facet) => {
    const named = filters[facet] ?? [];
    if (named.length === 0) return [];
    const known = knownValuesOf(dataset, facet);
    return named.filter((v) => !known.has(v));
  };
  return Object.fromEntries(FACET_IDS.map((facet) => [facet, unknown(facet)])) as Record<
    Facet,
    string[]
  >;
}

/** The kinds the events have; stops looking once all `of` kinds of the dataset are found. */
export function presentKinds(events: readonly PreparedEvent[], of: number): Set<string> {
  const kinds = new Set<string>();
  for (const event of events) {
    kinds.add(event.kind);
    if (kinds.size >= of) break;
  }
  return kinds;
}

/** Whether two lists hold the same events in the same order. */
export function sameEvents(a: readonly PreparedEvent[], b: readonly PreparedEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the filters narrow anything at all. */
export function isFiltering(filters: EventFilters): boolean {
  return (filters.q ?? '').trim() !== '' || FACET_IDS.some((f) => (filters[f] ?? []).length > 0);
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
  // Only the facets chosen are gathered (a pass over every event each, once): a search alone,
  // at its first keystroke, does not wait for the dataset's actors and places.
  const known = unknownFilterValues(dataset, filters);
  const chosen = FACET_IDS.map((facet) => {
    const unknown = new Set(known[facet]);
    const values = new Set((filters[facet] ?? []).filter((v) => !unknown.has(v)));
    return { valuesOf: definition(facet).valuesOf, values };
  }).filter(({ values }) => values.size > 0);
  // With an index (built in slices for a large dataset, see use-filtered-events.ts), a search
  // costs the matching words; without one, a reading of every event's words.
  const index = indexes.get(dataset.events);
  const query = filters.q ?? '';
  const hits = index ? searchIndex(index, query) : scanEvents(dataset.events, query);
  if (!hits && chosen.length === 0) return dataset.events;
  // One tight pass that allocates nothing per event: at 100,000 events a list per event and
  // facet cost a toggle of a kind more than its drawing.
  const kept: PreparedEvent[] = [];
  const events = dataset.events;
  for (let i = 0; i < events.length; i += 1) {
    if (hits && hits[i] !== 1) continue;
    const event = events[i] as PreparedEvent;
    if (chosen.every(({ valuesOf, values }) => hasChosen(event, valuesOf, values)))
      kept.push(event);
  }
  return kept;
}

/** Whether an event has any of the chosen values of a facet. */
function hasChosen(
  event: PreparedEvent,
  valuesOf: FacetDefinition['valuesOf'],
  values: ReadonlySet<string>,
): boolean {
  let found = false;
  valuesOf(event, (value) => {
    if (!found && values.has(value)) found = true;
  });
  return found;
}
