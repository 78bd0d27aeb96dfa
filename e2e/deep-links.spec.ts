import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const LETTER_EVENTS = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'data', 'events.json'), 'utf8')) as {
    events: unknown[];
  }
).events.length;

const panel = (page: Page) => page.getByRole('complementary');
const eventList = (page: Page) => page.getByRole('navigation', { name: /Events in order/ });
const params = (page: Page) => new URL(page.url()).searchParams;

async function ready(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
}

/** The timeline's visible window, read from the axis: the first and last minor labels. */
async function axisLabels(page: Page) {
  return page.locator('.vis-time-axis.vis-foreground .vis-text.vis-minor').allTextContents();
}

test('an open event and a zoomed window survive a reload and open the same in a new browser', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await ready(page);
  await eventList(page)
    .getByRole('button', { name: /Two men pelt eggs at Kalyapin/ })
    .click();
  await expect(panel(page)).toHaveAccessibleName(
    'Two men pelt eggs at Kalyapin; with a third man, they accuse him of defending terrorists',
  );
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => params(page).get('start')).not.toBeNull();
  const url = page.url();
  expect(url).toMatch(
    /\?event=press-conference-eggs&start=2014-12-\d\dT\d\d:\d\d&end=2014-12-\d\dT\d\d:\d\d$/,
  );

  await page.reload();
  await ready(page);
  await expect(panel(page)).toHaveAccessibleName(
    'Two men pelt eggs at Kalyapin; with a third man, they accuse him of defending terrorists',
  );
  expect(page.url()).toBe(url);
  // The zoomed window: single days on the axis, not the default fortnight's every other day.
  await expect.poll(() => axisLabels(page)).toContain('8');
  await expect.poll(() => axisLabels(page)).toContain('9');
  const labels = await axisLabels(page);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await ready(fresh);
  await expect(panel(fresh)).toHaveAccessibleName(
    'Two men pelt eggs at Kalyapin; with a third man, they accuse him of defending terrorists',
  );
  await expect.poll(() => axisLabels(fresh)).toEqual(labels);
  await other.close();
});

test('Back and Forward move between three opened events and restore panel and timeline', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const titles = [
    'Deadly insurgent attack on Grozny',
    'Ramzan Kadyrov accuses “a certain Kalyapin” of assisting terrorism in a television broadcast',
    'JMG office destroyed by fire in an apparent arson attack',
  ];
  for (const title of titles) {
    await eventList(page)
      .getByRole('button', { name: new RegExp(title.slice(0, 20)) })
      .click();
    await expect(panel(page)).toHaveAccessibleName(title);
  }
  await page.goBack();
  await expect(panel(page)).toHaveAccessibleName(titles[1] ?? '');
  await expect(
    page.locator('.vis-item.vis-selected', { hasText: 'Kadyrov accuses Kalyapin on television' }),
  ).toHaveCount(1);
  await page.goBack();
  await expect(panel(page)).toHaveAccessibleName(titles[0] ?? '');
  await page.goBack();
  await expect(panel(page)).toBeHidden();
  await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);
  await page.goForward();
  await expect(panel(page)).toHaveAccessibleName(titles[0] ?? '');
  await page.goForward();
  await expect(panel(page)).toHaveAccessibleName(titles[1] ?? '');
});

test('zooming and panning replace the history entry instead of adding to it', async ({ page }) => {
  await page.goto('/?event=grozny-demonstration');
  await ready(page);
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => params(page).get('start')).not.toBeNull();
  const zoomed = page.url();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => page.url()).not.toBe(zoomed);
  // A drag pans the timeline. It holds the time axis, where no event can be tapped (a tap on an
  // event or on empty space between events would select or close one: a history entry of its
  // own), and lets go only once the engine has moved the open event with it.
  const axis = await page.locator('.vis-time-axis.vis-foreground').first().boundingBox();
  const open = page.locator('.vis-item.vis-selected').first();
  const openX = async () => (await open.boundingBox())?.x ?? Number.NaN;
  if (!axis) throw new Error('no time axis');
  const x = axis.x + axis.width / 2;
  const y = axis.y + axis.height / 2;
  const before = page.url();
  const startX = await openX();
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 20, y, { steps: 4 });
  await page.mouse.move(x - 200, y, { steps: 12 });
  await expect.poll(openX).toBeLessThan(startX - 100);
  await page.mouse.up();
  await expect.poll(() => page.url()).not.toBe(before);
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.reload();
  await ready(page);
  await expect(panel(page)).toHaveAccessibleName(
    'Banners with slogans such as “Kalyapin go home $” and “Stop the Lying Activists!” (as the letter gives them) at a government-sponsored demonstration against terrorism in Grozny',
  );
});

test('"Show all" returns to the default view of the December events', async ({ page }) => {
  await page.goto('/?start=2009-01-01&end=2015-01-01');
  await ready(page);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => params(page).get('start')).toBeNull();
  await expect(
    page.locator('.vis-item', { hasText: 'Deadly insurgent attack' }).first(),
  ).toBeInViewport();
  await expect(
    page.locator('.vis-time-axis .vis-text.vis-major', { hasText: 'December 2014' }),
  ).toBeVisible();
  await expect(page.locator('.vis-time-axis .vis-text.vis-major', { hasText: '2009' })).toHaveCount(
    0,
  );
});

/**
 * What the app makes of bad links, one page load for each kind of answer; the whole table of
 * mangled and hostile links is checked without a browser in `src/app/url-fuzz.test.tsx`.
 */
