import type { Plugin } from 'vite';

/**
 * The app's code is imported by the small entry (src/boot.ts) once it has asked for the data,
 * and the EDTF grammar by the app once it reads dates beyond plain days. Links in the page let
 * the browser fetch them and the stylesheet from the start, in parallel with the entry and the
 * data, instead of one after the other.
 */
export function preloadAppChunks(): Plugin {
  return {
    name: 'source-timeline:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const bundle = context.bundle ?? {};
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        if (!entry || entry.type !== 'chunk') return [];
        // The app and the EDTF grammar, which the letter's own dataset needs.
        const app = entry.dynamicImports.filter((file) => file.includes('/main-'));
        const grammar = Object.values(bundle)
          .filter((c) => c.type === 'chunk' && c.name === 'edtf')
          .map((c) => c.fileName);
        const styles = app.flatMap((file) => {
          const chunk = bundle[file];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        return [
          ...[...app, ...grammar].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: '', href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
