import { FACETS, type FacetEvent } from '../../facets/facets.ts';
import { queryTerms, searchTerms } from './search-text.ts';

/** The facets whose values search reads as words of the event (see facets.ts). */
const SEARCHABLE = FACETS.filter((facet) => facet.searchable);

/** What search reads of an event: its title, quotes, the searchable facets (place, actors) and their shown names. */
export interface Searchable {
  title: string;
  place?: string | undefined;
  actors: readonly string[];
  sources: readonly { quote: string }[];
  /** The reader's words for the actors, place and kind, where they differ (prepare-dataset.ts). */
  searchWords?: readonly string[] | undefined;
}

/**
 * A word index of a list of events: the folded words in code-unit order, and for each word
 * the events (by position) that contain it. A prefix is found by binary search, so a
 * keystroke costs the matching words, never a scan of every event.
 */
export interface SearchIndex {
  size: number;
  words: string[];
  postings: Uint32Array[];
}

/** Every text of an event that search reads. */
export function eventTexts(event: Searchable): (string | undefined)[] {
  const texts: (string | undefined)[] = [event.title];
  // A searchable facet reads only the fields a Searchable has (see facets.ts).
  for (const facet of SEARCHABLE)
    facet.valuesOf(event as unknown as FacetEvent, (v) => texts.push(v));
  for (const source of event.sources) texts.push(source.quote);
  if (event.searchWords) texts.push(...event.searchWords);
  return texts;
}

/**
 * What building an index of `events` costs, in characters of text (see search-index-builder.ts).
 * Past `limit` it stops counting (and returns what it has, more than `limit`): whether a large
 * dataset is over a threshold is told by its first events, not by a pass over all of them.
 */
export function indexWorkOf(events: readonly Searchable[], limit = Infinity): number {
  let work = 0;
  for (const event of events) {
    work += EVENT_WORK;
    for (const text of eventTexts(event)) work += text?.length ?? 0;
    if (work > limit) break;
  }
  return work;
}

/** What an event costs besides its text's characters (its lists, its loop): a few characters' worth. */
export const EVENT_WORK = 16;

/** The first position in the sorted words at or after `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] ?? '') < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The events matching every word of the query (each as a prefix of a word of the event), as
 * a mark per event position (1 for a match); undefined for a blank query. A query of only
 * punctuation or invisible characters has no word to look for, so nothing matches it (rather
 * than everything, which would read as if every event held it).
 */
export function searchIndex(index: SearchIndex, query: string): Uint8Array | undefined {
  if (query.trim() === '') return undefined;
  const terms = queryTerms(query);
  if (terms.length === 0) return new Uint8Array(index.size);
  // The longest term first: it usually matches the fewest words and narrows the rest.
  terms.sort((a, b) => b.length - a.length);
  let result: Uint8Array | undefined;
  for (const term of terms) {
    const hits = new Uint8Array(index.size);
    for (let i = lowerBound(index.words, term); i < index.words.length; i += 1) {
      if (!(index.words[i] ?? '').startsWith(term)) break;
      const postings = index.postings[i];
      if (!postings) continue;
      for (const at of postings) if (!result || result[at] === 1) hits[at] = 1;
    }
    result = hits;
  }
  return result;
}

/**
 * The same marks as `searchIndex` gives, found by reading every event's words: for a dataset
 * whose texts are short (see `indexWorkOf`) before or without an index.
 */
export function scanEvents(events: readonly Searchable[], query: string): Uint8Array | undefined {
  if (query.trim() === '') return undefined;
  const terms = queryTerms(query);
  const hits = new Uint8Array(events.length);
  if (terms.length === 0) return hits;
  events.forEach((event, at) => {
    const words = eventTexts(event).flatMap((text) =>
      text === undefined ? [] : searchTerms(text),
    );
    if (terms.every((term) => words.some((word) => word.startsWith(term)))) hits[at] = 1;
  });
  return hits;
}
