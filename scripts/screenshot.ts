/**
 * Takes the README's screenshots of the built app: the first screen at 1280 and 390 px in
 * English and Russian, and an open event and the letter at desktop width.
 *   npm run build && npm run screenshots   (SCREENSHOT_PORT picks the preview's port)
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4327);
const base = `http://127.0.0.1:${PORT}/`;
const outDir = process.env.SCREENSHOT_OUTDIR ?? 'dist';
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    outDir,
  ],
  {
    stdio: 'ignore',
    detached: true,
  },
);

async function waitForServer() {
  // A minute: a loaded machine can take many seconds to start the server.
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not yet up
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The preview server did not start.');
}

const shots = (process.argv[2] ?? 'docs').replace(/\/$/, '');
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const views = [
    ...(['en', 'ru'] as const).flatMap((lang) => [
      {
        name: `first-1280-${lang}`,
        viewport: { width: 1280, height: 800 },
        query: lang === 'en' ? '' : 'ru/',
        isMobile: false,
      },
      {
        name: `first-390-${lang}`,
        viewport: { width: 390, height: 844 },
        query: lang === 'en' ? '' : 'ru/',
        isMobile: true,
      },
    ]),
    {
      name: 'desktop',
      viewport: { width: 1280, height: 800 },
      query: '?event=jmg-office-arson',
      isMobile: false,
    },
    {
      name: 'phone',
      viewport: { width: 390, height: 844 },
      query: '?event=jmg-office-arson',
      isMobile: true,
    },
    {
      name: 'reader',
      viewport: { width: 1280, height: 800 },
      query: '?event=jmg-office-arson&read=p8',
      isMobile: false,
    },
  ];
  for (const view of views) {
    const context = await browser.newContext({
      viewport: view.viewport,
      isMobile: view.isMobile,
      hasTouch: view.isMobile,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(`${base}${view.query}`);
    await page.locator('.vis-item').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${shots}/screenshot-${view.name}.png` });
    await context.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
