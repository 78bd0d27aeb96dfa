import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { readLetterDataset } from '../test/letter.ts';
import { wordsOf } from '../test/words.ts';
import { facetChoiceName } from './facet-choice-name.ts';

const letter = prepareDataset(readLetterDataset());

describe('facetChoiceName', () => {
  it.each([
    ['en', 'p8', 'Paragraph 5'],
    ['en', 'p1', 'Heading line 1'],
    ['en', 'p2', 'Heading line 2'],
    ['en', 'p17', 'Closing line 5'],
    ['ru', 'p8', 'Абзац 5'],
    ['ru', 'p1', 'Строка заголовка 1'],
    ['ru', 'p17', 'Заключительная строка 5'],
  ] as const)('names paragraph choices as the panel counts them (%s, %s)', (language, id, name) => {
    const nameOf = facetChoiceName(letter, language, wordsOf(language).t);
    expect(nameOf('paragraph', id)).toMatchObject({ text: name, lang: undefined });
  });

  it('names actors and places by their label in the reader’s language, in the letter’s otherwise', () => {
    expect(facetChoiceName(letter, 'ru', wordsOf('ru').t)('place', 'Grozny')).toEqual({
      text: 'Грозный',
      lang: 'ru',
    });
    expect(facetChoiceName(letter, 'en', wordsOf('en').t)('place', 'Grozny')).toEqual({
      text: 'Grozny',
      lang: 'en',
    });
  });
});
