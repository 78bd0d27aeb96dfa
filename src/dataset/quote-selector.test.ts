import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OCCURRENCES_COUNTED,
  matchQuote,
  quoteOccurrences,
  selectQuote,
  type QuoteMatch,
  type QuoteSelector,
} from './quote-selector.ts';

const TEXT = 'The police came. Later the police came back, and the police left.';

describe('quoteOccurrences', () => {
  it.each<[string, string, number[]]>([
    ['a word that occurs three times', 'police', [4, 27, 53]],
    ['a phrase that occurs once', 'came back', [34]],
    ['overlapping occurrences', 'aa', [0, 1, 2]],
    ['nothing', 'arrested', []],
    ['an empty quote', '', []],
  ])('finds %s', (_what, quote, expected) => {
    expect(quoteOccurrences(quote === 'aa' ? 'aaaa' : TEXT, quote)).toEqual(expected);
  });
});

describe('matchQuote', () => {
  it.each<[string, QuoteSelector, QuoteMatch]>([
    [
      'a quote that occurs once',
      { quote: 'came back' },
      { status: 'found', span: { start: 34, end: 43 } },
    ],
    [
      'a repeated quote and no selector',
      { quote: 'the police' },
      { status: 'ambiguous', count: 2, span: { start: 23, end: 33 } },
    ],
    [
      'a repeated quote picked by its prefix',
      { quote: 'the police', prefix: 'and ' },
      { status: 'found', span: { start: 49, end: 59 } },
    ],
    [
      'a repeated quote picked by its suffix',
      { quote: 'police', suffix: ' came.' },
      { status: 'found', span: { start: 4, end: 10 } },
    ],
    [
      'a prefix and a suffix together',
      { quote: 'police', prefix: 'the ', suffix: ' came back' },
      { status: 'found', span: { start: 27, end: 33 } },
    ],
    [
      'a prefix both occurrences share',
      { quote: 'police', prefix: 'the ' },
      { status: 'ambiguous', count: 2, span: { start: 27, end: 33 } },
    ],
    [
      'a prefix that fits no occurrence',
      { quote: 'police', prefix: 'a ' },
      { status: 'prefix-mismatch' },
    ],
    [
      'a suffix that fits no occurrence',
      { quote: 'police', suffix: ' stayed' },
      { status: 'suffix-mismatch' },
    ],
    ['a quote that is not there', { quote: 'soldiers' }, { status: 'missing' }],
    [
      'a prefix at the very start',
      { quote: 'The', prefix: '' },
      { status: 'found', span: { start: 0, end: 3 } },
    ],
  ])('places %s', (_what, selector, expected) => {
    expect(matchQuote(TEXT, selector)).toEqual(expected);
  });

  it('counts a quote that fits very many times only up to a bound, and says so', () => {
    const text = 'a'.repeat(5000);
    expect(matchQuote(text, { quote: 'a'.repeat(100) })).toEqual({
      status: 'ambiguous',
      count: OCCURRENCES_COUNTED,
      orMore: true,
      span: { start: 0, end: 100 },
    });
    // The context is searched with the quote: occurrences that do not fit it cost nothing.
    expect(matchQuote(`${text}b`, { quote: 'a'.repeat(2500), suffix: 'b' })).toEqual({
      status: 'found',
      span: { start: 2500, end: 5000 },
    });
  });

  it('agrees with placing every occurrence one by one and filtering by prefix and suffix', () => {
    const slow = (text: string, { quote, prefix, suffix }: QuoteSelector): QuoteMatch => {
      let starts = quoteOccurrences(text, quote);
      if (starts.length === 0) return { status: 'missing' };
      if (prefix) starts = starts.filter((at) => text.slice(0, at).endsWith(prefix));
      if (starts.length === 0) return { status: 'prefix-mismatch' };
      if (suffix) starts = starts.filter((at) => text.startsWith(suffix, at + quote.length));
      const first = starts[0];
      if (first === undefined) return { status: 'suffix-mismatch' };
      const span = { start: first, end: first + quote.length };
      return starts.length === 1
        ? { status: 'found', span }
        : { status: 'ambiguous', count: starts.length, span };
    };
    const words = fc.stringMatching(/^[ab ]{0,4}$/);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab ]{0,30}$/),
        fc.stringMatching(/^[ab ]{1,4}$/),
        words,
        words,
        (text, quote, prefix, suffix) => {
          const selector = { quote, prefix, suffix };
          expect(matchQuote(text, selector)).toEqual(slow(text, selector));
        },
      ),
    );
  });

  it('picks exactly the occurrence at any offset, given everything before it as the prefix', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab ]{1,40}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (text, at, length) => {
          const start = at % text.length;
          const quote = text.slice(start, start + length);
          const match = matchQuote(text, { quote, prefix: text.slice(0, start) });
          // An empty prefix picks nothing: then the first occurrence is the one at the start.
          const expected = start === 0 ? text.indexOf(quote) : start;
          if (match.status === 'found' || match.status === 'ambiguous')
            expect(match.span.start).toBe(expected);
          else throw new Error(`no match: ${match.status}`);
          expect(selectQuote(text, { quote, prefix: text.slice(0, start) })?.start).toBe(expected);
        },
      ),
    );
  });
});
