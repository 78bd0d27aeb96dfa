import { expect, test, type Page } from '@playwright/test';

const ARSON_QUOTE =
  'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.';

async function openApp(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Joint Letter to President Putin',
  );
  await expect(page.locator('.vis-item').first()).toBeVisible();
}

const eventList = (page: Page) => page.getByRole('navigation', { name: /Events in order/ });
const panel = (page: Page) => page.getByRole('complementary');

test('a reader sees the events, opens one from the timeline and from the list, and reads its words', async ({
  page,
}) => {
  await openApp(page);
  await expect(
    page.getByText('Amnesty International · Front Line Defenders · Human Rights Watch'),
  ).toBeVisible();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(20);

  // From the timeline.
  await page
    .locator('.vis-item', { hasText: 'JMG office burned in apparent arson' })
    .first()
    .click();
  await expect(panel(page)).toHaveAccessibleName(
    'JMG office destroyed by fire in an apparent arson attack',
  );
  await expect(panel(page).locator('blockquote mark')).toHaveText(ARSON_QUOTE);
  await expect(panel(page)).toContainText('13 December 2014');
  await expect(panel(page)).toContainText('the source says “In the evening”');
  await expect(panel(page)).toContainText('Paragraph 5');
  await expect(
    eventList(page).getByRole('button', { name: /JMG office destroyed/ }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(
    page.locator('.vis-item.vis-selected', { hasText: 'JMG office burned' }),
  ).toHaveCount(1);

  // The timeline and the highlighted quote are on screen together at 1280×800.
  await expect(panel(page).locator('mark')).toBeInViewport();
  await expect(page.locator('.vis-timeline')).toBeInViewport();

  // From the list.
  await eventList(page)
    .getByRole('button', { name: /Deadly insurgent attack/ })
    .click();
  await expect(panel(page)).toHaveAccessibleName('Deadly insurgent attack on Grozny');
  await expect(panel(page).locator('mark')).toHaveText(
    'a deadly insurgent attack on Grozny on 4 December, during which 14 policemen and at least one civilian, as well as 11 attackers, were killed',
  );
  await expect(
    page.locator('.vis-item.vis-selected', { hasText: 'Deadly insurgent attack' }),
  ).toHaveCount(1);

  // The threats are cited from the paragraph that tells of them, not from the letter's general
  // first paragraph.
  await eventList(page)
    .getByRole('button', { name: /Kalyapin has been getting threatening/ })
    .click();
  await expect(panel(page).locator('blockquote')).toHaveCount(1);
  await expect(panel(page)).toContainText('Paragraph 7');
  await expect(panel(page)).not.toContainText(/Paragraph 1(?!\d)/);
  await expect(panel(page)).toContainText('inferred');
  // An event that cites several lines shows each: the letter's heading and closing lines.
  await eventList(page)
    .getByRole('button', { name: /Joint letter to President Putin/ })
    .click();
  await expect(panel(page).locator('blockquote')).toHaveCount(3);
  await expect(panel(page)).toContainText('Heading line');
  await expect(panel(page)).toContainText('Closing line');
});

test('the letter reader opens at the cited paragraph, and its marked words open their events', async ({
  page,
}) => {
  await openApp(page, '?event=jmg-office-arson');
  await panel(page).getByRole('button', { name: 'Read in the letter' }).click();
  await expect(page).toHaveURL(/read=p8/);
  const reader = page.getByRole('region', { name: 'The letter' });
  await expect(reader).toBeVisible();
  await expect(reader.getByRole('listitem')).toHaveCount(18);
  const target = reader.locator('li[data-paragraph="p8"]');
  await expect(target).toBeInViewport();
  await expect(target.locator('mark.is-current')).toHaveText(ARSON_QUOTE);

  // A marked span in another paragraph opens its event and moves the timeline to it.
  await reader.getByRole('link', { name: /On 14 December, several Chechen police/ }).click();
  await expect(reader).toBeHidden();
  await expect(panel(page)).toHaveAccessibleName(
    'Chechen police officials forcibly enter the JMG’s apartment in Grozny and search two JMG members',
  );
  await expect(
    page.locator('.vis-item.vis-selected', { hasText: 'Police forcibly enter JMG apartment' }),
  ).toBeVisible();

  // Back returns to the reader, and again to the first event.
  await page.goBack();
  await expect(reader).toBeVisible();
  await page.goBack();
  await expect(reader).toBeHidden();
  await expect(panel(page)).toHaveAccessibleName(
    'JMG office destroyed by fire in an apparent arson attack',
  );
});

test('a keyboard-only reader can step through the events, zoom, open the letter and close', async ({
  page,
}) => {
  await openApp(page);
  // The single-key shortcuts act only where focus is in the timeline, the list or the panel.
  await page.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toHaveAccessibleName(
    'The activists of the Joint Mobile Group work in the region',
  );
  // Kadyrov's similar statements start on 4 December too, and come first in the letter.
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toHaveAccessibleName(
    'Ramzan Kadyrov makes similar statements on television and through social media',
  );
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toHaveAccessibleName('Deadly insurgent attack on Grozny');
  await page.keyboard.press('ArrowLeft');
  await expect(panel(page)).toHaveAccessibleName(
    'Ramzan Kadyrov makes similar statements on television and through social media',
  );
  await page.keyboard.press('ArrowLeft');
  await expect(panel(page)).toHaveAccessibleName(
    'The activists of the Joint Mobile Group work in the region',
  );

  const before = new URL(page.url()).searchParams;
  expect(before.get('start')).not.toBeNull();
  await page.keyboard.press('+');
  await expect
    .poll(() => new URL(page.url()).searchParams.get('start'))
    .not.toBe(before.get('start'));

  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  // Focus returns to the closed event's entry in the list.
  await expect(
    eventList(page).getByRole('button', { name: /The activists of the Joint Mobile Group/ }),
  ).toBeFocused();

  // Tab through the list to an event and open it with Enter.
  await page.keyboard.press('Tab');
  await expect(
    eventList(page).getByRole('button', { name: /Ramzan Kadyrov makes similar statements/ }),
  ).toBeFocused();
  // ↓ and ↑ move through the list.
  await page.keyboard.press('ArrowDown');
  await expect(
    eventList(page).getByRole('button', { name: /Deadly insurgent attack/ }),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    eventList(page).getByRole('button', { name: /Ramzan Kadyrov’s statement promising/ }),
  ).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(
    eventList(page).getByRole('button', { name: /Deadly insurgent attack/ }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAccessibleName('Deadly insurgent attack on Grozny');

  // With nothing open, "Previous event" opens the last event.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await page.getByRole('button', { name: 'Previous event' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAccessibleName(
    'Russia’s leadership has repeatedly pledged to foster a normal working climate for human rights defenders',
  );
  await page.getByRole('button', { name: 'Read the letter' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'The letter' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'The letter' })).toBeHidden();
  await expect(panel(page)).toHaveAccessibleName(
    'Russia’s leadership has repeatedly pledged to foster a normal working climate for human rights defenders',
  );
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the page does not scroll sideways and the open quote is on screen', async ({ page }) => {
    await openApp(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.vis-item', { hasText: 'Deadly insurgent attack' }).first().tap();
    await expect(panel(page)).toHaveAccessibleName('Deadly insurgent attack on Grozny');
    await expect(panel(page).locator('mark')).toBeInViewport();
    await expect(page.locator('.vis-timeline')).toBeInViewport();
    await eventList(page)
      .getByRole('button', { name: /JMG office destroyed/ })
      .click();
    await expect(panel(page).locator('mark')).toHaveText(ARSON_QUOTE);
    await expect(panel(page).locator('mark')).toBeInViewport();
    // The sheet scrolls to the words at the end of a long paragraph; the title stays readable
    // above them (pinned to the sheet's top), not scrolled away.
    const title = panel(page).getByRole('heading', { level: 2 });
    await expect(title).toBeInViewport({ ratio: 1 });
    const [titleBox, markBox] = await Promise.all([
      title.boundingBox(),
      panel(page).locator('mark').boundingBox(),
    ]);
    if (!titleBox || !markBox) throw new Error('The title or the quoted words have no box.');
    expect(titleBox.y + titleBox.height).toBeLessThanOrEqual(markBox.y);
    expect(
      await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('h2')?.id ?? '', [
        titleBox.x + 4,
        titleBox.y + titleBox.height / 2,
      ] as const),
    ).toBe('source-panel-title');
    const overflowAfter = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflowAfter).toBeLessThanOrEqual(0);
  });
});

