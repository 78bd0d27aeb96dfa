import { EVENT_WORK, eventTexts, type Searchable, type SearchIndex } from './search-index.ts';
import { isUnspaced, termsOf } from './search-text.ts';

/**
 * The most work done between two looks at the clock, whatever the events' sizes: characters
 * indexed, words sorted or merged, or posting entries copied. About a millisecond here.
 */
export const WORK_UNIT = 4_096;

/** White space that no word, case rule or word break reaches across (Unicode White_Space). */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * Where the piece of `text` that starts at `from` ends: at the first white space at least
 * `size` characters on (or the text's end), so that no word is cut and the pieces' words are
 * the whole text's. Only a run of `size` or more characters without any white space makes a
 * longer piece.
 */
export function pieceEnd(text: string, from: number, size = WORK_UNIT): number {
  if (text.length - from <= size) return text.length;
  SPACE.lastIndex = from + size;
  const space = SPACE.exec(text);
  return space ? space.index : text.length;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Two sorted lists merged, pausing (`yield`) after every `WORK_UNIT` words. */
function* merge(a: readonly string[], b: readonly string[]): Generator<void, string[]> {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x ?? '');
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
    if (out.length % WORK_UNIT === 0) yield;
  }
  return out;
}

/**
 * The whole of building an index, pausing (`yield`) after every unit of work, so that a slice
 * can stop at any pause: long texts are read in pieces of about `WORK_UNIT` characters, the
 * words sorted in runs of `WORK_UNIT` then merged, the postings copied `WORK_UNIT` at a time.
 */
function* indexWork(events: readonly Searchable[]): Generator<void, SearchIndex> {
  const byWord = new Map<string, number[]>();
  let read = 0;
  for (let at = 0; at < events.length; at += 1) {
    const event = events[at];
    if (!event) continue;
    for (const text of eventTexts(event)) {
      if (text === undefined) continue;
      const unspaced = isUnspaced(text);
      for (let from = 0; from < text.length;) {
        const end = pieceEnd(text, from);
        for (const word of termsOf(text.slice(from, end), unspaced)) {
          const list = byWord.get(word);
          // Events are read in order, so a repeated word is always the list's last entry.
          if (!list) byWord.set(word, [at]);
          else if (list[list.length - 1] !== at) list.push(at);
        }
        read += end - from + 1;
        from = end;
        if (read >= WORK_UNIT) {
          read = 0;
          yield;
        }
      }
    }
    // Many small events are work too.
    read += EVENT_WORK;
  }

  let runs: string[][] = [];
  const all = [...byWord.keys()];
  for (let i = 0; i < all.length; i += WORK_UNIT) {
    runs.push(all.slice(i, i + WORK_UNIT).sort(byCodeUnits));
    yield;
  }
  while (runs.length > 1) {
    const next: string[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r] ?? [];
      const b = runs[r + 1];
      next.push(b ? yield* merge(a, b) : a);
    }
    runs = next;
  }
  const words = runs[0] ?? [];

  const postings: Uint32Array[] = [];
  let copied = 0;
  for (const word of words) {
    const list = byWord.get(word) ?? [];
    postings.push(Uint32Array.from(list));
    byWord.delete(word);
    copied += list.length + 1;
    if (copied >= WORK_UNIT) {
      copied = 0;
      yield;
    }
  }
  return { size: events.length, words, postings };
}

/**
 * Builds an index a slice at a time: `step` works until `deadline` (a time from `now`) passes
 * and gives the index once it is finished. The clock is read after every unit of work
 * (`WORK_UNIT`), so a slice overruns its deadline by at most one unit, whether the dataset has
 * many small events or a few very long texts.
 */
export function createIndexBuilder(
  events: readonly Searchable[],
  now: () => number = () => performance.now(),
) {
  const work = indexWork(events);
  let index: SearchIndex | undefined;
  return {
    step(deadline = Number.POSITIVE_INFINITY): SearchIndex | undefined {
      while (!index) {
        const next = work.next();
        if (next.done) index = next.value;
        else if (now() > deadline) return undefined;
      }
      return index;
    },
  };
}

/** The whole index in one go: for tests and small datasets. */
export function buildSearchIndex(events: readonly Searchable[]): SearchIndex {
  return createIndexBuilder(events).step() as SearchIndex;
}
