import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalogue/';
const RESOLVED = '\0catalogue:';
const LOCALES_DIR = resolve(import.meta.dirname, '..', 'src', 'locales');

/** Every message of one language's catalogue compiled from ICU text into Lingui's runtime form. */
export function compileCatalogue(locale: string): Record<string, unknown> {
  const file = resolve(LOCALES_DIR, locale, 'messages.json');
  const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(source).map(([id, text]) => [id, compileMessage(text)]));
}

/**
 * `import('virtual:catalogue/ru')` gives the Russian catalogue (src/locales/ru/messages.json)
 * compiled at build time, so the page never ships an ICU parser; each language is its own
 * module, and a dynamic import keeps a language out of the first download until it is used.
 */
export function compileCatalogues(): Plugin {
  return {
    name: 'source-timeline:catalogues',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const locale = id.slice(RESOLVED.length);
      if (!/^[a-z]{2,3}$/.test(locale)) throw new Error(`No catalogue for "${locale}".`);
      this.addWatchFile(resolve(LOCALES_DIR, locale, 'messages.json'));
      return `export const messages = ${JSON.stringify(compileCatalogue(locale))};`;
    },
  };
}