for (const timezoneId of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
  test.describe(`in the ${timezoneId} time zone`, () => {
    test.use({ timezoneId });

    test('the arson is on 13 December everywhere it is shown', async ({ page }) => {
      await openApp(page, '?event=jmg-office-arson');
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        timezoneId,
      );
      await expect(panel(page)).toContainText('13 December 2014');
      await expect(
        eventList(page).getByRole('button', { name: /JMG office destroyed/ }),
      ).toContainText('13 December 2014');
      // The axis ticks every other day; the dots of all three events of 13 December (drawn
      // early, mid and late in the day, in the letter's order) sit within the day marked "13".
      const label13 = await page
        .locator('.vis-time-axis .vis-text.vis-minor', { hasText: /^13$/ })
        .boundingBox();
      const label15 = await page
        .locator('.vis-time-axis .vis-text.vis-minor', { hasText: /^15$/ })
        .boundingBox();
      if (!label13 || !label15) throw new Error('The axis does not show 13 and 15 December.');
      const day = (label15.x - label13.x) / 2;
      for (const title of [
        'Banners at Grozny demonstration',
        'Attempted break-in at JMG apartment',
        'JMG office burned in apparent arson',
      ]) {
        const dot = await page
          .locator('.vis-item.vis-point', { hasText: title })
          .locator('.vis-dot')
          .boundingBox();
        if (!dot) throw new Error(`No dot for ${title}`);
        const centre = dot.x + dot.width / 2;
        expect(centre, title).toBeGreaterThan(label13.x);
        expect(centre, title).toBeLessThan(label13.x + day);
      }
    });
  });
}
