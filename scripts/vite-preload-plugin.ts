import type { Plugin } from 'vite';

/**
 * The app's code is imported by the small entry (src/entry/boot.ts) once it has asked for the data.
 * Links in the page let the browser fetch that code and its stylesheet from the start, in
 * parallel with the entry and the data, instead of after the entry has run.
 */
export function preloadAppChunks(): Plugin {
  return {
    name: 'source-timeline:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const bundle = context.bundle ?? {};
        // Each page's own entry (the viewer's index.html, the editor's edit/): only the viewer's
        // loads the app later, and only its app is preloaded.
        const entry = context.chunk;
        if (!entry?.isEntry) return [];
        // The app chunk and every chunk it imports at once (shared with a part that loads
        // later), so none of them waits for the app's code to arrive before it is asked for.
        const app: string[] = [];
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (app.includes(file) || chunk?.type !== 'chunk') return;
          app.push(file);
          chunk.imports
            .filter((f) => f !== entry.fileName && !entry.imports.includes(f))
            .forEach(visit);
        };
        entry.dynamicImports.filter((file) => file.includes('/main-')).forEach(visit);
        const styles = app.flatMap((file) => {
          const chunk = bundle[file];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        return [
          ...app.map((file) => ({
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
