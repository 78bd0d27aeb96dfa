import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVENT_WORK,
  indexWorkOf,
  scanEvents,
  searchIndex,
  type Searchable,
} from './search-index.ts';
import {
  buildSearchIndex,
  createIndexBuilder,
  pieceEnd,
  WORK_UNIT,
} from './search-index-builder.ts';
import { searchTerms } from './search-text.ts';

const event = (title: string, extra: Partial<Searchable> = {}): Searchable => ({
  title,
  actors: [],
  sources: [],
  ...extra,
});

const EVENTS: Searchable[] = [
  event('Eggs thrown at Kalyapin', { place: 'Moscow', actors: ['Igor Kalyapin'] }),
  event('Office burned', {
    place: 'Grozny',
    sources: [{ quote: 'the office of the Joint Mobile Group was set on fire' }],
  }),
  event('Kadyrov’s statement', {
    actors: ['Ramzan Kadyrov'],
    sources: [{ quote: 'collective punishment' }],
  }),
  event('Обыск в офисе', { place: 'Грозный' }),
  event('بيان', { place: 'غروزني' }),
];

const found = (query: string) => {
  const hits = searchIndex(buildSearchIndex(EVENTS), query);
  return hits === undefined ? undefined : EVENTS.flatMap((_e, i) => (hits[i] === 1 ? [i] : []));
};

