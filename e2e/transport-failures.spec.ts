import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import { recordDialogs } from './support/guards.ts';

const DATA_URL = '**/data/events.json';
/** The built pages carry the letter's dataset; a link naming it as `data` makes the app fetch it. */
const FETCHED = '/?data=data/events.json';
const LETTER = readFileSync(resolve(import.meta.dirname, '..', 'data', 'events.json'), 'utf8');
const LETTER_EVENTS = (JSON.parse(LETTER) as { events: unknown[] }).events.length;

interface Failure {
  name: string;
  answer: (route: Route) => Promise<void>;
  /** The sentence that says what happened. */
  says: RegExp;
}

const FAILURES: Failure[] = [
  {
    name: 'a 404',
    answer: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    says: /^The dataset could not be loaded: the server answered with status 404 \(no dataset at that address\)\.$/,
  },
  {
    name: 'a 500',
    answer: (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal error' }),
    says: /^The dataset could not be loaded: the server answered with status 500 \(a failure of the server\)\.$/,
  },
  {
    name: 'a page instead of JSON',
    answer: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Welcome</title><p>Hello</p>',
      }),
    says: /^The file at that address is not JSON: it begins with text or HTML/,
  },
  {
    name: 'a truncated body',
    answer: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: LETTER.slice(0, LETTER.length / 2),
      }),
    says: /^The file ends before the dataset does: the download may have been cut short/,
  },
  {
    name: 'an empty body',
    answer: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }),
    says: /^The dataset file is empty\.$/,
  },
  {
    name: 'a dropped connection',
    answer: (route) => route.abort('connectionreset'),
    says: /^The dataset could not be loaded: the network request failed\. Check the connection and retry\.$/,
  },
];

const eventList = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });

/** Counts the main frame's navigations, and leaves a marker in the page that a reload would wipe. */
async function watchForReloads(page: Page) {
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.evaluate(() => Object.assign(window, { placeKept: true }));
  return {
    count: () => navigations,
    markerKept: () =>
      page.evaluate(() => (window as unknown as { placeKept?: boolean }).placeKept === true),
  };
}

/** The failure is said in a sentence, with a Retry. */
async function expectFailure(page: Page, says: RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The events could not be loaded');
  await expect(alert.getByRole('paragraph')).toHaveText(says);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
}

/** Retry, with the failure removed, shows the letter's events without reloading the page. */
async function retryRecovers(page: Page) {
  const reloads = await watchForReloads(page);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(eventList(page).getByRole('heading')).toContainText(`(${LETTER_EVENTS})`);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(LETTER_EVENTS);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(reloads.count()).toBe(0);
  expect(await reloads.markerKept()).toBe(true);
}

// One page meets each failure in turn, each a fresh load of the link.
test('each failure is said in a sentence and Retry recovers without a reload', async ({ page }) => {
  test.setTimeout(FAILURES.length * 60_000);
  const dialogs = recordDialogs(page);
  for (const failure of FAILURES) {
    await test.step(`${failure.name} is said in a sentence and Retry recovers without a reload`, async () => {
      await page.route(DATA_URL, failure.answer);
      await page.goto(`${FETCHED}&event=jmg-office-arson`);
      await expectFailure(page, failure.says);
      await page.unrouteAll({ behavior: 'wait' });
      await retryRecovers(page);
      // The link's place survived the failure: the event it named is open.
      await expect(page).toHaveURL(/[?&]event=jmg-office-arson/);
      await expect(page.getByRole('complementary')).toBeVisible();
      expect(dialogs, failure.name).toEqual([]);
    });
  }
});

test('a request that never answers ends in a message after ten seconds, not an endless spinner', async ({
  page,
}) => {
  // The watchdog's ten seconds pass on the page's clock, not the machine's.
  await page.clock.install();
  await page.route(DATA_URL, () => {
    // Never answered.
  });
  await page.goto(FETCHED);
  await expect(page.getByRole('status')).toContainText('Loading the events');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.runFor(10_000);
  await expectFailure(
    page,
    /^The dataset did not arrive within 10 seconds\. The server may be slow or unreachable\.$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await retryRecovers(page);
});

test('going offline is said as such, and Retry works once back online', async ({
  page,
  context,
}) => {
  let release: () => void = () => undefined;
  const offline = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The page itself loads; the dataset request meets a lost connection.
  await page.route(DATA_URL, async (route) => {
    await offline;
    await route.abort('internetdisconnected');
  });
  await page.goto(FETCHED);
  await context.setOffline(true);
  release();
  await expectFailure(page, /^You appear to be offline, so the dataset could not be loaded\.$/);

  // Retrying while still offline says the same, and does not hang.
  await page.unrouteAll();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expectFailure(page, /^You appear to be offline, so the dataset could not be loaded\.$/);

  await context.setOffline(false);
  await retryRecovers(page);
});

test('when the app’s own code cannot be fetched, the page says so above what it shows, and Reload recovers', async ({
  page,
}) => {
  await page.route(/\/assets\/main-[^/]*\.js$/, (route) => route.abort('connectionreset'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/^The app could not be loaded: its code did not arrive/);
  // The page's own text stays readable.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: /Events in order/ }).getByRole('listitem'),
  ).toHaveCount(LETTER_EVENTS);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
