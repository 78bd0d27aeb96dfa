import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * The pages the build writes: one per event, the letter and the home page. They read as the
 * app does before any script runs, the app starts on top of them as with `?event=`, their links
 * are the page form, and they print as what they are.
 */
const LETTER = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', 'data', 'events.json'), 'utf8'),
) as {
  events: {
    id: string;
    title: string;
    label?: string;
    translations?: { ru?: { title?: string } };
  }[];
};
const titleOf = (id: string) => LETTER.events.find((e) => e.id === id)?.title ?? id;
const labelOf = (id: string) => LETTER.events.find((e) => e.id === id)?.label ?? id;
/** A literal title as a pattern whose spaces match any space, a no-break one too. */
const spaced = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
const ruTitleOf = (id: string) =>
  LETTER.events.find((e) => e.id === id)?.translations?.ru?.title ?? id;

const ARSON = 'jmg-office-arson';
const panel = (page: Page) => page.getByRole('complementary');
const dataRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) seen.push(request.url());
  });
  return seen;
};

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader follows the pages from an event to the letter and back, by plain links', async ({
    page,
  }) => {
    await page.goto(`event/${ARSON}/`);
    await expect(page).toHaveTitle(new RegExp(`^${titleOf(ARSON)} — `));
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(titleOf(ARSON));
    await expect(panel(page).locator('blockquote mark')).toHaveText(
      'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.',
    );
    // Paragraph p8 is the fifth of the letter's body, as a reader counts it.
    await expect(panel(page)).toContainText('Paragraph 5');
    await expect(panel(page)).not.toContainText('Paragraph 8');
    await expect(panel(page)).toContainText('Grozny');
    // Controls that need a script give way to links.
    await expect(page.getByRole('button')).toHaveCount(0);

    const pages = page.getByRole('navigation', { name: 'Events in order' });
    await expect(pages.getByRole('link')).toHaveCount(LETTER.events.length);
    await pages
      .getByRole('link', {
        name: new RegExp(titleOf('police-forcibly-enter-jmg-apartment').slice(0, 30)),
      })
      .click();
    await expect(page).toHaveURL(/\/event\/police-forcibly-enter-jmg-apartment\/$/);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      titleOf('police-forcibly-enter-jmg-apartment'),
    );

    // Both of its quotes are in paragraph 9: either link leads there.
    await panel(page).getByRole('link', { name: 'Read in the letter' }).first().click();
    await expect(page).toHaveURL(/\/letter\/#p9$/);
    const letter = page.getByRole('region', { name: 'The letter' });
    await expect(letter.locator('#p9')).toBeInViewport();
    await expect(letter.getByRole('listitem')).toHaveCount(18);
    await letter.getByRole('link', { name: /In the evening, the office of JMG/ }).click();
    await expect(page).toHaveURL(new RegExp(`/event/${ARSON}/$`));

    // A page saved under an event's former id still shows the event.
    await page.goto('event/interior-ministry-denial/');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      titleOf('media-report-interior-ministry-denial'),
    );

    await page.getByRole('link', { name: 'Read the letter' }).click();
    await expect(page).toHaveURL(/\/letter\/$/);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Events in order' }).getByRole('link'),
    ).toHaveCount(LETTER.events.length);

    // The same page in Russian: the interface's words and the titles in Russian, the letter's
    // words in English and marked so, and each language's page linked to the other.
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/$/);
    await page.goto(`ru/event/${ARSON}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    // Russian is typeset at build time: a space may be a no-break one.
    await expect(page).toHaveTitle(new RegExp(`^${spaced(ruTitleOf(ARSON))} — Совместное письмо`));
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      ruTitleOf(ARSON).replace('по-', 'по-\u2060'),
    );
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ru');
    await expect(panel(page).locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(panel(page).locator('blockquote mark')).toHaveText(
      'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.',
    );
    await expect(panel(page)).toContainText('Абзац 5');
    // The note is the dataset's Russian translation (the quote stays in English, marked so).
    await expect(panel(page)).toContainText('Грозном');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `../../../event/${ARSON}/`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute(
      'href',
      `../../../ru/event/${ARSON}/`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    const russianPages = page.getByRole('navigation', { name: 'События по порядку' });
    await russianPages
      .getByRole('link', {
        name: new RegExp(ruTitleOf('police-forcibly-enter-jmg-apartment').slice(0, 30)),
      })
      .click();
    await expect(page).toHaveURL(/\/ru\/event\/police-forcibly-enter-jmg-apartment\/$/);
    await panel(page).getByRole('link', { name: 'Читать в письме' }).first().click();
    await expect(page).toHaveURL(/\/ru\/letter\/#p9$/);
    await expect(page.getByRole('region', { name: 'Письмо' }).locator('#p9')).toBeInViewport();
    await page.getByRole('link', { name: 'English' }).click();
    // Without a script the page cannot know its fragment: the switch is to the letter's top.
    await expect(page).toHaveURL(/\/letter\/\?lang=en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('region', { name: 'The letter' })).toBeVisible();
  });
});

test('an event page loaded cold is the app at that event, with no second request for its data', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const requests = dataRequests(page);
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });

  await page.goto(`event/${ARSON}/`);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
  // The page's own content stays where it was when the app starts and the timeline is drawn.
  const shifted = await page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
  expect(shifted).toBeLessThan(0.05);
  await expect(panel(page)).toHaveAccessibleName(titleOf(ARSON));
  await expect(
    page.getByRole('navigation', { name: /Events in order/ }).getByRole('button', {
      name: new RegExp(titleOf(ARSON)),
    }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(new RegExp(`/event/${ARSON}/$`));

  // "Copy link" gives the page, with no window while the reader has not moved it.
  await panel(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Link copied to the clipboard.');
  const origin = new URL(page.url()).origin;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${origin}/event/${ARSON}/`,
  );

  // Moving the window keeps the page and adds the window, to the address and to the link.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(new RegExp(`/event/${ARSON}/\\?start=[^&]+&end=[^&]+$`));
  await panel(page).getByRole('button', { name: 'Cite' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Citation copied to the clipboard.');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(`${origin}/event/${ARSON}/?start=`);

  // Another event is the app's query form; Back returns to the page and its event.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/\/\?event=police-forcibly-enter-jmg-apartment/);
  await expect(panel(page)).toHaveAccessibleName(titleOf('police-forcibly-enter-jmg-apartment'));
  await page.goBack();
  await expect(panel(page)).toHaveAccessibleName(titleOf(ARSON));

  // The letter opens from the page and its quotes link to event pages.
  await panel(page).getByRole('button', { name: 'Read in the letter' }).click();
  const letter = page.getByRole('region', { name: 'The letter' });
  await expect(
    letter.getByRole('link', { name: /In the evening, the office of JMG/ }),
  ).toHaveAttribute('href', `../../event/${ARSON}/`);
  await page.getByRole('button', { name: 'Close the letter' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/\?start=/);

  // A page saved under the event's former id opens it, and the address takes the current id
  // in place, keeping its window.
  await page.goto('event/interior-ministry-denial/?start=2014-12-01&end=2014-12-20');
  await expect(panel(page)).toHaveAccessibleName(titleOf('media-report-interior-ministry-denial'));
  await expect(page).toHaveURL(
    /\/event\/media-report-interior-ministry-denial\/\?start=2014-12-01&end=2014-12-20$/,
  );

  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});

test('before the app has started, a page’s controls wait (disabled) and its links work; then they work', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The app's code arrives only when the test lets it: until then the page is its own HTML.
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto(`event/${ARSON}/`, { waitUntil: 'domcontentloaded' });
  const download = page
    .getByRole('navigation', { name: /Events in order/ })
    .getByRole('button', { name: 'Download' });
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(titleOf(ARSON));
  await expect(download).toBeDisabled();
  await expect(panel(page).getByRole('button', { name: 'Copy link' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
  await expect(page.getByRole('link', { name: 'About this timeline' })).toBeEnabled();
  // The timeline's box already shows its events at their dates, drawn by the page itself with
  // the short labels the engine draws (the full title is the list's and the panel's), whole;
  // the engine's drawing takes its place later.
  const preview = page.locator('.timeline-preview');
  const drawn = preview.getByText(labelOf(ARSON)).locator('visible=true');
  await expect(drawn).toHaveCount(1);
  await expect(drawn).toHaveText(new RegExp(`${labelOf(ARSON)}$`));
  await expect(preview.getByText(titleOf(ARSON))).toHaveCount(0);
  // A tap on a waiting control does nothing, and nothing is lost: the menu is not open.
  await download.click({ force: true });
  await expect(download).toHaveAttribute('aria-expanded', 'false');

  arrive();
  await expect(download).toBeEnabled();
  await expect(page.locator('.event-timeline .vis-item').first()).toBeVisible();
  await expect(preview).toHaveCount(0);
  await download.click();
  await expect(download).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Events as CSV' }).last()).toBeVisible();
  // The app took the page over as it stood (hydration), with no mismatch.
  expect(errors).toEqual([]);
});

test('the pages work from a sub-folder of a static host, and ?event= still works there', async ({
  page,
}) => {
  // The host serves the site under /archive/2014/: every page, asset and dataset by relative address.
  await page.route('**/archive/2014/**', async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace('/archive/2014/', '/');
    // A request still in flight when the test moves to the next page is dropped with it (the
    // fetch then fails with a reset socket); any request the page needs is answered.
    const response = await route.fetch({ url: url.href }).catch(() => null);
    if (response) await route.fulfill({ response }).catch(() => undefined);
    else await route.abort().catch(() => undefined);
  });
  const requests = dataRequests(page);
  await page.goto('archive/2014/letter/#p8');
  const letter = page.getByRole('region', { name: 'The letter' });
  await expect(letter.locator('li[data-paragraph="p8"]')).toBeInViewport();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await letter.getByRole('link', { name: /In the evening, the office of JMG/ }).click();
  await expect(panel(page)).toHaveAccessibleName(titleOf(ARSON));
  await expect(page).toHaveURL(/\/archive\/2014\/\?event=jmg-office-arson$/);
  await page.reload();
  await expect(panel(page)).toHaveAccessibleName(titleOf(ARSON));
  expect(requests).toEqual([]);

  // Another dataset is fetched from the site's folder, not the page's.
  await page.goto(
    'archive/2014/event/grozny-demonstration/?data=data/events.json&event=press-conference-eggs',
  );
  await expect(panel(page)).toHaveAccessibleName(titleOf('press-conference-eggs'));
  expect(requests.map((r) => new URL(r).pathname)).toEqual(['/archive/2014/data/events.json']);
});

test('on paper, an event page is the event with its citation, the letter its marked text, home the list', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`event/${ARSON}/`);
  // The citation is written once the app has started (it needs the page's address).
  const citation = panel(page).locator('.print-citation');
  await expect(citation).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: /Events in order/ })).toBeHidden();
  await expect(panel(page).locator('blockquote')).toContainText('Later that day, unknown men');
  await expect(citation).toContainText('(paragraph 5)');
  await expect(citation).toContainText(`/event/${ARSON}/`);
  // Nothing is cut off: the panel is as tall as its content.
  const clipped = await panel(page).evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(clipped).toBeLessThanOrEqual(1);

  await page.goto('letter/');
  const letter = page.getByRole('region', { name: 'The letter' });
  await expect(letter.getByRole('listitem')).toHaveCount(18);
  await expect(letter.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  expect(await letter.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

  await page.goto('./');
  const list = page.getByRole('navigation', { name: /Events in order/ });
  await expect(list.getByRole('listitem')).toHaveCount(LETTER.events.length);
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expect(list).toContainText('13 December 2014');
});

test('every page carries the home page’s Content-Security-Policy first, and no inline script that runs', async ({
  page,
}) => {
  const policies = new Set<string | null>();
  for (const path of ['./', 'letter/', `event/${ARSON}/`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const first = page.locator('head > meta').first();
    await expect(first).toHaveAttribute('http-equiv', 'Content-Security-Policy');
    policies.add(await first.getAttribute('content'));
    const inline = await page.evaluate(() =>
      Array.from(document.scripts)
        .filter((s) => !s.src)
        .map((s) => s.type),
    );
    expect(inline.sort()).toEqual(['application/json', 'application/ld+json']);
  }
  expect(policies.size).toBe(1);
  expect([...policies][0]).toContain("script-src 'self'");
});

test('every event page and the home page have their 1200×630 preview image beside them, in each language', async ({
  request,
}) => {
  const images = ['preview.png', ...LETTER.events.map((e) => `event/${e.id}/preview.png`)];
  for (const path of [...images, ...images.map((image) => `ru/${image}`)]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const png = await response.body();
    // The PNG header's first chunk (IHDR) holds the width and height.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
  }
});