describe('searchIndex', () => {
  it.each<[string, string, number[] | undefined]>([
    ['a word prefix in a title', 'kalyap', [0]],
    ['the same prefix in capitals and with an accent', 'KÁLYAP', [0]],
    ['a word in a quote', 'punish', [2]],
    ['a place', 'grozny', [1]],
    ['an actor', 'ramzan', [2]],
    ['every word, each anywhere in the event', 'office fire', [1]],
    ['words that are in different events, which match nothing', 'kalyapin punishment', []],
    ['a prefix that begins words in several events', 'mo', [0, 1]],
    ['Cyrillic without case', 'ГРОЗН', [3]],
    ['Arabic', 'غروز', [4]],
    ['the middle of a word, which is not a match', 'alyapin', []],
    ['regex metacharacters, taken as text', 'kalyap.*', [0]],
    ['a pattern that would be catastrophic as a regex', '(o+)+$', [1]],
    ['a blank query, which does not narrow', '   ', undefined],
    ['punctuation and no word, which nothing matches', '  ?! ', []],
    ['an invisible character alone, which nothing matches', '\u200B', []],
  ])('finds %s', (_what, query, indices) => {
    expect(found(query)).toEqual(indices);
  });

  it('gives the same index built in slices as in one go', () => {
    let clock = 0;
    const many = Array.from({ length: 2000 }, (_v, i) => event(`Event ${i} in place${i % 7}`));
    const builder = createIndexBuilder(many, () => (clock += 1));
    let steps = 0;
    let index = builder.step(0);
    while (!index) {
      steps += 1;
      index = builder.step(clock);
    }
    expect(steps).toBeGreaterThan(1);
    expect(index).toEqual(buildSearchIndex(many));
  });

  it('agrees with reading every event, for any events and any query', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcÁéКк'), minLength: 1, maxLength: 4 });
    const text = fc.array(word, { maxLength: 4 }).map((w) => w.join(' '));
    const searchable = fc.record({
      title: text,
      actors: fc.array(text, { maxLength: 2 }),
      sources: fc.array(fc.record({ quote: text }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(searchable, { maxLength: 12 }), text, (events, query) => {
        const terms = searchTerms(query);
        const hits = searchIndex(buildSearchIndex(events), query);
        if (terms.length === 0) {
          expect(hits).toBeUndefined();
          return;
        }
        events.forEach((e, i) => {
          const words = [e.title, ...e.actors, ...e.sources.map((s) => s.quote)].flatMap(
            searchTerms,
          );
          const expected = terms.every((t) => words.some((w) => w.startsWith(t)));
          expect(hits?.[i] === 1).toBe(expected);
        });
      }),
    );
  });
});

/** The index as reading each text whole would give it: word → positions of the events. */
function readWhole(events: readonly Searchable[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  events.forEach((e, at) => {
    const texts = [e.title, e.place, ...e.actors, ...e.sources.map((s) => s.quote)];
    for (const word of texts.flatMap((text) => (text === undefined ? [] : searchTerms(text)))) {
      const list = byWord.get(word) ?? [];
      if (list.at(-1) !== at) list.push(at);
      byWord.set(word, list);
    }
  });
  return byWord;
}

describe('building the index in slices bounded by work', () => {
  it.each<[string, string, number, number, number]>([
    ['a text shorter than a piece', 'short text', 0, 8, 10],
    ['a long text, at the first white space a piece on', 'aaaa bbbb cccc', 0, 6, 9],
    ['the next piece, from there', 'aaaa bbbb cccc', 9, 2, 14],
    ['a text with no white space after a piece', 'aaaa bbbbbbbbbb', 0, 6, 15],
    ['a no-break space', 'aaaa\u00a0bbbb', 0, 2, 4],
    ['not at punctuation, which a case rule may read across (ΟΔΟΣ.Α)', 'ΟΔΟΣ.Α ΒΓ', 0, 2, 6],
    ['not at a zero-width no-break space, which word breaks ignore', 'ab\ufeffcd ef', 0, 1, 5],
  ])('cuts %s', (_what, text, from, size, end) => {
    expect(pieceEnd(text, from, size)).toBe(end);
  });

  it('reads the clock after every unit of work, however few and long the texts', () => {
    const title = Array.from({ length: 30_000 }, (_v, i) => `word${i % 10}`).join(' ');
    const one = [event(title, { sources: [{ quote: title }] })];
    // A deadline always passed: every step does one unit of work and stops.
    const builder = createIndexBuilder(one, () => 1);
    let steps = 1;
    while (!builder.step(0)) steps += 1;
    const characters = title.length * 2;
    expect(steps).toBeGreaterThanOrEqual(characters / (WORK_UNIT + 8));
  });

  it('gives the same index as reading every text whole, whatever the pieces, and the same marks as a reading', () => {
    const word = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'abΣσςΟΔ.Á'), minLength: 1, maxLength: 6 }),
      fc.constantFrom('東京都', 'ภาษาไทย', 'e\u0301', "don't", '\ufeff'),
    );
    const space = fc.constantFrom(' ', '\n', '\u00a0', '\u3000', '');
    const text = fc
      .array(fc.tuple(word, space), { maxLength: 1_200 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const searchable = fc.record({
      title: text,
      actors: fc.constant([]),
      sources: fc.array(fc.record({ quote: text }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(searchable, { minLength: 1, maxLength: 4 }), (events) => {
        const index = buildSearchIndex(events);
        const whole = readWhole(events);
        expect(index.words).toEqual([...whole.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        index.words.forEach((w, i) => expect([...(index.postings[i] ?? [])]).toEqual(whole.get(w)));
        for (const query of ['a', 'σ', 'ΟΔ', 'don', '東京', 'e', '.']) {
          expect(scanEvents(events, query)).toEqual(searchIndex(index, query));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('indexWorkOf', () => {
  const many = Array.from({ length: 1_000 }, (_v, i) => event(`Title ${i}`.padEnd(20, '.')));

  it('counts every event and the characters of its texts', () => {
    expect(indexWorkOf(many)).toBe(1_000 * (EVENT_WORK + 20));
  });

  it('stops once past the limit it is given, saying more than the limit', () => {
    const work = indexWorkOf(many, 100);
    expect(work).toBeGreaterThan(100);
    expect(work).toBeLessThanOrEqual(100 + EVENT_WORK + 20);
  });

  it('gives the whole count when it stays within the limit', () => {
    expect(indexWorkOf(many, 1_000 * (EVENT_WORK + 20))).toBe(1_000 * (EVENT_WORK + 20));
  });
});
