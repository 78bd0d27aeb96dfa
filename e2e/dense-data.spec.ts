import { expect, test, type Locator, type Page } from '@playwright/test';
import { dayEvent, type TestDataset } from './support/datasets.ts';

/** 1,000 events, one every nine hours from 1 January 2000: too many to draw one by one. */
function denseDataset(): TestDataset {
  const kinds = ['violence', 'threat', 'police-action'];
  const events = Array.from({ length: 1000 }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 9) / 24) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return {
      ...dayEvent(`event-${i}`, day, `Event number ${i}`, 'p1', 'Something happened'),
      kind: kinds[i % 3] ?? 'violence',
    };
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

test('a dense dataset is drawn as counts per period, and a count zooms into its period', async ({
  page,
}) => {
  await page.route('**/dense.json', (route) => route.fulfill({ json: denseDataset() }));
  await page.goto('/?data=dense.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A dense archive');
  const clusters = page.locator('.vis-item.is-cluster');
  await expect(clusters.first()).toBeVisible();
  const counts = await clusters.locator('.item-label').allTextContents();
  expect(counts.reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0)).toBe(1000);

  // A count opens its period: the window narrows from the whole year to a few weeks. The
  // periods are counted from before the window's start, so the first may lie mostly under the
  // lanes' names at the left edge; the reader clicks one drawn whole in the drawing.
  const drawing = await page.locator('.vis-panel.vis-center').boundingBox();
  if (!drawing) throw new Error('the drawing has no box');
  const labelled = clusters.filter({ has: page.locator('.item-label') });
  let whole: Locator | undefined;
  for (const cluster of await labelled.all()) {
    const box = await cluster.boundingBox();
    if (box && box.x >= drawing.x && box.x + box.width <= drawing.x + drawing.width) {
      whole = cluster;
      break;
    }
  }
  if (!whole) throw new Error('no count is drawn whole in the drawing');
  await whole.click();
  const spanDays = () => {
    const params = new URL(page.url()).searchParams;
    return (
      (Date.parse(params.get('end') ?? '') - Date.parse(params.get('start') ?? '')) / 86_400_000
    );
  };
  await expect.poll(spanDays).toBeLessThan(90);
  // Closer in, the events are drawn one by one. Each zoom is let settle into the link first.
  for (let step = 0; step < 2; step += 1) {
    const before = spanDays();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(spanDays).toBeLessThan(before);
  }
  await expect(
    page.locator('.vis-item.vis-point .item-label', { hasText: /^Event number \d+$/ }).first(),
  ).toBeVisible();
  await expect(clusters).toHaveCount(0);
});

