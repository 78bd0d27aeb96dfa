/**
 * The languages the interface speaks, one entry each, the first being the one used when
 * nothing else fits (and whose pages are at the site's top; every other language's pages are in
 * its folder, `ru/`). Adding a language is one entry here and its catalogue
 * (`src/locales/<code>/messages.json`); the compiler then asks for its loaders in
 * src/i18n/i18n.ts and its boot-failure words in src/entry/boot-failure.ts.
 */
export const LANGUAGE_TABLE = {
  en: {
    /** The language named in itself, as the switcher shows it in any interface language. */
    autonym: 'English',
    /** The locale Intl formats dates with: British English writes "13 December 2014". */
    intl: 'en-GB',
    /** Open Graph's locale (`og:locale`). */
    og: 'en_GB',
  },
  ru: { autonym: 'Русский', intl: 'ru', og: 'ru_RU' },
} as const;

export type Language = keyof typeof LANGUAGE_TABLE;
/** The codes, the default first. */
export const LANGUAGES = Object.keys(LANGUAGE_TABLE) as [Language, ...Language[]];
/** The first entry's code (a test checks they agree): its pages are at the site's top. */
export const DEFAULT_LANGUAGE = 'en' satisfies Language;

export function isLanguage(value: string | undefined): value is Language {
  return value !== undefined && Object.hasOwn(LANGUAGE_TABLE, value);
}

/** The primary language subtag of a BCP 47 tag, lower-cased: `ru-RU` → `ru`. */
export const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';

/** The interface language a tag asks for (`ru-Latn-RU-x-foo` → `ru`), if it speaks it. */
export function spokenLanguage(tag: string | null | undefined): Language | undefined {
  const language = tag ? primary(tag) : undefined;
  return isLanguage(language) ? language : undefined;
}
