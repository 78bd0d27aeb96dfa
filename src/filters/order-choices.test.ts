import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { localizeDataset } from '../dataset/localize-dataset.ts';
import { facetChoices } from '../dataset/search/filter-events.ts';
import { readLetterDataset } from '../test/letter.ts';
import { wordsOf } from '../test/words.ts';
import { facetChoiceName } from './facet-choice-name.ts';
import { orderChoices } from './order-choices.ts';

const letter = localizeDataset(prepareDataset(readLetterDataset()), 'ru');

function shown(facet: 'actor' | 'paragraph', language: 'en' | 'ru', locale: string) {
  const nameOf = facetChoiceName(letter, language, wordsOf(language).t);
  return orderChoices(facetChoices(letter.events, facet), (v) => nameOf(facet, v), locale).map(
    (c) => nameOf(facet, c.value).text,
  );
}

describe('orderChoices', () => {
  it('lists Russian actor names in the Russian alphabet, not in the order of the English labels', () => {
    const names = shown('actor', 'ru', 'ru');
    expect(names).toEqual([...names].sort(new Intl.Collator('ru').compare));
    expect(names.indexOf('Адвокат, приглашённый СМГ')).toBeLessThan(names.indexOf('Боевики'));
    expect(names.indexOf('Боевики')).toBeLessThan(names.indexOf('Сергей Бабинец'));
  });

  it('lists paragraphs in the letter’s order, heading lines first and Paragraph 2 before 10', () => {
    const names = shown('paragraph', 'en', 'en-GB');
    expect(names[0]).toMatch(/^Heading line/);
    expect(names.at(-1)).toMatch(/^Closing line/);
    const body = names.filter((n) => n.startsWith('Paragraph')).map((n) => Number(n.split(' ')[1]));
    expect(body).toEqual([...body].sort((a, b) => a - b));
  });
});
