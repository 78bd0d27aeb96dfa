import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4317);

/** The build to serve; `npm test` builds into dist/. */
const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: true,
  // One browser per core. Four on two cores took longer (12.5 against 11.2 minutes) and raced
  // the app's real-time limits on a busy machine. E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A failed test is a bug to fix, never retried away.
  retries: 0,
  // Limits that catch a hang, not a slow machine: a web-first assertion returns as soon as it
  // holds, so a generous limit costs a passing test nothing, while a 15 s one failed a page
  // still loading its dataset on a loaded machine. Timers the page waits on run on page.clock.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [
    ['list'],
    [
      'html',
      { open: 'never', outputFolder: `${process.env.E2E_RESULTS ?? 'test-results'}-report` },
    ],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
