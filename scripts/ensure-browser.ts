/**
 * Makes sure a Chromium is available before the browser tests run: Debian's package when
 * running as root, otherwise Playwright's own download; else one sentence on how to get one.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.ts';

function run(command: string, args: string[]): boolean {
  console.log(`Installing a browser for the tests: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (!findChromium()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && !process.env.CHROMIUM_PATH) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  }
  if (!findChromium()) run('npx', ['playwright', 'install', 'chromium']);
  if (!findChromium()) {
    console.error(
      'No Chromium found for the browser tests: install Debian\'s "chromium" package, run "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium executable.',
    );
    process.exit(1);
  }
}
console.log(`Browser for the tests: ${findChromium() ?? ''}`);
