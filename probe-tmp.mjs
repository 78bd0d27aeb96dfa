import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
await ctx.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
const page = await ctx.newPage();
const t0 = Date.now();
await page.goto(process.argv[2]);
await page.locator('.vis-item').first().waitFor({ timeout: 90000 });
const first = Date.now() - t0;
await page.waitForTimeout(1500);
const long = await page.evaluate(() => window.__long);
console.log('first item ~', first, 'ms; long tasks', JSON.stringify(long));
if (process.argv[3]) await page.screenshot({ path: process.argv[3] });
await browser.close();
