import { expect, test } from '@playwright/test';

/**
 * Mistyped addresses a static host still serves with a page (a doubled slash). Built with
 * `SITE_URL` (given here as `E2E_SITE_URL`), the page loads the app's files from the site's
 * folder and the app runs; built without it, the page cannot know that folder, and says why its
 * controls wait instead of leaving them disabled without a word.
 */
const SITE_URL = process.env.E2E_SITE_URL;
const MISTYPED = ['event/jmg-office-arson//', 'letter//', 'ru//'];

test('a mistyped address opens the app, or says why it cannot', async ({ page }) => {
  for (const path of MISTYPED) {
    await page.goto(path);
    const note = page.getByText('did not load at this address', { exact: false });
    const noteRu = page.getByText('не загрузились по этому адресу', { exact: false });
    if (SITE_URL === undefined) {
      await expect(path.startsWith('ru') ? noteRu : note).toBeVisible();
      continue;
    }
    await expect(note).toBeHidden();
    await expect(noteRu).toBeHidden();
    // The app runs: its controls are enabled and the view is the page's own.
    await expect(page.getByRole('searchbox').first()).toBeEnabled();
    if (path.startsWith('event/')) {
      await expect(
        page.getByRole('complementary').getByRole('heading', { level: 2 }),
      ).toContainText('arson', { ignoreCase: true });
    }
  }
});
