import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';
import { publishDocs } from './scripts/vite-docs-plugin.ts';
import { contentSecurityPolicy } from './scripts/vite-csp-plugin.ts';
import { preloadAppChunks } from './scripts/vite-preload-plugin.ts';
import { prerenderPages } from './scripts/vite-pages-plugin.ts';
import { compileCatalogues } from './scripts/vite-catalogue-plugin.ts';
import { firstViewBudget } from './scripts/vite-budget-plugin.ts';
import { dropUnusedVisCss } from './scripts/vis-unused-css.ts';

export default defineConfig({
  base: './',
  resolve: {
    // vis-timeline's HTML filter, replaced by one that escapes everything (see the module).
    alias: [
      {
        find: /^xss$/,
        replacement: fileURLToPath(new URL('./src/timeline/xss-as-text.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    react(),
    compileCatalogues(),
    serveDataFolder(),
    publishDocs(),
    contentSecurityPolicy(),
    preloadAppChunks(),
    prerenderPages(),
    firstViewBudget(),
  ],
  css: { postcss: { plugins: [dropUnusedVisCss] } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // React, vis-timeline and moment make one ~200 KB (gzip) chunk; firstViewBudget() checks the first view's total.
    chunkSizeWarningLimit: 800,
  },
  server: { strictPort: true },
  preview: { strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Through Vite, so the engine's `xss` import meets the alias above, as in the build.
    server: { deps: { inline: ['vis-timeline'] } },
  },
});
