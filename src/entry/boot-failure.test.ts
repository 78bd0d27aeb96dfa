import { describe, expect, it } from 'vitest';
import { bootLanguage, showBootFailure } from './boot-failure.ts';

describe('bootLanguage', () => {
  it.each<[string, string, string[], string, string?]>([
    ['the link’s language', '?lang=ru', ['en-GB'], 'ru'],
    ['the language of the page’s folder', '', ['en-GB'], 'ru', 'ru'],
    ['the link’s language over its folder’s', '?lang=en', ['ru'], 'en', 'ru'],
    ['the browser’s first language the app speaks', '', ['de', 'ru-RU', 'en'], 'ru'],
    ['English for a language the app does not speak', '?lang=fr', ['fr-FR'], 'en'],
    ['English with nothing to go on', '', [], 'en'],
  ])('takes %s', (_what, search, preferred, expected, folder?: string) => {
    expect(bootLanguage(search, preferred, folder)).toBe(expected);
  });
});

describe('showBootFailure', () => {
  it('puts one alert with a reload button above what the page shows, as text', () => {
    const root = document.createElement('div');
    const heading = document.createElement('h1');
    heading.textContent = 'The letter';
    root.append(heading);
    showBootFailure(root);
    showBootFailure(root);
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(root.firstElementChild?.getAttribute('role')).toBe('alert');
    expect(root.querySelector('[role="alert"] p')?.textContent).toMatch(
      /^The app could not be loaded/,
    );
    expect(root.querySelector('[role="alert"] button')?.textContent).toBe('Reload the page');
    expect(root.querySelector('h1')?.textContent).toBe('The letter');
  });
});
