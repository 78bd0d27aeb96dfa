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
  // With the timeline axis's month names (moment's), so the first drawing is already Russian;
  // a page rendered at build time draws no axis (and Node cannot load moment's locale files).
  ru: () =>
    Promise.all([
      import('virtual:catalogue/ru'),
      import.meta.env.SSR ? undefined : import('moment/dist/locale/ru.js'),
    ]).then(([m]) => m.messages),
};

/**
 * Parts of each catalogue that only code loaded on first use needs (the CSV's column names,
 * the About view's text, the words of opening a dataset file and of "Edit a copy"),
 * each its own chunk (see scripts/vite-catalogue-plugin.ts).
 */
export type Section = 'csv' | 'about' | 'document' | 'open' | 'editor';
const SECTION_LOADERS: Record<Language, Record<Section, () => Promise<Messages>>> = {
  en: {
    csv: () => import('virtual:catalogue/en/csv').then((m) => m.messages),
    about: () => import('virtual:catalogue/en/about').then((m) => m.messages),
    document: () => import('virtual:catalogue/en/document').then((m) => m.messages),
    open: () => import('virtual:catalogue/en/open').then((m) => m.messages),
    editor: () => import('virtual:catalogue/en/editor').then((m) => m.messages),
  },
  ru: {
    csv: () => import('virtual:catalogue/ru/csv').then((m) => m.messages),
    about: () => import('virtual:catalogue/ru/about').then((m) => m.messages),
    document: () => import('virtual:catalogue/ru/document').then((m) => m.messages),
    open: () => import('virtual:catalogue/ru/open').then((m) => m.messages),
    editor: () => import('virtual:catalogue/ru/editor').then((m) => m.messages),
  },
};

/** The interface's messages. One instance: the page speaks one language at a time. */
export const i18n = setupI18n({ locale: 'en', messages: { en } });

const loaded = new Set<string>(['en']);
const wantedSections = new Set<Section>();

/** Loads one part of a language's catalogue once: `ru`, or a section such as `ru/csv`. */
async function ensureLoaded(language: Language, section?: Section): Promise<void> {
  const key = section === undefined ? language : `${language}/${section}`;
  if (loaded.has(key)) return;
  i18n.load(
    language,
    await (section === undefined ? LOADERS[language]() : SECTION_LOADERS[language][section]()),
  );
  loaded.add(key);
}

/** Loads a language's catalogue (once), with the sections already in use, and makes it the interface's language. */
export async function activateLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  // A section asked for while this loads (About opened meanwhile) is loaded before the switch:
  // nothing is awaited between the last check and the switch itself.
  for (;;) {
    const missing = [...wantedSections].filter((s) => !loaded.has(`${language}/${s}`));
    if (missing.length === 0) break;
    await Promise.all(missing.map((section) => ensureLoaded(language, section)));
  }
  if (i18n.locale !== language) i18n.activate(language);
}

/** Loads a section of the interface's catalogue, now and for every language switched to later. */
export async function loadSection(section: Section): Promise<void> {
  wantedSections.add(section);
  await ensureLoaded(i18n.locale as Language, section);
}
