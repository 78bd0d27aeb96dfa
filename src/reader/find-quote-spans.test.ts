import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findQuoteSpan,
  splitByQuotes,
  type QuoteRef,
  type TextSegment,
} from './find-quote-spans.ts';

const P8 =
  'On 13 December, a demonstration took place in Grozny. Later that day, unknown men tried to break into the apartment. In the evening, the office was destroyed by fire.';

describe('findQuoteSpan', () => {
  it.each([
    ['a quote inside the text', 'abcdef', 'cd', { start: 2, end: 4 }],
    ['a quote at the start', 'abcdef', 'ab', { start: 0, end: 2 }],
    ['a quote at the end', 'abcdef', 'ef', { start: 4, end: 6 }],
    ['the whole text', 'abcdef', 'abcdef', { start: 0, end: 6 }],
    [
      'the first of repeated words',
      'the office and the office',
      'the office',
      { start: 0, end: 10 },
    ],
    [
      'curly quotation marks as they are',
      'slogans such as “Go home”',
      '“Go home”',
      { start: 16, end: 25 },
    ],
    [
      'text outside the Basic Multilingual Plane by code units',
      'a 😀 b',
      '😀',
      { start: 2, end: 4 },
    ],
  ])('finds %s', (_what, text, quote, span) => {
    expect(findQuoteSpan(text, quote)).toEqual(span);
  });

  it.each([
    ['an absent quote', 'abcdef', 'xy'],
    ['an empty quote', 'abcdef', ''],
    ['a quote longer than the text', 'ab', 'abc'],
    ['a quote whose case differs', 'In the evening', 'in the evening'],
    ['straight quotes for curly ones', 'such as “Go home”', '"Go home"'],
    ['anything in an empty text', '', 'a'],
  ])('gives null for %s', (_what, text, quote) => {
    expect(findQuoteSpan(text, quote)).toBeNull();
  });
});

/** Segments as [text, eventIds] pairs, for tables that read like the paragraph. */
const brief = (segments: TextSegment[]) => segments.map((s) => [s.text, s.eventIds] as const);

