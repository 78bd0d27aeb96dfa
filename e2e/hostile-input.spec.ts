import { expect, test, type Locator, type Page } from '@playwright/test';
import { dayEvent, smallDataset, type TestDataset } from './support/datasets.ts';
import { fulfillJson } from './support/guards.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const eventList = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });
const panelFor = (page: Page, title: string) =>
  page.getByRole('complementary', { name: title, exact: true });
const reader = (page: Page) => page.getByRole('region', { name: 'The document' });

/**
 * Moves the page's paused clock on a frame (16 ms) at a time until `target` is shown. Each step
 * waits a while for the page to catch up, so the page's clock runs far slower than the machine's.
 */
async function frameByFrameUntil(page: Page, target: Locator) {
  await expect(async () => {
    await page.clock.runFor(16);
    await expect(target).toBeVisible({ timeout: 250 });
  }).toPass({ intervals: [0], timeout: 60_000 });
}

/** Ids that are names of built-in members of every JavaScript object, where the format allows them. */
function builtInNamesDataset(): TestDataset {
  const dataset = smallDataset();
  dataset.document.paragraphs = [
    { id: 'constructor', text: 'On 13 December the office burned down.' },
    { id: 'toString', text: 'On 14 December the staff were detained.' },
    { id: 'hasOwnProperty', text: 'On 15 December the lawyers were threatened.' },
  ];
  dataset.events = [
    dayEvent(
      'constructor',
      '2014-12-13',
      'The office burns',
      'constructor',
      'the office burned down',
    ),
    dayEvent(
      'valueof',
      '2014-12-14',
      'The staff are detained',
      'toString',
      'the staff were detained',
    ),
    {
      ...dayEvent(
        'prototype',
        '2014-12-15',
        'The lawyers are threatened',
        'hasOwnProperty',
        'the lawyers were threatened',
      ),
      kind: 'threat',
    },
  ];
  return dataset;
}