test('a bad link still opens the timeline: an unknown event, garbage parameters and a dataset from another origin are each said in a notice', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });

  // An unknown event: the timeline, and a notice offering the whole of it.
  await page.goto('/?event=no-such-event');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'was not found' });
  await expect(notice).toContainText('The event “no-such-event” was not found in this dataset.');
  await notice.getByRole('button', { name: 'Show the whole timeline' }).click();
  await expect(notice).toBeHidden();
  expect(params(page).get('event')).toBeNull();

  // Garbage parameters: ignored or corrected, each said in a dismissable notice.
  await page.goto(
    '/?start=2014-12-20&end=2014-12-01&event=jmg-office-arson&event=grozny-demonstration&utm_source=mail&read=%3Cscript%3E',
  );
  await ready(page);
  await expect(panel(page)).toHaveAccessibleName(
    'JMG office destroyed by fire in an apparent arson attack',
  );
  const reversed = page.getByRole('status').filter({ hasText: 'turned the right way round' });
  await expect(reversed).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'not a valid paragraph id' }),
  ).toBeVisible();
  await reversed.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reversed).toBeHidden();

  // A dataset from another origin: refused, never requested, and the letter loads instead.
  const data = 'https://evil.example/x.json';
  await page.goto(`/?data=${encodeURIComponent(data)}`);
  await ready(page);
  await expect(page.getByRole('status').filter({ hasText: 'was refused' })).toContainText(
    data.slice(0, 20),
  );
  await expect(eventList(page).getByRole('listitem')).toHaveCount(LETTER_EVENTS);
  expect(requested.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
});

test('another dataset on the same site loads through ?data=', async ({ page }) => {
  await page.route('**/mine/small.json', async (route) => {
    const response = await page.request.get('/data/events.json');
    const dataset = (await response.json()) as { events: { id: string }[] };
    dataset.events = dataset.events.filter((e) => e.id === 'jmg-office-arson');
    await route.fulfill({ json: dataset });
  });
  await page.goto('/?data=mine/small.json&event=jmg-office-arson');
  await ready(page);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(1);
  await expect(panel(page)).toHaveAccessibleName(
    'JMG office destroyed by fire in an apparent arson attack',
  );
});

test('"Copy link" copies the canonical link of the open event and "Cite" a plain-text citation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A link saved with the event's former id opens it; the link copied is the current one.
  await page.goto('/?event=police-raid-jmg-apartment');
  await ready(page);
  await panel(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Link copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The event's own page; no window, since the reader has not moved it.
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/event\/police-forcibly-enter-jmg-apartment\/$/);

  await panel(page).getByRole('button', { name: 'Cite' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Citation copied to the clipboard.');
  const citation = (await page.evaluate(() => navigator.clipboard.readText())).replace(
    /[\u2068\u2069]/g,
    '',
  );
  expect(citation).toContain(
    'Chechen police officials forcibly enter the JMG’s apartment in Grozny and search two JMG members, 14 December 2014',
  );
  expect(citation).toContain('“On 14 December, several Chechen police officials forcibly entered');
  expect(citation).toContain('(paragraph 6)');
  expect(citation).toContain(
    'Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter to President Putin',
  );
  expect(citation).toContain('16 December 2014. Index: EUR 46/056/2014');
  expect(citation).toContain(link);

  // The copied link reopens the same view.
  await page.goto(link);
  await ready(page);
  await expect(panel(page)).toHaveAccessibleName(
    'Chechen police officials forcibly enter the JMG’s apartment in Grozny and search two JMG members',
  );

  // A link saved with the event's former id still opens it, and the address takes its current
  // id in place: Back leaves for the page before, not for the old address.
  await page.goto('/?event=interior-ministry-denial');
  await ready(page);
  await expect(panel(page)).toHaveAccessibleName(
    'Russian media report that local Ministry of Internal Affairs officials denied detaining the activists',
  );
  await expect(page).toHaveURL(/\/\?event=media-report-interior-ministry-denial$/);
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.goBack();
  expect(page.url()).toBe(link);
});

test('"About this timeline" opens from the header as a link of its own, and closes with Close or Esc', async ({
  page,
}) => {
  await page.goto('/?event=jmg-office-arson');
  await ready(page);
  const about = page.getByRole('link', { name: 'About this timeline' });
  await about.click();
  const view = page.getByRole('region', { name: 'About this timeline' });
  await expect(view).toBeVisible();
  await expect(page).toHaveURL(/\?event=jmg-office-arson&about=1$/);
  await expect(view.getByRole('heading', { name: 'About this timeline' })).toBeFocused();
  // What the letter is, where the capture comes from and its checksum, how it was read, the audit.
  await expect(view).toContainText('Joint Letter to President Putin');
  await expect(view).toContainText(
    'e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62',
  );
  await expect(view.getByRole('link', { name: 'joint-letter-2014-12-16.txt' })).toHaveAttribute(
    'href',
    'data/joint-letter-2014-12-16.txt',
  );
  await expect(view.getByRole('listitem')).toHaveCount(8);
  const audit = view.getByRole('link', { name: 'read the fidelity audit' });
  const auditResponse = await page.request.get(
    new URL((await audit.getAttribute('href')) ?? '', page.url()).href,
  );
  expect(auditResponse.ok()).toBe(true);
  expect(await auditResponse.text()).toContain('# Fidelity audit of the letter');

  // Close returns focus to the link; Back reopens the view, as a link of its own.
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toBeHidden();
  await expect(about).toBeFocused();
  await expect(page).toHaveURL(/\?event=jmg-office-arson$/);
  await page.goBack();
  await expect(view).toBeVisible();

  // A reload keeps it open; Esc closes it, and the open event is there again.
  await page.reload();
  await ready(page);
  await expect(view).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(about).toBeFocused();
  await expect(panel(page)).toHaveAccessibleName(
    'JMG office destroyed by fire in an apparent arson attack',
  );
});
