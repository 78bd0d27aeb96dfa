import { setupI18n, type Messages } from '@lingui/core';
import { messages as en } from 'virtual:catalogue/en';
import type { Language } from './languages.ts';
import type source from '../locales/en/messages.json';

/** Every message id; the English catalogue is the reference every other one follows. */
export type MessageId = keyof typeof source;

/**
 * English is in the first download; every other language's catalogue is its own chunk,
 * fetched only when a reader asks for that language.
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  // With the timeline axis's month names (moment's), so the first drawing is already Russian.
  ru: () =>
    Promise.all([import('virtual:catalogue/ru'), import('moment/dist/locale/ru.js')]).then(
      ([m]) => m.messages,
    ),
};

/** The interface's messages. One instance: the page speaks one language at a time. */
export const i18n = setupI18n({ locale: 'en', messages: { en } });

const loaded = new Set<Language>(['en']);

/** Loads a language's catalogue (once) and makes it the interface's language. */
export async function activateLanguage(language: Language): Promise<void> {
  if (!loaded.has(language)) {
    i18n.load(language, await LOADERS[language]());
    loaded.add(language);
  }
  if (i18n.locale !== language) i18n.activate(language);
}
