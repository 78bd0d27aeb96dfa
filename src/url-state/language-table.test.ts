import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_TABLE, LANGUAGES } from './language-table.ts';
import { PAGE_LANGUAGES } from './page-path.ts';

describe('LANGUAGE_TABLE', () => {
  it('has the default language first, and every other language has pages in its folder', () => {
    expect(LANGUAGES[0]).toBe(DEFAULT_LANGUAGE);
    expect([...PAGE_LANGUAGES]).toEqual(LANGUAGES.slice(1));
  });

  it.each(LANGUAGES)('gives %s a locale Intl knows and an Open Graph locale', (code) => {
    const entry = LANGUAGE_TABLE[code];
    expect(Intl.DateTimeFormat.supportedLocalesOf([entry.intl])).toEqual([entry.intl]);
    expect(entry.og).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(entry.autonym).not.toBe('');
  });

  it('knows its codes and nothing inherited', () => {
    expect(isLanguage('ru')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage('constructor')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
