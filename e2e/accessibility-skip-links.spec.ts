import { expect, test, type Page } from '@playwright/test';

async function appRunning(page: Page) {
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
}

const SKIPS = ['Skip to the timeline', 'Skip to the open event', 'Skip to the events in order'];

for (const { width, height, touch } of [
  { width: 1280, height: 800, touch: false },
  { width: 390, height: 844, touch: true },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch });

    test('the first Tabs reach skip links, shown while focused, that move focus to the timeline, the open event and the list', async ({
      page,
    }) => {
      await page.goto('event/jmg-office-arson/');
      await appRunning(page);
      const address = page.url();
      for (const name of SKIPS) {
        await page.keyboard.press('Tab');
        const link = page.getByRole('link', { name, exact: true });
        await expect(link).toBeFocused();
        await expect(link).toBeInViewport();
      }
      const targets = [
        page.getByRole('region', { name: 'Timeline' }),
        page.getByRole('heading', {
          level: 2,
          name: 'JMG office destroyed by fire in an apparent arson attack',
        }),
        page.getByRole('navigation', { name: /Events in order/ }),
      ];
      for (const [i, target] of targets.entries()) {
        await page.getByRole('link', { name: SKIPS[i], exact: true }).focus();
        await page.keyboard.press('Enter');
        await expect(target).toBeFocused();
        await expect(target).toBeInViewport();
      }
      // Focus moved without a fragment in the address (a fragment names a letter's paragraph).
      expect(page.url()).toBe(address);
      // From the list's skip link, Tab goes on into the list.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Download data' })).toBeFocused();
    });
  });
}

test('without an open event there is no skip link to one; entry names read the date and its comma as one', async ({
  page,
}) => {
  await page.goto('/');
  await appRunning(page);
  await expect(page.getByRole('link', { name: /^Skip to/ })).toHaveCount(2);
  await expect(
    page.getByRole('button', {
      name: '4 December 2014, Deadly insurgent attack on Grozny Violence',
      exact: true,
    }),
  ).toHaveCount(1);
});
