import { expect, test as base, type Locator } from '@playwright/test';

/** The app's landmarks, found by role and name as a reader finds them. */
export interface AppLocators {
  /** The page's heading (the dataset's title). */
  masthead: Locator;
  /** "Events in order", the timeline's accessible twin. */
  eventList: Locator;
  /** The open event, or the letter, beside the timeline. */
  panel: Locator;
  /** The first item the timeline has drawn. */
  firstItem: Locator;
  /** Waits for the heading and the timeline's first drawn item. */
  ready: () => Promise<void>;
}

/**
 * `test` with an `app` fixture holding the locators every journey uses, so that a change to a
 * landmark's name is made here once. Import `test` and `expect` from this module.
 */
export const test = base.extend<{ app: AppLocators }>({
  app: async ({ page }, provide) => {
    const masthead = page.getByRole('heading', { level: 1 });
    const firstItem = page.locator('.vis-item').first();
    await provide({
      masthead,
      eventList: page.getByRole('navigation', { name: /Events in order/ }),
      panel: page.getByRole('complementary'),
      firstItem,
      ready: async () => {
        await expect(masthead).toBeVisible();
        await expect(firstItem).toBeVisible();
      },
    });
  },
});

export { expect };
