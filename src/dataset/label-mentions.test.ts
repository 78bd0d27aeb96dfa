import { describe, expect, it } from 'vitest';
import { mentionedWords, type MentionedLabel } from './label-mentions.ts';

const JMG: MentionedLabel = ['СМГ', ['Сводная мобильная группа']];
const GROUP: MentionedLabel = ['Joint Mobile Group', ['JMG']];

describe('mentionedWords', () => {
  it.each<[string, readonly (string | undefined)[], string[]]>([
    ['an abbreviation, as written', ['Офис СМГ уничтожен пожаром'], ['Сводная мобильная группа']],
    [
      'a name of several words, in a quote',
      [undefined, 'the Joint Mobile Group’s apartment'],
      ['JMG'],
    ],
    ['nothing for the words apart', ['a joint statement by a mobile group'], []],
    ['nothing for no text', [undefined], []],
  ])('gives the other words for %s', (_, texts, expected) => {
    expect(mentionedWords(texts, [JMG, GROUP])).toEqual(expected);
  });
});
