import { EVENT_ID, PARAGRAPH_ID, printable } from './facet-values.ts';

/**
 * The facets an event can be filtered by: one entry each, read by the URL's parameter table,
 * the filtering, the search index, the filter bar, the notices and the exports. Adding a facet
 * is one entry here and its messages (see docs/adding-a-feature.md).
 */

/** What a facet reads of an event (the prepared event has all of it). */
export interface FacetEvent {
  kind: string;
  actors: readonly string[];
  place?: string | undefined;
  sources: readonly { paragraph: string }[];
}

/** Up to this many values, an event's are made distinct by looking back, with no allocation. */
const FEW = 16;

/**
 * Calls `visit` once for each distinct value of a list. Allocates nothing for short lists: at
 * 100,000 events, a set per event and facet cost the page a long task; a long list (one event
 * naming 30,000 actors) is made distinct with a set, since looking back along it is quadratic.
 */
function eachDistinct<T>(
  list: readonly T[],
  valueOf: (item: T) => string,
  visit: (v: string) => void,
) {
  if (list.length > FEW) {
    for (const value of new Set(list.map(valueOf))) visit(value);
    return;
  }
  for (let i = 0; i < list.length; i += 1) {
    const value = valueOf(list[i] as T);
    let seen = false;
    for (let j = 0; j < i && !seen; j += 1) seen = valueOf(list[j] as T) === value;
    if (!seen) visit(value);
  }
}

const same = (value: string) => value;

export const FACETS = [
  {
    id: 'kind',
    valuesOf: (event: FacetEvent, visit: (value: string) => void) => visit(event.kind),
    /** Whether a value from a link can name one (else the link's value is refused with `refused`). */
    accept: (value: string) => EVENT_ID.test(value),
    refused: 'kind-invalid',
    refusedId: 'notice.kindInvalid',
    /** The filter's name; the kinds are chosen in the legend, not in the filter bar. */
    labelId: 'legend.label',
    inFilterBar: false,
    /** Whether search reads its values as words of the event. */
    searchable: false,
    /** Whether its values are the dataset's labels, shown in the reader's language (`labels`). */
    labelled: false,
  },
  {
    id: 'actor',
    valuesOf: (event: FacetEvent, visit: (value: string) => void) =>
      eachDistinct(event.actors, same, visit),
    accept: printable,
    refused: 'actor-unreadable',
    refusedId: 'notice.actorUnreadable',
    labelId: 'filters.actor',
    inFilterBar: true,
    searchable: true,
    labelled: true,
  },
  {
    id: 'place',
    valuesOf: (event: FacetEvent, visit: (value: string) => void) =>
      event.place === undefined ? undefined : visit(event.place),
    accept: printable,
    refused: 'place-unreadable',
    refusedId: 'notice.placeUnreadable',
    labelId: 'filters.place',
    inFilterBar: true,
    searchable: true,
    labelled: true,
  },
  {
    id: 'paragraph',
    valuesOf: (event: FacetEvent, visit: (value: string) => void) =>
      eachDistinct(event.sources, (source) => source.paragraph, visit),
    accept: (value: string) => PARAGRAPH_ID.test(value),
    refused: 'paragraph-invalid',
    refusedId: 'notice.paragraphInvalid',
    labelId: 'filters.paragraph',
    inFilterBar: true,
    searchable: false,
    labelled: false,
  },
] as const;

export type FacetDefinition = (typeof FACETS)[number];
export type Facet = FacetDefinition['id'];
export type FacetRefusal = FacetDefinition['refused'];
export const FACET_IDS: readonly Facet[] = FACETS.map((f) => f.id);
export const FACET_BY_ID = Object.fromEntries(FACETS.map((f) => [f.id, f])) as Record<
  Facet,
  FacetDefinition
>;
