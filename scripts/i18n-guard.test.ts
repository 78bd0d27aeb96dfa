// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { compileCatalogue } from './vite-catalogue-plugin.ts';

/**
 * Every word the reader sees comes from a catalogue. The lint rule in eslint.config.js fails on
 * text written in a component; these tests prove it fires, and that every catalogue has every
 * message with the same values.
 */
const ROOT = resolve(import.meta.dirname, '..');

async function lint(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, {
    filePath: join(ROOT, 'src', 'app', 'Example.tsx'),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'i18n/no-literal-text')
    .map((m) => m.message);
}

const catalogue = (language: string) =>
  JSON.parse(
    readFileSync(join(ROOT, 'src', 'locales', language, 'messages.json'), 'utf8'),
  ) as Record<string, string>;

/** The names of a message's values, read from its compiled form: `{count, plural, …}` and `{title}` give count and title. */
function valueNames(message: string): string[] {
  const names = new Set<string>();
  // A compiled message is text and arguments; an argument is [name, type?, cases?], each case again a message.
  const parts = (message: unknown): void => {
    if (Array.isArray(message)) message.forEach(argument);
  };
  const argument = (part: unknown): void => {
    if (!Array.isArray(part)) return;
    const [name, , cases] = part as unknown[];
    if (typeof name === 'string' && name !== '#') names.add(name);
    if (cases && typeof cases === 'object') Object.values(cases).forEach(parts);
  };
  parts(compileMessage(message));
  return [...names].sort();
}

describe('the guard against text outside the catalogues', () => {
  it.each([
    ['text in JSX', 'export const A = () => <p>Show all</p>;'],
    ['a string in JSX', "export const A = () => <p>{'Show all'}</p>;"],
    ['a template in JSX', 'export const A = ({ n }: { n: number }) => <p>{`${n} events`}</p>;'],
    ['an aria-label', 'export const A = () => <button aria-label="Close">×</button>;'],
    ['a title', "export const A = () => <abbr title={'approximate'}>~</abbr>;"],
    ['a placeholder', 'export const A = () => <input placeholder="Search events" />;'],
    ['Russian text', 'export const A = () => <p>Показать всё</p>;'],
  ])('fails on %s', async (_what, code) => {
    expect(await lint(code)).toHaveLength(1);
  });

  it.each([
    ['symbols', 'export const A = () => <p>← → · × ( ) + − ~ ?</p>;'],
    [
      'a message',
      "import { useT } from '../i18n/use-t.ts';\nexport const A = () => { const { t } = useT(); return <p title={t('timeline.zoomIn')}>{t('timeline.showAll')}</p>; };",
    ],
    ['a class name', 'export const A = () => <p className="notice">{1}</p>;'],
  ])('lets %s through', async (_what, code) => {
    expect(await lint(code)).toEqual([]);
  });
});

describe('the catalogues', () => {
  const english = catalogue('en');

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every English message and no other',
    (language) => {
      expect(Object.keys(catalogue(language)).sort()).toEqual(Object.keys(english).sort());
    },
  );

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s uses no value that the English message does not give',
    (language) => {
      const other = catalogue(language);
      for (const [id, message] of Object.entries(english)) {
        const given = new Set(valueNames(message));
        const unknown = valueNames(other[id] ?? '').filter((name) => !given.has(name));
        expect([id, unknown]).toEqual([id, []]);
      }
    },
  );

  it.each(LANGUAGES)('%s compiles: every message is valid ICU', (language) => {
    expect(() => compileCatalogue(language)).not.toThrow();
  });
});