test('a long event list renders what is in view and stays a keyboard-usable list', async ({
  page,
}) => {
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

/**
 * Opens `path`, whose dataset `file` the test answers through a route, with the page's clock
 * paused until the dataset has arrived. Megabytes through the test's connection to the browser
 * take a while on a busy machine; the app's ten-second limit on a silent request counts on the
 * page's clock, so that wait is never mistaken for a server that fell silent.
 */
async function openHoldingTheClock(page: Page, path: string, file: string) {
  const arrived = page.waitForEvent('requestfinished', (request) =>
    request.url().endsWith(`/${file}`),
  );
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 60_000);
  await page.goto(path);
  await arrived;
  await page.clock.resume();
}

/**
 * 10,000 paragraphs, 2,000 events quoting one of them and 300 spans of three months: a letter
 * far beyond the letter's size, and a timeline past each of the drawing's limits (over 800
 * events near the view, over 200 items, over 8 spans to draw one by one). More events only
 * take longer to load; to-timeline-items.test.ts counts 3,000 spans in a unit test.
 */
function longDocumentDataset(): TestDataset {
  const paragraphs = Array.from({ length: 10_000 }, (_, i) => ({
    id: `p${i + 1}`,
    text: `Paragraph ${i + 1} says that on day ${i % 28} something happened in the town.`,
  }));
  // Numbered sentences, so that every quote occurs once (an ambiguous quote is refused).
  const sentences = Array.from(
    { length: 200 },
    (_, k) => `The crowd gathered, time ${String(k).padStart(3, '0')}. `,
  );
  const crowded = { id: 'p9000', text: `${sentences.join('')}The end.` };
  paragraphs[8999] = crowded;
  const events = Array.from({ length: 2_000 }, (_, i) => {
    const day = `2014-12-${String((i % 28) + 1).padStart(2, '0')}`;
    const quote = sentences
      .slice(i % 190, (i % 190) + 1 + (i % 5))
      .join('')
      .trim();
    return dayEvent(`event-${i}`, day, `Event number ${i}`, 'p9000', quote);
  });
  const spans = Array.from({ length: 300 }, (_, i) => {
    const start = `2014-${String((i % 9) + 1).padStart(2, '0')}-01`;
    const end = `2014-${String((i % 9) + 4).padStart(2, '0')}-01`;
    return {
      ...dayEvent(`span-${i}`, start, `Span number ${i}`, 'p1', 'Paragraph 1 says'),
      edtf: `${start}/${end}`,
      end,
      precision: 'days',
      kind: 'harassment',
    };
  });
  return {
    document: {
      title: 'A long archive',
      date: '2015-01-01',
      timeZone: 'UTC',
      organisations: [],
      paragraphs,
    },
    events: [...events, ...spans],
  };
}

test('a 10,000-paragraph document opens at its paragraph and renders what is in view; long spans are counted, not drawn one by one', async ({
  page,
}) => {
  const body = JSON.stringify(longDocumentDataset());
  await page.route('**/long.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.clock.install();
  await openHoldingTheClock(page, '/?data=long.json&start=2014-01-01&end=2015-01-01', 'long.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A long archive', {
    timeout: 100_000,
  });
  await expect(page.locator('.vis-item.is-cluster').first()).toBeVisible();
  expect(await page.locator('.vis-item.vis-range:not(.is-cluster)').count()).toBeLessThanOrEqual(8);
  expect(
    await page.locator('.vis-item.vis-range, .vis-item.vis-point, .vis-item.vis-box').count(),
  ).toBeLessThanOrEqual(200);

  await page.getByRole('button', { name: 'Read the document' }).click();
  const reader = page.getByRole('region', { name: 'The document' });
  await expect(reader.getByRole('listitem').first()).toHaveText(/^Paragraph 1 says/);
  const rendered = await reader.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(1);
  expect(rendered).toBeLessThan(60);

  await openHoldingTheClock(page, '/?data=long.json&read=p9000', 'long.json');
  const target = reader.locator('li[data-paragraph="p9000"]');
  await expect(target).toBeFocused({ timeout: 100_000 });
  await expect(target).toHaveAttribute('value', '9000');
  await target.getByRole('link').first().click();
  await expect(page.getByRole('complementary')).toHaveAccessibleName(/^Event number \d+$/);
});

/** 1,000 events whose titles are 500 words each: a few megabytes of text to index. */
function longTitlesDataset(): TestDataset {
  const words = (seed: number) =>
    Array.from({ length: 500 }, (_, i) => `w${(i * 7919 + seed * 104_729) % 1_000_003}x`).join(' ');
  const events = Array.from({ length: 1000 }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const title = i === 500 ? `Arson ${words(i)}` : words(i);
    return dayEvent(`event-${i}`, day, title, 'p1', 'Something happened');
  });
  return {
    document: {
      title: 'An archive of long titles',
      date: '2003-01-01',
      timeZone: 'UTC',
      organisations: [],
      paragraphs: [{ id: 'p1', text: 'Something happened.' }],
    },
    events,
  };
}

test('a search of 1,000 events with 500-word titles builds its index in the background and finds the one event', async ({
  page,
}) => {
  const body = JSON.stringify(longTitlesDataset());
  await page.route('**/long-titles.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.clock.install();
  await openHoldingTheClock(page, '/?data=long-titles.json', 'long-titles.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An archive of long titles', {
    timeout: 100_000,
  });
  await page.getByRole('searchbox', { name: 'Search events' }).fill('arso');
  const list = page.getByRole('navigation', { name: /Events in order/ });
  await expect(list.locator('button[data-event-id]')).toHaveCount(1, { timeout: 100_000 });
  await expect(list.locator('button[data-event-id="event-500"]')).toBeVisible();
});
