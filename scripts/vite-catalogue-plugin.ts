import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { typesetRussian } from './typeset-russian.ts';

const PREFIX = 'virtual:catalogue/';
const RESOLVED = '\0catalogue:';
const LOCALES_DIR = resolve(import.meta.dirname, '..', 'src', 'locales');

/** Messages only the build's pages use (their head tags and preview images): never sent to a reader. */
const PRERENDER_ONLY = 'prerender.';

/**
 * Sections of a catalogue that only code loaded on first use needs, each its own module
 * (`virtual:catalogue/ru/csv`), left out of the language's main one on the page.
 */
export const SECTIONS = ['csv', 'about', 'document', 'open', 'editor'] as const;

/** A message that reads as running text (six words or more), not a label, a name or a heading. */
const isSentence = (id: string, text: string) =>
  !id.startsWith('csv.') && text.trim().split(/\s+/).length >= 6;

/**
 * One language's catalogue compiled from ICU text into Lingui's runtime form: every message,
 * or for the page (`forPage`) the main part without the prerender's and the sections'
 * messages; or one section alone.
 */
export function compileCatalogue(
  locale: string,
  forPage = false,
  section?: string,
): Record<string, unknown> {
  const file = resolve(LOCALES_DIR, locale, 'messages.json');
  const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const inSection = (id: string) => SECTIONS.some((name) => id.startsWith(`${name}.`));
  const wanted = (id: string) =>
    section !== undefined
      ? id.startsWith(`${section}.`)
      : !forPage || (!id.startsWith(PRERENDER_ONLY) && !inSection(id));
  return Object.fromEntries(
    Object.entries(source)
      .filter(([id]) => wanted(id))
      // Russian sentences are typeset at build time (no-break spaces after short words, before
      // a dash); short labels are not, so the accessible names of controls stay exactly as
      // written, and neither are the CSV's column headings, which scripts read as names.
      .map(([id, text]) => [
        id,
        compileMessage(locale === 'ru' && isSentence(id, text) ? typesetRussian(text) : text),
      ]),
  );
}

/**
 * `import('virtual:catalogue/ru')` gives the Russian catalogue (src/locales/ru/messages.json)
 * compiled at build time, so the page never ships an ICU parser; each language is its own
 * module, and a dynamic import keeps a language out of the first download until it is used.
 */
export function compileCatalogues(): Plugin {
  let testing = false;
  return {
    name: 'source-timeline:catalogues',
    configResolved(config) {
      // Component tests render lazy views directly, with every message at hand.
      testing = config.mode === 'test';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    load(id, options) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const [, locale, section] = /^([a-z]{2,3})(?:\/([a-z]+))?$/.exec(name) ?? [];
      if (locale === undefined || (section !== undefined && !SECTIONS.some((s) => s === section)))
        throw new Error(`No catalogue for "${name}".`);
      this.addWatchFile(resolve(LOCALES_DIR, locale, 'messages.json'));
      // The prerender renders on the server side of Vite (SSR) with every message; the page
      // gets the main part, and each section when it is used.
      const forPage = options?.ssr !== true && !testing;
      const messages = compileCatalogue(locale, forPage, section);
      return `export const messages = ${JSON.stringify(messages)};`;
    },
  };
}
