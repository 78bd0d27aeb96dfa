import { searchTerms } from './search-text.ts';

/** What search reads of an event: its title, quotes, place and actors. */
export interface Searchable {
  title: string;
  place?: string | undefined;
  actors: readonly string[];
  sources: readonly { quote: string }[];
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
function eventTexts(event: Searchable): (string | undefined)[] {
  return [
    event.title,
    event.place,
    ...event.actors,
    ...event.sources.map((source) => source.quote),
  ];
}

/**
 * Builds an index a slice at a time: `step` indexes events until `deadline` (a time from
 * `now`) passes and says whether it has finished, so a large dataset is indexed between
 * frames instead of in one long task.
 */
export function createIndexBuilder(
  events: readonly Searchable[],
  now: () => number = () => performance.now(),
) {
  const byWord = new Map<string, number[]>();
  let next = 0;
  let index: SearchIndex | undefined;
  let words: string[] | undefined;
  const postings: Uint32Array[] = [];
  return {
    step(deadline = Number.POSITIVE_INFINITY): SearchIndex | undefined {
      if (index) return index;
      while (next < events.length) {
        const event = events[next];
        if (event) {
          for (const text of eventTexts(event)) {
            if (text === undefined) continue;
            for (const word of searchTerms(text)) {
              const list = byWord.get(word);
              // Events are read in order, so a repeated word is always the list's last entry.
              if (!list) byWord.set(word, [next]);
              else if (list[list.length - 1] !== next) list.push(next);
            }
          }
        }
        next += 1;
        if (next % 256 === 0 && now() > deadline) return undefined;
      }
      // Then the word lists become compact arrays, also a slice at a time: at 100,000 events
      // they hold millions of entries.
      words ??= [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      while (postings.length < words.length) {
        const word = words[postings.length] ?? '';
        postings.push(Uint32Array.from(byWord.get(word) ?? []));
        byWord.delete(word);
        if (postings.length % 64 === 0 && now() > deadline) return undefined;
      }
      index = { size: events.length, words, postings };
      return index;
    },
  };
}

export function buildSearchIndex(events: readonly Searchable[]): SearchIndex {
  return createIndexBuilder(events).step() as SearchIndex;
}

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
  const terms = [...new Set(searchTerms(query))];
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
