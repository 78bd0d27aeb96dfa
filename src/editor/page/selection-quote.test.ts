import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../dataset/quote-selector.ts';
import { selectorForSelection } from './selection-quote.ts';

const select = (text: string, words: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = text.indexOf(words, at + 1);
  return selectorForSelection(text, at, at + words.length);
};

describe('a selection made a quote', () => {
  it('is the quote alone when its words occur once', () => {
    expect(select('In the evening the office burned.', 'the office burned')).toEqual({
      quote: 'the office burned',
    });
  });

  it.each([
    [
      'the first of two',
      'the office and the office',
      'the office',
      0,
      { quote: 'the office', suffix: ' and' },
    ],
    [
      'the second of two',
      'the office and the office',
      'the office',
      1,
      { quote: 'the office', prefix: 'and ' },
    ],
    [
      'the middle of three',
      'a cat, a cat, a cat',
      'a cat',
      1,
      { quote: 'a cat', prefix: 'cat, ', suffix: ',' },
    ],
  ])('picks %s with the shortest whole-word context', (_what, text, words, nth, expected) => {
    expect(select(text, words, nth)).toEqual(expected);
  });

  it.each([
    ['x x x x x', 'x', 2],
    ['aaaa', 'aa', 1],
    ['On 13 December, on 13 December, on 13 December', '13 December', 1],
  ])('always picks the occurrence selected: %s', (text, words, nth) => {
    let at = -1;
    for (let i = 0; i <= nth; i += 1) at = text.indexOf(words, at + 1);
    const selector = selectorForSelection(text, at, at + words.length);
    if ('refused' in selector) throw new Error('refused');
    const match = matchQuote(text, selector);
    expect(match).toEqual({ status: 'found', span: { start: at, end: at + words.length } });
  });

  it('refuses a selection of nothing but spaces', () => {
    expect(selectorForSelection('a  b', 1, 3)).toEqual({ refused: 'empty' });
  });
});
