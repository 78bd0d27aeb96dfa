import { describe, expect, it } from 'vitest';
import { firstViewFiles, firstViewSize, type BundleFile } from './first-view-size.ts';

const chunk = (
  fileName: string,
  extra: Partial<Extract<BundleFile, { type: 'chunk' }>> = {},
): BundleFile => ({
  type: 'chunk',
  fileName,
  code: `console.log(${JSON.stringify(fileName)});`,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  ...extra,
});

const bundle: Record<string, BundleFile> = {
  'assets/index.js': chunk('assets/index.js', {
    isEntry: true,
    imports: ['assets/runtime.js'],
    dynamicImports: ['assets/main-1.js'],
  }),
  'assets/runtime.js': chunk('assets/runtime.js'),
  'assets/main-1.js': chunk('assets/main-1.js', {
    imports: ['assets/jsx.js', 'assets/runtime.js'],
    dynamicImports: ['assets/LetterReader.js', 'assets/check-dataset.js'],
    viteMetadata: { importedCss: new Set(['assets/main.css']) },
  }),
  'assets/jsx.js': chunk('assets/jsx.js'),
  'assets/main.css': { type: 'asset', fileName: 'assets/main.css', source: 'body{margin:0}' },
  'assets/LetterReader.js': chunk('assets/LetterReader.js', {
    imports: ['assets/jsx.js', 'assets/virtual.js'],
    viteMetadata: { importedCss: new Set(['assets/reader.css']) },
  }),
  'assets/virtual.js': chunk('assets/virtual.js'),
  'assets/reader.css': { type: 'asset', fileName: 'assets/reader.css', source: 'p{}' },
  'assets/check-dataset.js': chunk('assets/check-dataset.js'),
};

describe('the first view’s files', () => {
  it('are the entry and the app with what they import at once, not what loads on first use', () => {
    expect(firstViewFiles(bundle).sort()).toEqual(
      [
        'assets/index.js',
        'assets/jsx.js',
        'assets/main-1.js',
        'assets/main.css',
        'assets/runtime.js',
      ].sort(),
    );
  });

  it('count a chunk that the app imports at once even when a lazy part shares it', () => {
    const shared = {
      ...bundle,
      'assets/main-1.js': chunk('assets/main-1.js', { imports: ['assets/virtual.js'] }),
    };
    expect(firstViewFiles(shared)).toContain('assets/virtual.js');
  });

  it('add up to the gzip sizes of those files', () => {
    const { files, kb } = firstViewSize(bundle);
    expect(files).toHaveLength(5);
    expect(kb * 1024).toBe(files.reduce((sum, f) => sum + f.bytes, 0));
    expect(files.every((f) => f.bytes > 0)).toBe(true);
  });

  it('are the viewer’s, not those of another page’s entry (the editor’s)', () => {
    const withEditor = {
      'assets/editor.js': chunk('assets/editor.js', {
        isEntry: true,
        imports: ['assets/editor-big.js'],
      }),
      'assets/editor-big.js': chunk('assets/editor-big.js'),
      ...bundle,
    };
    expect(firstViewFiles(withEditor)).not.toContain('assets/editor-big.js');
    expect(firstViewFiles(withEditor)).toContain('assets/main-1.js');
  });

  it('are none without an entry', () => {
    expect(firstViewFiles({ 'assets/jsx.js': chunk('assets/jsx.js') })).toEqual([]);
  });
});
