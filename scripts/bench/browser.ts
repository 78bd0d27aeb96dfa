/** The one headless Chromium of a bench run, and reading the page's probe within a deadline. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-browser.ts';
import { TimeoutError, withTimeout } from './build-site.ts';

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Owns the browser, and replaces it when a hung page will not let its context close. */
export class BrowserHolder {
  private browser: Browser | undefined;

  async get(): Promise<Browser> {
    this.browser ??= await withTimeout(
      chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true }),
      60_000,
      'launching Chromium',
    );
    return this.browser;
  }

  async newContext(): Promise<BrowserContext> {
    const browser = await this.get();
    return browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      timezoneId: 'UTC',
      locale: 'en-GB',
    });
  }

  async closeContext(context: BrowserContext): Promise<void> {
    try {
      await withTimeout(context.close(), 20_000, 'closing the page');
    } catch {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser)
      await withTimeout(browser.close(), 20_000, 'closing Chromium').catch(() => undefined);
  }
}

/** Evaluates a probe expression in the page, failing as a timeout past the deadline. */
export async function read<T>(
  page: Page,
  expression: string,
  deadline: number,
  what: string,
): Promise<T> {
  const left = Math.max(1, deadline - Date.now());
  try {
    return await withTimeout(page.evaluate(expression) as Promise<T>, left, what);
  } catch (error) {
    if (error instanceof TimeoutError)
      throw new TimeoutError(`${what}: the page did not answer before the deadline`);
    throw error;
  }
}
