import { axe } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';

const panel = (page: Page) => page.getByRole('complementary');
const eventList = (page: Page) => page.getByRole('navigation', { name: /Events in order/ });
const startParam = (page: Page) => () => new URL(page.url()).searchParams.get('start');
const eventParam = (page: Page) => () => new URL(page.url()).searchParams.get('event');

async function appRunning(page: Page) {
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
}

/** Focus is on an element of the app, never on the page's body. */
async function expectFocusKept(page: Page) {
  expect(
    await page.evaluate(
      () => document.activeElement !== document.body && document.activeElement !== null,
    ),
  ).toBe(true);
}

test('a keyboard-only reader steps, zooms, pans, switches the shortcuts off and on, and never loses focus', async ({
  page,
}) => {
  await page.goto('/');
  await appRunning(page);
  const next = page.getByRole('button', { name: 'Next event' });

  // The buttons and the keys do the same; focus stays where it was.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAccessibleName(
    'The activists of the Joint Mobile Group work in the region',
  );
  await expect(next).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toHaveAccessibleName(
    'Ramzan Kadyrov makes similar statements on television and through social media',
  );
  await expect(next).toBeFocused();

  // → inside the panel redraws it for the next event: focus moves to the new panel's heading.
  await panel(page).getByRole('button', { name: 'Close event' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toHaveAccessibleName('Deadly insurgent attack on Grozny');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();

  // Shift+→ selects text, it does not step: the ] that follows acts, the Shift+→ did not.
  const before = startParam(page)();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press(']');
  await expect.poll(startParam(page)).not.toBe(before);
  await expect(panel(page)).toHaveAccessibleName('Deadly insurgent attack on Grozny');
  await expect(page.getByRole('status').filter({ hasText: /^Later: / })).toHaveCount(1);

  // Zoom and pan by buttons; the URL's window follows and the change is said.
  const later = startParam(page)();
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(startParam(page)).not.toBe(later);
  await expect(page.getByRole('status').filter({ hasText: /^Zoomed in: / })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
  const zoomed = startParam(page)();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Earlier' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(startParam(page)).not.toBe(zoomed);
  expect(Number(new Date(startParam(page)() ?? '').getTime())).toBeLessThan(
    new Date(zoomed ?? '').getTime(),
  );

  // The help lists the keys; its setting switches the single-key shortcuts off, remembered.
  const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await help.focus();
  await page.keyboard.press('Enter');
  const setting = page.getByRole('checkbox', { name: /Use the single-key shortcuts/ });
  await expect(setting).toBeChecked();
  await setting.focus();
  await page.keyboard.press('Space');
  await expect(setting).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(help).toBeFocused();
  await expect(setting).toBeHidden();
  // Off: → does nothing; the Enter that follows steps once, so the panel is one event on.
  await next.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAccessibleName(
    'Ramzan Kadyrov’s statement promising to expel insurgents’ family members and destroy their houses',
  );
  await page.reload();
  await appRunning(page);
  await help.click();
  await expect(setting).not.toBeChecked();
  await setting.check();
  await page.keyboard.press('Escape');

  // "Filters" hides and shows the search and the facets; focus stays on the button.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await filters.focus();
  await page.keyboard.press('Enter');
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toBeHidden();
  await expect(filters).toBeFocused();
  await page.keyboard.press('Space');
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await expect(filters).toBeFocused();

  // Keys typed in the search box stay in the search box.
  await search.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('-');
  await expect(search).toHaveValue('-');
  await search.fill('');
  await expect(panel(page)).toHaveAccessibleName(
    'Ramzan Kadyrov’s statement promising to expel insurgents’ family members and destroy their houses',
  );

  // At the last event → says so and stays.
  await eventList(page).getByRole('button').last().focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAccessibleName(
    'Russia’s leadership has repeatedly pledged to foster a normal working climate for human rights defenders',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'This is the last event.' })).toHaveCount(
    1,
  );

  // Esc closes the event; focus returns to its entry in the list.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(eventList(page).getByRole('button').last()).toBeFocused();

  // A quote link in the letter opens its event with focus on the event's heading.
  await page.getByRole('button', { name: 'Read the letter' }).focus();
  await page.keyboard.press('Enter');
  const letter = page.getByRole('region', { name: 'The letter' });
  await letter
    .getByRole('link')
    .filter({ hasNotText: 'Where the text comes from' })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  expect(eventParam(page)()).not.toBeNull();
  await expectFocusKept(page);
});

test('Dismiss in a notice and Retry after a failure leave focus on the view, not the page', async ({
  page,
}) => {
  await page.goto('/?event=no-such-event&start=2014-12-40');
  await appRunning(page);
  const notices = page
    .getByRole('status')
    .filter({ has: page.getByRole('button', { name: 'Dismiss' }) });
  await expect(notices).toHaveCount(2);
  await notices.first().getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(notices).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await notices.getByRole('button', { name: 'Show the whole timeline' }).focus();
  await page.keyboard.press('Enter');
  await expect(notices).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  let fail = true;
  await page.route('**/data/events.json', (route) =>
    fail
      ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal error' })
      : route.continue(),
  );
  await page.goto('/?data=data/events.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The events could not be loaded',
  );
  await expect(page).toHaveTitle('The events could not be loaded — Source Timeline');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await appRunning(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('in forced colours every state keeps a mark of its own and axe finds nothing', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/?event=jmg-office-arson');
  await appRunning(page);
  // The open event in the drawing and in the list: an outline, which forced colours keep (round
  // a point's dot, or round a range's bar).
  await expect(
    page.locator('.vis-item.vis-range.vis-selected, .vis-item.vis-dot.vis-selected').first(),
  ).not.toHaveCSS('outline-style', 'none');
  // A point is a dot and its label, never a box: the open point's label is not framed.
  const openPoint = page.locator('.vis-item.vis-point.vis-selected');
  await expect(openPoint).toHaveCSS('border-top-style', 'none');
  await expect(openPoint).toHaveCSS('outline-style', 'none');
  await expect(openPoint.locator('.item-label')).toHaveCSS('font-weight', '700');
  const current = eventList(page).locator('[aria-current="true"]');
  await expect(current).not.toHaveCSS('outline-style', 'none');
  // The kinds keep their colours: a swatch is not painted over with the system's colours.
  const swatch = current.locator('.kind-swatch');
  await expect(swatch).toHaveCSS('forced-color-adjust', 'none');
  await expect(swatch).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  // Focus shows.
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await expect(page.getByRole('button', { name: 'Zoom in' })).not.toHaveCSS(
    'outline-style',
    'none',
  );
  // The Filters button's open or closed mark is a drawn chevron (a border), which forced
  // colours keep, turned by the state.
  const chevron = () =>
    page.getByRole('button', { name: 'Filters', exact: true }).evaluate((button) => {
      const after = getComputedStyle(button, '::after');
      return `${after.borderRightStyle} ${after.transform}`;
    });
  const open = await chevron();
  expect(open).toMatch(/^solid matrix/);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  expect(await chevron()).not.toBe(open);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  expect((await axe(page).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The quote the letter opened on carries an outline too.
  await panel(page).getByRole('button', { name: 'Read in the letter' }).focus();
  await page.keyboard.press('Enter');
  const currentQuote = page
    .getByRole('region', { name: 'The letter' })
    .locator('mark.is-current')
    .first();
  await expect(currentQuote).not.toHaveCSS('outline-style', 'none');
  expect((await axe(page).analyze()).violations.map((v) => v.id)).toEqual([]);
});
