import { describe, expect, it } from 'vitest';
import { mentionedWords, wholeWords, type MentionedLabel } from './label-mentions.ts';

const JMG: MentionedLabel = { pattern: wholeWords('СМГ'), also: ['Сводная мобильная группа'] };
const GROUP: MentionedLabel = { pattern: wholeWords('Joint Mobile Group'), also: ['JMG'] };

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
    ['a name across a no-break space', ['the joint\u00a0mobile group'], ['JMG']],
    ['nothing for a word that only begins like it', ['СМГУ и другие'], []],
    ['nothing for the words apart', ['a joint statement by a mobile group'], []],
    ['nothing for a name with regular-expression characters', ['a.b'], []],
  ])('gives the other words for %s', (_, texts, expected) => {
    const odd: MentionedLabel = { pattern: wholeWords('a*b'), also: ['odd'] };
    expect(mentionedWords(texts, [JMG, GROUP, odd])).toEqual(expected);
  });
});
