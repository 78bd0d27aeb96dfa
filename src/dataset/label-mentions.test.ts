import { describe, expect, it } from 'vitest';
import { mentionedWords, type MentionedLabel } from './label-mentions.ts';

const JMG: MentionedLabel = { first: 'СМГ', terms: ['смг'], also: ['Сводная мобильная группа'] };
const GROUP: MentionedLabel = {
  first: 'Joint',
  terms: ['joint', 'mobile', 'group'],
  also: ['JMG'],
};

describe('mentionedWords', () => {
  it.each<[string, readonly (string | undefined)[], string[]]>([
    [
      'an abbreviation written as a word',
      ['Офис СМГ уничтожен пожаром'],
      ['Сводная мобильная группа'],
    ],
    [
      'a name of several words, in a quote',
      [undefined, 'the Joint Mobile Group’s apartment'],
      ['JMG'],
    ],
    ['nothing for a word that only begins like it', ['СМГУ и другие'], []],
    ['nothing for the words apart', ['a joint statement by a mobile group'], []],
  ])('gives the other words for %s', (_, texts, expected) => {
    expect(mentionedWords(texts, [JMG, GROUP])).toEqual(expected);
  });
});
