import { expect, test, type Page } from '@playwright/test';

async function appRunning(page: Page) {
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
}

/** Every label drawn in the timeline's visible part: its box, the part's box, and whether it is cut. */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.event-timeline .vis-panel.vis-center');
    if (panel === null) throw new Error('no drawing');
    const area = panel.getBoundingClientRect();
    return [...panel.querySelectorAll<HTMLElement>('.vis-item .item-label')]
      .filter((label) => label.getClientRects().length > 0)
      .map((label) => {
        const box = label.getBoundingClientRect();
        return {
          text: label.textContent,
          inside: box.left >= area.left && box.right <= area.right,
          cut: label.scrollWidth > label.clientWidth,
        };
      });
  });
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const { lang, path } of [
    { lang: 'English', path: '/' },
    { lang: 'Russian', path: 'ru/' },
  ]) {
    test(`every label of the default view is drawn whole inside the timeline (${lang})`, async ({
      page,
    }) => {
      await page.goto(path);
      await appRunning(page);
      const labels = await drawnLabels(page);
      expect(labels.length).toBeGreaterThanOrEqual(20);
      expect(labels.filter((l) => !l.inside || l.cut)).toEqual([]);
    });
  }

  test('with an event open the toolbar keeps its controls apart and clear of the drawing', async ({
    page,
  }) => {
    await page.goto('event/jmg-office-arson/');
    await appRunning(page);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.timeline-bar button, .timeline-bar summary')]
        .concat([...document.querySelectorAll<HTMLElement>('.timeline-bar input[type=search]')])
        .filter((e) => e.checkVisibility({ visibilityProperty: true }))
        .map((e) => {
          const r = e.getBoundingClientRect();
          return {
            name: `${e.textContent || e.getAttribute('aria-label')} ${Math.round(r.top)}-${Math.round(r.bottom)} ${Math.round(r.left)}-${Math.round(r.right)}`,
            r: r.toJSON() as DOMRect,
          };
        }),
    );
    const timelineTop = await page
      .locator('.event-timeline')
      .evaluate((e) => e.getBoundingClientRect().top);
    const panelLeft = await page
      .getByRole('complementary')
      .evaluate((e) => e.getBoundingClientRect().left);
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      if (a.r.bottom > timelineTop || a.r.right > panelLeft) overlaps.push(`${a.name} / drawing`);
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.r.right <= b.r.left ||
          b.r.right <= a.r.left ||
          a.r.bottom <= b.r.top ||
          b.r.bottom <= a.r.top;
        if (!apart) overlaps.push(`${a.name} / ${b.name}`);
      }
    }
    expect(overlaps).toEqual([]);
    // Two rows at most: the filters, then the timeline's controls.
    const rows = new Set(boxes.map((b) => Math.round(b.r.top / 10)));
    expect(rows.size).toBeLessThanOrEqual(3);
  });
});
