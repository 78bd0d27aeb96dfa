// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Data is only ever rendered as text. The lint rules in eslint.config.js keep HTML strings out
 * of the app; these tests prove the rules fire, and that the app's source has none of it.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

async function lint(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(SRC, 'app', 'Example.tsx') });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('the lint rules against HTML injection', () => {
  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const A = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;',
    ],
    [
      'dangerouslySetInnerHTML passed as a prop object',
      "import { createElement } from 'react';\nexport const a = (html: string) => createElement('div', { dangerouslySetInnerHTML: { __html: html } });",
    ],
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
    [
      'innerHTML by a computed name',
      "export function f(el: HTMLElement, s: string) { el['innerHTML'] = s; }",
    ],
    [
      'innerHTML through Object.assign',
      'export function f(el: HTMLElement, s: string) { Object.assign(el, { innerHTML: s }); }',
    ],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }",
    ],
    ['document.write', 'export function f(s: string) { document.write(s); }'],
    [
      'createContextualFragment',
      'export function f(s: string) { return document.createRange().createContextualFragment(s); }',
    ],
    [
      "switching off vis-timeline's XSS filter",
      'export const options = { stack: true, xss: { disabled: true } };',
    ],
  ])('reject %s', async (_what, code) => {
    expect(await lint(code)).toHaveLength(1);
  });

  it('accept text set as text', async () => {
    expect(
      await lint('export function f(el: HTMLElement, s: string) { el.textContent = s; }'),
    ).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(SRC, 'test') ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The editor reads a document the author opens as HTML through DOMParser, whose document is
 * inert (no script runs, nothing loads) and is never inserted into the page: only its text is
 * read (src/editor/intake/html-paragraphs.ts). These modules may name DOMParser; nothing may
 * insert HTML.
 */
const INERT_HTML_READERS = new Set([
  'src/editor/intake/html-paragraphs.ts',
  'src/editor/intake/read-document-file.ts',
]);

describe("the app's source", () => {
  const files = sourceFiles(SRC);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))(
    '%s parses no HTML and leaves the XSS filter alone',
    (name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(
        /dangerouslySetInnerHTML|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|createContextualFragment/,
      );
      if (!INERT_HTML_READERS.has(name)) expect(text).not.toMatch(/DOMParser/);
      // vis-timeline's XSS filter is on by default; no option may touch it.
      expect(text).not.toMatch(/\bxss\s*:/);
    },
  );
});
