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
import { dropGraph2d } from './scripts/vis-no-graph2d.ts';
import { buildEditorPages } from './scripts/vite-editor-plugin.ts';

/** Tests of hooks and of modules that read the DOM; every other `.test.ts` runs in Node. */
const DOM_TESTS = [
  'src/**/use-*.test.ts',
  'src/entry/boot-failure.test.ts',
  'src/entry/prerender/render-page.test.ts',
  'src/entry/prerender/dollar-text.test.ts',
  'src/timeline/xss-as-text.test.ts',
  // The engine's adapter builds DOM content, and one test runs the real engine.
  'src/timeline/vis-adapter.test.ts',
  'src/timeline/vis-engine.test.ts',
  'src/ui/focus-keeper.test.ts',
  'scripts/html-injection-guard.test.ts',
];

/**
 * DOM tests that replace a module with `vi.mock`: a mock only takes hold in a fresh module graph,
 * so these run isolated, each in a graph of its own.
 */
const MOCKING_DOM_TESTS = [
  'src/app/DatasetView.test.tsx',
  'src/timeline/EventTimeline.test.tsx',
  'src/filters/search-index-failure.test.tsx',
];

const XSS_AS_TEXT = fileURLToPath(new URL('./src/timeline/xss-as-text.ts', import.meta.url));

export default defineConfig({
  base: './',
  resolve: {
    // vis-timeline's HTML filter, replaced by one that escapes everything (see the module).
    alias: [
      {
        find: /^xss$/,
        replacement: XSS_AS_TEXT,
      },
    ],
  },
  plugins: [
    react(),
    dropGraph2d(),
    compileCatalogues(),
    serveDataFolder(),
    publishDocs(),
    contentSecurityPolicy(),
    preloadAppChunks(),
    prerenderPages(),
    firstViewBudget(),
    buildEditorPages(),
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
    restoreMocks: true,
    // A limit that catches a hang, not a slow machine: on a loaded machine jsdom's role queries
    // and the property tests take seconds. Debounces and timeouts in tests run on fake clocks.
    // (On a 2-core machine shared by many jobs, one LetterReader test took 84 s: hence 120 s.)
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine.
    maxWorkers: 2,
    // Through Vite, so the engine's `xss` import meets the alias above, as in the build.
    server: { deps: { inline: ['vis-timeline'] } },
    projects: [
      // Pure modules need no DOM: Node runs them without building a window for each file.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // One module graph for every pure test file (a third of the time): a pure test leaves
          // no global state behind, and undoes its stubs and fake timers in afterEach.
          isolate: false,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: DOM_TESTS,
        },
      },
      // One jsdom window and module graph per worker: building a window and importing React for
      // each file took three quarters of the DOM tests' time. Each test leaves the document as
      // it found it (setup.ts unmounts what it rendered) and undoes its stubs and fake timers.
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          isolate: false,
          include: ['src/**/*.test.tsx', ...DOM_TESTS],
          exclude: MOCKING_DOM_TESTS,
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-mocks',
          environment: 'jsdom',
          include: MOCKING_DOM_TESTS,
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
