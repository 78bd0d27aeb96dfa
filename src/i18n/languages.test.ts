import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './languages.ts';

describe('chooseLanguage', () => {
  it.each([
    ['ru', [], 'ru'],
    ['ru-RU', [], 'ru'],
    ['ru-latn-ru-x-foo', ['en'], 'ru'],
    ['RU-ru', ['en'], 'ru'],
    ['en-US', ['ru'], 'en'],
    ['fr', ['ru-RU'], 'ru'],
    [undefined, ['de', 'ru'], 'ru'],
    [undefined, [], 'en'],
  ] as const)('reads the link’s %s (browser %j) as %s', (requested, preferred, language) => {
    expect(chooseLanguage(requested, preferred)).toBe(language);
  });
});
