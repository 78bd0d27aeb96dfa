import { expect, test, type Page } from '@playwright/test';

const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

async function appRunning(page: Page) {
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
}

/** The element that has focus is inside `area` (never the page's body). */
async function expectFocusIn(page: Page, area: string) {
  const inside = await page.evaluate((selector) => {
    const active = document.activeElement;
    return active !== null && active !== document.body && !!active.closest(selector);
  }, area);
  expect(inside).toBe(true);
}

for (const { width, height, touch } of [
  { width: 1280, height: 800, touch: false },
  { width: 390, height: 844, touch: true },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch });

    test('a click on an item, then → and ←, step through the events; Esc closes; focus is kept', async ({
      page,
    }) => {
      await page.goto('/');
      await appRunning(page);
      // The timeline starts near the top of the first screen.
      const top = await page
        .locator('.event-timeline')
        .evaluate((e) => e.getBoundingClientRect().top);
      expect(top).toBeLessThanOrEqual(width > 720 ? 200 : 300);

      const item = page.locator('.vis-item .item-label', {
        hasText: 'JMG office burned in apparent arson',
      });
      if (touch) await item.tap();
      else await item.click();
      await expect.poll(() => eventParam(page)).toBe('jmg-office-arson');
      await expect(page.getByRole('complementary')).toHaveAccessibleName(
        'JMG office destroyed by fire in an apparent arson attack',
      );
      await expect(timeline(page)).toBeFocused();

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => eventParam(page)).not.toBe('jmg-office-arson');
      await expectFocusIn(page, '[data-shortcut-scope]');

      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => eventParam(page)).toBe('jmg-office-arson');
      await expectFocusIn(page, '[data-shortcut-scope]');

      await page.keyboard.press('Escape');
      await expect.poll(() => eventParam(page)).toBeNull();
      await expect(page.getByRole('complementary')).toHaveCount(0);
      // Focus returns to the closed event's entry in the list.
      await expectFocusIn(page, '.event-list');
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('an event opened from the list leaves its focused entry in view above the sheet', async ({
    page,
  }) => {
    await page.goto('/');
    await appRunning(page);
    const entry = page
      .getByRole('navigation', { name: /Events in order/ })
      .getByRole('link', { name: /JMG office destroyed by fire/ })
      .or(
        page
          .getByRole('navigation', { name: /Events in order/ })
          .getByRole('button', { name: /JMG office destroyed by fire/ }),
      )
      .first();
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary')).toBeVisible();
    await expect(entry).toBeFocused();
    const sheetTop = await page
      .getByRole('complementary')
      .evaluate((e) => e.getBoundingClientRect().top);
    await expect
      .poll(async () => (await entry.boundingBox())?.y ?? 9999)
      .toBeLessThan(sheetTop - 20);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('every menu and popup opened by touch lies inside the viewport and can be used', async ({
    page,
  }) => {
    await page.goto('/');
    await appRunning(page);
    const inside = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    };

    // The page's one Download.
    const download = page.getByRole('button', { name: 'Download data' });
    await expect(download).toHaveCount(1);
    await download.tap();
    await inside('.menu-panel:not([hidden])');
    for (const name of [/Events as CSV/, /Dataset as JSON/, /Source file/]) {
      const choice = page.getByRole('button', { name }).or(page.getByRole('link', { name }));
      await expect(choice.first()).toBeVisible();
      const box = await choice.first().boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    }
    await download.tap();

    // The keyboard shortcuts help and its switch.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap();
    await inside('.shortcuts-panel:not([hidden])');
    const setting = page.getByRole('checkbox', { name: /Use the single-key shortcuts/ });
    await setting.tap();
    await expect(setting).not.toBeChecked();
    await setting.tap();
    await expect(setting).toBeChecked();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap();

    // The filters and their Actor popup.
    await page.getByRole('button', { name: 'Filters', exact: true }).tap();
    await page.locator('.facet summary').first().tap();
    await inside('.facet[open] > :not(summary)');
  });
});

for (const width of [1280, 1024]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the keyboard shortcuts panel lies inside the viewport, with or without an open event', async ({
      page,
    }) => {
      for (const path of ['/', '/event/jmg-office-arson/']) {
        await page.goto(path);
        await appRunning(page);
        const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
        await help.click();
        const panel = page.locator('.shortcuts-panel:not([hidden])');
        await expect(panel).toBeVisible();
        const box = await panel.boundingBox();
        expect(box?.x ?? -1, path).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0), path).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(width);
        await help.click();
      }
    });
  });
}

test.describe('at 1280 px in Russian', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the toolbar keeps to two rows beside an open event with a filter on, every name whole', async ({
    page,
  }) => {
    await page.goto('/ru/?event=jmg-office-arson');
    await appRunning(page);
    await page.getByRole('searchbox', { name: 'Поиск по событиям' }).fill('JMG');
    const filters = page.getByRole('button', { name: 'Фильтры (включено: 1)' });
    await expect(filters).toHaveText('Фильтры (1)');
    await expect(page.getByRole('button', { name: 'Сбросить фильтры' })).toHaveText('Сбросить');
    // An actor chosen as well: its count is short to see, whole to hear.
    const actor = page.locator('.facet summary').first();
    await actor.click();
    await page.locator('.facet input[type="checkbox"]').first().check();
    await actor.click();
    await expect(actor).toHaveText('Кто назван (1)');
    await expect(actor).toHaveAccessibleName('Кто назван (выбрано: 1)');
    await expect(page.getByRole('button', { name: 'Фильтры (включено: 2)' })).toHaveText(
      'Фильтры (2)',
    );
    // A row starts wherever a control's top is more than 20 px below the one before it.
    const rows = await page.evaluate(() => {
      const tops = [
        ...document.querySelectorAll<HTMLElement>('.timeline-bar :is(button, summary, input)'),
      ]
        .filter((control) => control.checkVisibility())
        .map((control) => control.getBoundingClientRect().top)
        .sort((a, b) => a - b);
      return tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > 20).length;
    });
    expect(rows).toBeLessThanOrEqual(2);
  });
});
