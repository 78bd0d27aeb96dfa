import { expect, test } from '@playwright/test';
import { dayEvent, type TestDataset } from './support/datasets.ts';

/** 1,000 events, one every nine hours from 1 January 2000: too many to draw one by one. */
function denseDataset(): TestDataset {
  const kinds = ['violence', 'threat', 'police-action'];
  const events = Array.from({ length: 1000 }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 9) / 24) * 86_400_000).toISOString().slice(0, 10);
    return { ...dayEvent(`event-${i}`, day, `Event number ${i}`, 'p1', 'Something happened'), kind: kinds[i % 3] ?? 'violence' };
  });
  return {
    document: {
      title: 'A dense archive',
      date: '2001-01-01',
      timeZone: 'UTC',
      organisations: [],
      paragraphs: [{ id: 'p1', text: 'Something happened.' }],
    },
    events,
  };
}

test('a dense dataset is drawn as counts per period, and a count zooms into its period', async ({ page }) => {
  await page.route('**/dense.json', (route) => route.fulfill({ json: denseDataset() }));
  await page.goto('/?data=dense.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A dense archive');
  const clusters = page.locator('.vis-item.is-cluster');
  await expect(clusters.first()).toBeVisible();
  const counts = await clusters.locator('.item-label').allTextContents();
  expect(counts.reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0)).toBe(1000);

  // A count opens its period: the window narrows from the whole year to a few weeks.
  await clusters.filter({ has: page.locator('.item-label') }).first().click();
  const spanDays = () => {
    const params = new URL(page.url()).searchParams;
    return (Date.parse(params.get('end') ?? '') - Date.parse(params.get('start') ?? '')) / 86_400_000;
  };
  await expect.poll(spanDays).toBeLessThan(90);
  // Closer in, the events are drawn one by one.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.vis-item.vis-point .item-label', { hasText: /^Event number \d+$/ }).first()).toBeVisible();
  await expect(clusters).toHaveCount(0);
});

test('a long event list renders what is in view and stays a keyboard-usable list', async ({ page }) => {
  await page.route('**/dense.json', (route) => route.fulfill({ json: denseDataset() }));
  await page.goto('/?data=dense.json');
  const list = page.getByRole('navigation', { name: /Events in order/ });
  await expect(list.getByRole('heading')).toContainText('(1,000)');
  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '1000');

  await list.getByRole('button', { name: /Event number 0\b/ }).focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('button', { name: /Event number 999\b/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toHaveAccessibleName('Event number 999');
  await page.keyboard.press('Home');
  await expect(list.getByRole('button', { name: /Event number 0\b/ })).toBeFocused();
});
