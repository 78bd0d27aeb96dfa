import {
  isLanguage,
  LANGUAGE_TABLE,
  LANGUAGES,
  primary,
  type Language,
} from '../url-state/language-table.ts';

export { isLanguage, LANGUAGES, primary, type Language };

/** Each language named in itself, as the switcher shows it whatever the interface's language. */
export const AUTONYMS = Object.fromEntries(
  LANGUAGES.map((code) => [code, LANGUAGE_TABLE[code].autonym]),
) as Record<Language, string>;

/**
 * The interface's language: the link's `lang` when the interface speaks it (`ru-RU` is `ru`), else the first of
 * the browser's preferred languages that it speaks, else English.
 */
export function chooseLanguage(
  requested: string | undefined,
  preferred: readonly string[],
): Language {
  const asked = requested === undefined ? undefined : primary(requested);
  if (isLanguage(asked)) return asked;
  for (const tag of preferred) {
    const language = primary(tag);
    if (isLanguage(language)) return language;
  }
  return LANGUAGES[0];
}

/** The browser's preferred languages; none outside a browser (the prerender writes English). */
export function browserLanguages(): readonly string[] {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
