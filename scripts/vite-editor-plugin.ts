import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { compileCatalogues } from './vite-catalogue-plugin.ts';
import { contentSecurityPolicy } from './vite-csp-plugin.ts';
import { dropUnusedVisCss } from './vis-unused-css.ts';

/**
 * The editor's pages (edit/ and ru/edit/), built after the viewer's bundle, as a build of their
 * own into the same folder: the two share no chunk, so the viewer's first view is exactly what
 * it would be without the editor (a shared build split the viewer's code into more chunks and
 * grew its first view), and the editor's code never enters it. The dev server serves both
 * pages from the sources as they are.
 */
export function buildEditorPages(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let ssrBuild = false;
  let minify = true;
  return {
    name: 'source-timeline:editor-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      ssrBuild = Boolean(config.build.ssr);
      minify = config.build.minify !== false;
    },
    async closeBundle() {
      if (ssrBuild) return;
      await build({
        configFile: false,
        root,
        base: './',
        logLevel: 'warn',
        resolve: {
          alias: [{ find: /^xss$/, replacement: resolve(root, 'src/timeline/xss-as-text.ts') }],
        },
        plugins: [react(), compileCatalogues(), contentSecurityPolicy()],
        css: { postcss: { plugins: [dropUnusedVisCss] } },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: false,
          minify,
          chunkSizeWarningLimit: 800,
          rolldownOptions: {
            input: {
              edit: resolve(root, 'edit/index.html'),
              'edit-ru': resolve(root, 'ru/edit/index.html'),
            },
          },
        },
      });
    },
  };
}