describe('splitByQuotes', () => {
  it.each<[string, string, QuoteRef[], (readonly [string, string[]])[]]>([
    ['a paragraph without quotes as one plain segment', 'abcdef', [], [['abcdef', []]]],
    ['an empty paragraph as nothing', '', [{ eventId: 'a', quote: 'x' }], []],
    [
      'a quote in the middle',
      'abcdef',
      [{ eventId: 'a', quote: 'cd' }],
      [
        ['ab', []],
        ['cd', ['a']],
        ['ef', []],
      ],
    ],
    [
      'a quote at the start',
      'abcdef',
      [{ eventId: 'a', quote: 'abc' }],
      [
        ['abc', ['a']],
        ['def', []],
      ],
    ],
    [
      'a quote of the whole paragraph',
      'abcdef',
      [{ eventId: 'a', quote: 'abcdef' }],
      [['abcdef', ['a']]],
    ],
    [
      'overlapping quotes of two events',
      'abcdef',
      [
        { eventId: 'a', quote: 'bcd' },
        { eventId: 'b', quote: 'cde' },
      ],
      [
        ['a', []],
        ['b', ['a']],
        ['cd', ['a', 'b']],
        ['e', ['b']],
        ['f', []],
      ],
    ],
    [
      'a quote inside another',
      'abcdef',
      [
        { eventId: 'outer', quote: 'abcdef' },
        { eventId: 'inner', quote: 'cd' },
      ],
      [
        ['ab', ['outer']],
        ['cd', ['outer', 'inner']],
        ['ef', ['outer']],
      ],
    ],
    [
      'two events quoting the same words',
      'abcdef',
      [
        { eventId: 'a', quote: 'cd' },
        { eventId: 'b', quote: 'cd' },
      ],
      [
        ['ab', []],
        ['cd', ['a', 'b']],
        ['ef', []],
      ],
    ],
    [
      'one event quoting overlapping words twice, named once',
      'abcdef',
      [
        { eventId: 'a', quote: 'bcd' },
        { eventId: 'a', quote: 'cde' },
      ],
      [
        ['a', []],
        ['b', ['a']],
        ['cd', ['a']],
        ['e', ['a']],
        ['f', []],
      ],
    ],
    [
      'adjacent quotes',
      'abcdef',
      [
        { eventId: 'a', quote: 'ab' },
        { eventId: 'b', quote: 'cd' },
      ],
      [
        ['ab', ['a']],
        ['cd', ['b']],
        ['ef', []],
      ],
    ],
    [
      'a quote that is absent, which is left out',
      'abcdef',
      [{ eventId: 'a', quote: 'xyz' }],
      [['abcdef', []]],
    ],
    [
      'an empty quote, which is left out',
      'abcdef',
      [{ eventId: 'a', quote: '' }],
      [['abcdef', []]],
    ],
    [
      'repeated words, marking only their first occurrence',
      'the fire and the fire',
      [{ eventId: 'a', quote: 'the fire' }],
      [
        ['the fire', ['a']],
        [' and the fire', []],
      ],
    ],
  ])('splits %s', (_what, text, quotes, expected) => {
    expect(brief(splitByQuotes(text, quotes))).toEqual(expected);
  });

  it('marks the three events of 13 December in the letter, in the order of the paragraph', () => {
    const segments = splitByQuotes(P8, [
      { eventId: 'jmg-office-arson', quote: 'In the evening, the office was destroyed by fire.' },
      {
        eventId: 'grozny-demonstration',
        quote: 'On 13 December, a demonstration took place in Grozny.',
      },
      {
        eventId: 'jmg-apartment-break-in-attempt',
        quote: 'Later that day, unknown men tried to break into the apartment.',
      },
    ]);
    expect(segments.filter((s) => s.eventIds.length > 0).map((s) => s.eventIds[0])).toEqual([
      'grozny-demonstration',
      'jmg-apartment-break-in-attempt',
      'jmg-office-arson',
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(P8);
  });

  /** A paragraph and quotes of it: some taken from it (so found), some made up (mostly absent). */
  const paragraphWithQuotes = fc
    .string({ unit: fc.constantFrom(...'ab .“”😀'), maxLength: 40 })
    .chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.record({
            eventId: fc.constantFrom('a', 'b', 'c', 'd'),
            quote: fc.oneof(
              fc
                .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
                .map(([i, j]) => text.slice(Math.min(i, j), Math.max(i, j))),
              fc.string({ unit: fc.constantFrom(...'abx '), maxLength: 5 }),
            ),
          }),
          { maxLength: 6 },
        ),
      ),
    );

  it('gives segments that join back into the paragraph, each starting where the last ended, none empty', () => {
    fc.assert(
      fc.property(paragraphWithQuotes, ([text, quotes]) => {
        const segments = splitByQuotes(text, quotes);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let offset = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(offset);
          expect(segment.text).not.toBe('');
          offset += segment.text.length;
        }
      }),
    );
  });

  it('marks every character with exactly the events whose quote covers it, each named once', () => {
    fc.assert(
      fc.property(paragraphWithQuotes, ([text, quotes]) => {
        const spans = quotes.map((q) => ({ id: q.eventId, span: findQuoteSpan(text, q.quote) }));
        for (const segment of splitByQuotes(text, quotes)) {
          expect(new Set(segment.eventIds).size).toBe(segment.eventIds.length);
          for (let i = segment.start; i < segment.start + segment.text.length; i += 1) {
            const covering = new Set(
              spans.filter(({ span }) => span && span.start <= i && i < span.end).map((s) => s.id),
            );
            expect(new Set(segment.eventIds)).toEqual(covering);
          }
        }
      }),
    );
  });

  it('marks every quote that is in the paragraph, word for word', () => {
    fc.assert(
      fc.property(paragraphWithQuotes, ([text, quotes]) => {
        const segments = splitByQuotes(text, quotes);
        for (const { eventId, quote } of quotes) {
          const span = findQuoteSpan(text, quote);
          if (!span) continue;
          const marked = segments
            .filter((s) => s.start >= span.start && s.start < span.end)
            .map((s) => s.text)
            .join('');
          expect(marked).toBe(quote);
          expect(
            segments
              .filter((s) => s.start >= span.start && s.start < span.end)
              .every((s) => s.eventIds.includes(eventId)),
          ).toBe(true);
        }
      }),
    );
  });
});