test('ids that are built-in property names open like any other, on the timeline, in the list and in the letter', async ({
  page,
}) => {
  await page.route('**/builtins.json', fulfillJson(builtInNamesDataset()));
  await page.goto('/?data=builtins.json&event=constructor');
  await expect(panelFor(page, 'The office burns').locator('blockquote mark')).toHaveText(
    'the office burned down',
  );
  await expect(page.locator('.vis-item.vis-selected', { hasText: 'The office burns' })).toHaveCount(
    1,
  );

  await page.locator('.vis-item', { hasText: 'The staff are detained' }).first().click();
  await expect(page).toHaveURL(/[?&]event=valueof(&|$)/);
  await expect(panelFor(page, 'The staff are detained')).toBeVisible();

  await eventList(page)
    .getByRole('button')
    .filter({ hasText: 'The lawyers are threatened' })
    .click();
  await panelFor(page, 'The lawyers are threatened')
    .getByRole('button', { name: 'Read in the document' })
    .click();
  await expect(
    reader(page).getByRole('link', { name: 'the lawyers were threatened' }),
  ).toBeVisible();
  await reader(page).getByRole('link', { name: 'the office burned down' }).click();
  await expect(panelFor(page, 'The office burns')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a page address whose path starts with // stays on this site: every view opens and every link names this page', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  await page.goto(`${origin}//`);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await eventList(page)
    .getByRole('button')
    .filter({ hasText: 'JMG office destroyed by fire' })
    .click();
  await expect(
    page.getByRole('complementary', { name: /JMG office destroyed by fire/ }),
  ).toBeVisible();
  // Repeated slashes count as one: the page is the site's home, on this site.
  expect(new URL(page.url()).origin).toBe(origin);
  expect(new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).searchParams.get('event')).toBe('jmg-office-arson');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  // The event's page, in the site's folder ("/", the doubled slash read as one), on this site.
  expect([copied.origin, copied.pathname, copied.search]).toEqual([
    origin,
    '/event/jmg-office-arson/',
    '',
  ]);
  await page.goBack();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('a dataset that never finishes arriving can be cancelled, and the default dataset loaded instead', async ({
  page,
}) => {
  // The request is held and never answered. The app gives up on a silent request after ten
  // seconds of the page's clock: it stays paused, moved on only a frame at a time while the test
  // waits for what the reader sees, so the reader's clicks always come before that limit.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.route('**/never.json', () => undefined);
  await page.goto('/?data=never.json');
  const loading = page.getByRole('status').filter({ hasText: 'Loading the dataset never.json…' });
  await frameByFrameUntil(page, loading);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const alert = page.getByRole('alert');
  await frameByFrameUntil(page, alert.getByRole('heading'));
  await expect(alert.getByRole('heading')).toHaveText('Loading was cancelled');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await frameByFrameUntil(page, loading);
  await page.getByRole('button', { name: 'Load the default dataset' }).click();
  await page.clock.resume();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
});

test('a busy server that asks to wait is asked again once, when it said, whatever the clicks', async ({
  page,
}) => {
  // The minute passes on the page's clock, run on by the test: the machine's speed decides nothing.
  await page.clock.install();
  let requests = 0;
  await page.route('**/busy.json', async (route) => {
    requests += 1;
    if (requests === 1) {
      await route.fulfill({
        status: 429,
        headers: { 'Retry-After': '60' },
        body: 'Too many requests',
      });
    } else {
      await fulfillJson(smallDataset())(route);
    }
  });
  await page.goto('/?data=busy.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('asked to wait 60 seconds before trying again.');
  const retry = alert.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeDisabled();
  await page.clock.runFor(60_000);
  await expect(retry).toBeEnabled();
  await retry.click({ clickCount: 3 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test letter');
  expect(requests).toBe(2);
});

test('a dataset redirected to another site is said to be refused by policy, not a connection problem', async ({
  page,
}) => {
  await page.route('**/moved.json', (route) =>
    route.fulfill({ status: 302, headers: { Location: 'http://elsewhere.invalid/moved.json' } }),
  );
  await page.goto('/?data=moved.json');
  await expect(page.getByRole('alert')).toContainText(
    'the server redirected the request in a way this app does not follow: to another site',
  );
  await page.getByRole('button', { name: 'Load the default dataset' }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();
});

test('a dataset spanning years 1 to 9999 opens on its events, and zooming out writes links the app reads back', async ({
  page,
}) => {
  const dataset = smallDataset();
  dataset.events = [
    dayEvent('first-day', '0001-01-01', 'The first day', 'p1', 'the office burned down'),
    dayEvent('last-day', '9999-12-31', 'The last day', 'p2', 'the staff were detained'),
  ];
  await page.route('**/ages.json', fulfillJson(dataset));
  await page.goto('/?data=ages.json');
  const labels = page.locator('.event-timeline .vis-item-content');
  await expect(labels.filter({ hasText: 'The first day' })).toBeVisible();
  await expect(labels.filter({ hasText: 'The last day' })).toBeVisible();

  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page).toHaveURL(/[?&]end=/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page).toHaveURL(/[?&]end=/);
  const link = page.url();
  const params = new URL(link).searchParams;
  expect(params.get('start')?.slice(0, 4)).toMatch(/^\d{4}$/);
  expect(params.get('end')?.slice(0, 4)).toMatch(/^\d{4}$/);
  await page.goto(link);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByText('The time window in the link is not valid')).toHaveCount(0);

  await eventList(page).getByRole('button').filter({ hasText: 'The last day' }).click();
  await expect(panelFor(page, 'The last day')).toBeVisible();
  await page.reload();
  await expect(panelFor(page, 'The last day')).toBeVisible();
  await expect(page.getByText('The time window in the link is not valid')).toHaveCount(0);
});

test('a reference at its 300-character limit is whole in the masthead on a phone, with the timeline still on the first screen, and whole in the letter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The checker refuses a longer one (see check-limits.test.ts).
  const reference = `Ref ${'long reference words '.repeat(13)}end`;
  const dataset = smallDataset();
  dataset.document.reference = reference;
  dataset.document.organisations = Array.from({ length: 40 }, (_, i) => ({
    name: `Organisation ${i}`,
  }));
  await page.route('**/long-meta.json', fulfillJson(dataset));
  await page.goto('/?data=long-meta.json');
  const masthead = page.getByRole('banner');
  await expect(masthead).toContainText('Organisation 0');
  // A phone shows the whole byline (never clamped, whatever the text spacing): it is not cut,
  // and the masthead, long as it is, leaves the timeline's first events on the first screen.
  const byline = masthead.locator('.byline');
  await expect(byline).toContainText(reference);
  expect(await byline.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  const box = await masthead.boundingBox();
  expect(box?.height ?? Infinity).toBeLessThan((844 * 3) / 4);
  await expect(page.locator('.vis-item').first()).toBeInViewport();

  await page.getByRole('button', { name: 'Read the document' }).click();
  await expect(page.getByRole('region', { name: 'The document' })).toContainText(reference);
});

test('a refused link value that tries to close its isolation and reverse the sentence is shown as written, isolated', async ({
  page,
}) => {
  await page.goto(`/?data=${encodeURIComponent('\u2069\u202Enosj.live')}`);
  const notice = page.getByRole('status').filter({ hasText: 'which was refused' });
  await expect(notice).toHaveText(
    /^The link asked for the dataset “\\u2069\\u202Enosj\.live”, which was refused: only a \.json file on this site can be loaded\. The default dataset is shown instead\./,
  );
  await expect(notice.locator('bdi')).toHaveText('\\u2069\\u202Enosj.live');
  expect(await notice.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});

test('a link to another dataset fetches only that dataset, cites no window the reader never set, and keeps a tower of combining marks inside its quote', async ({
  page,
  baseURL,
}) => {
  const dataset = smallDataset();
  const tower = `Z${'\u0301'.repeat(3000)}`;
  dataset.document.paragraphs = [
    { id: 'p1', text: `${tower} On 13 December the office burned down.` },
    { id: 'p2', text: 'On 14 December the staff were detained.' },
  ];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.route('**/h/uni.json', fulfillJson(dataset));
  await page.goto('/?data=h/uni.json&event=office-fire');
  const panel = panelFor(page, 'The office burns');
  await expect(panel).toBeVisible();

  // The letter's own dataset is not fetched for a page that shows another.
  expect(requested.filter((path) => /\/assets\/dataset-[0-9a-f]{8}\.json$/.test(path))).toEqual([]);

  // The marks' ink is cut at the quote's edge: it never reaches the Close button above.
  const quote = panel.locator('blockquote').first();
  await expect(quote).toHaveCSS('overflow-y', 'clip');
  await panel.getByRole('button', { name: 'Close event' }).click({ trial: true });

  await panel.getByRole('button', { name: 'Cite' }).click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(`${baseURL ?? ''}`);
  expect(citation).toContain('?data=h/uni.json&event=office-fire');
  expect(citation).not.toMatch(/[?&](?:start|end)=/);
});
