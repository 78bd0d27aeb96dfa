import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4317);

/** The build to serve; `npm test` builds into dist/. */
const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';

/** Where each run's results go; its report and its durations (JSON) sit beside it. */
const RESULTS = process.env.E2E_RESULTS ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir: RESULTS,
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
  // The JSON report holds every test's and step's duration: rank them with
  // `npx tsx e2e/support/rank-durations.ts test-results/results.json`.
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: `${RESULTS}-report` }],
    ['json', { outputFile: `${RESULTS}/results.json` }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // A failed test keeps its trace: the page's DOM before and after every action. Recording
    // screenshots as well made each action several times slower (120 Tab presses: 23–42 s
    // against 4–9 s with either alone, on a busy machine), and the Tab rounds are all actions.
    trace: { mode: 'retain-on-failure', snapshots: true, screenshots: false },
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
