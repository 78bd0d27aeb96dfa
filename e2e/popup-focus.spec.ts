import { expect, test, type Locator, type Page } from '@playwright/test';

async function appRunning(page: Page) {
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
}

/**
 * Marks the first control after `root` in DOM order that Tab can reach (outside `root`), so
 * the test can ask whether focus went there.
 */
async function markNextControl(root: Locator) {
  await root.evaluate((popup) => {
    const tabbable =
      'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const next = [...document.querySelectorAll<HTMLElement>(tabbable)].find(
      (el) =>
        !popup.contains(el) &&
        popup.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        el.checkVisibility(),
    );
    document.querySelector('[data-expected-next]')?.removeAttribute('data-expected-next');
    next?.setAttribute('data-expected-next', '');
  });
}

const popups = [
  { path: '/', button: 'Download data', root: '.download-menu' },
  { path: '/', button: 'Keyboard shortcuts', root: '.shortcuts-help' },
  {
    path: '/event/jmg-office-arson/',
    button: 'Citation formats',
    root: '.cite-formats',
  },
  {
    path: '/event/jmg-office-arson/',
    button: 'Keyboard shortcuts',
    root: '.shortcuts-help',
  },
];

test.describe('Tab past the last item of each popup lands on the next control', () => {
  for (const popup of popups) {
    test(`${popup.button} on ${popup.path}`, async ({ page }) => {
      await page.goto(popup.path);
      await appRunning(page);
      const button = page.getByRole('button', { name: popup.button, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const root = page.locator(popup.root).filter({ has: button });
      await markNextControl(root);
      await expect(page.locator('[data-expected-next]')).toHaveCount(1);
      // The popup's last item, then one Tab more.
      await root.locator(':scope > [id]').locator('a[href], button, input').last().focus();
      await page.keyboard.press('Tab');
      await expect(page.locator('[data-expected-next]')).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });
  }
});
