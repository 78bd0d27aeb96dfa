import { describe, expect, it } from 'vitest';
import { foldText, matchedRanges, searchTerms } from './search-text.ts';

describe('foldText', () => {
  it.each([
    ['capitals', 'KALYAPIN', 'kalyapin'],
    ['accents', 'Élisabeth Müller Ñandú', 'elisabeth muller nandu'],
    ['a Turkish capital I, the same in every locale', 'ISTANBUL İzmir', 'istanbul izmir'],
    ['Cyrillic with ё', 'Ёлка КАДЫРОВ', 'елка кадыров'],
    ['Arabic with its vowel marks', 'غَرُوزْنِي', 'غروزني'],
  ])('folds %s', (_what, text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('searchTerms', () => {
  it.each<[string, string, string[]]>([
    [
      'words split on spaces and punctuation',
      'Kadyrov’s threat: “collective punishment”',
      ['kadyrov', 's', 'threat', 'collective', 'punishment'],
    ],
    ['regex metacharacters as separators only', '.*(a+)+$ [x]', ['a', 'x']],
    ['digits', 'On 13 December 2014', ['on', '13', 'december', '2014']],
    ['Cyrillic', 'Игорь Каляпин, Грозный', ['игорь', 'каляпин', 'грозныи']],
    ['Arabic', 'مجموعة متنقلة مشتركة', ['مجموعة', 'متنقلة', 'مشتركة']],
    ['nothing in punctuation alone', '…!?', []],
    // Typeset Russian keeps a line from ending on «по-» with a word joiner (U+2060).
    [
      'the same words across a hyphen and a word joiner',
      'сгорел, по-\u2060видимому',
      ['сгорел', 'по', 'видимому'],
    ],
    ['the same words across a plain hyphen', 'сгорел, по-видимому', ['сгорел', 'по', 'видимому']],
  ])('finds %s', (_what, text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });

  it('splits a script written without spaces into words', () => {
    const terms = searchTerms('人权观察');
    expect(terms.length).toBeGreaterThan(1);
    expect(terms.join('')).toBe('人权观察');
  });
});

describe('matchedRanges', () => {
  it('marks every word a term begins, in the original text', () => {
    const text = 'Igor Kalyapin met Kalyapin’s colleague in Grozny';
    const ranges = matchedRanges(text, ['kalyap', 'groz']);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Kalyapin', 'Kalyapin', 'Grozny']);
  });

  it('marks accented and upper-case words for a plain search', () => {
    const text = 'Ле́на ГРОЗНЫЙ';
    expect(
      matchedRanges(text, searchTerms('лена грозн')).map(([a, b]) => text.slice(a, b)),
    ).toEqual(['Ле́на', 'ГРОЗНЫЙ']);
  });

  it('marks nothing for no terms, or for a term in the middle of a word', () => {
    expect(matchedRanges('Kalyapin', [])).toEqual([]);
    expect(matchedRanges('Kalyapin', ['yap'])).toEqual([]);
  });
});
