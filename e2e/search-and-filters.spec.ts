import { expect, test, type Page } from '@playwright/test';
import { dayEvent, type TestDataset } from './support/datasets.ts';
import { expectNoHorizontalScroll } from './support/guards.ts';

/** A small archive with its own vocabulary of kinds, one of them too pale to see as given. */
function archive(): TestDataset {
  const paragraphs = [
    { id: 'p1', text: 'On 2 March police searched the office of the monitors in Grozny.' },
    { id: 'p2', text: 'On 3 March Igor Kalyapin received threats by telephone.' },
    { id: 'p3', text: 'On 5 March a crowd protested outside the court in Moscow.' },
    { id: 'p4', text: 'On 6 March the court heard the complaint of the monitors.' },
    { id: 'p5', text: '7 марта Игорь Каляпин дал интервью.' },
    { id: 'p6', text: 'On 8 March unknown men set fire to a car in Grozny.' },
  ];
  const event = (
    id: string,
    day: string,
    title: string,
    p: string,
    quote: string,
    kind: string,
    place: string,
    actors: string[],
  ) => ({
    ...dayEvent(id, day, title, p, quote),
    kind,
    place,
    actors,
  });
  return {
    document: {
      title: 'A monitoring archive',
      date: '2015-03-10',
      timeZone: 'Europe/Moscow',
      organisations: [],
      paragraphs,
    },
    kinds: [
      { id: 'search', label: 'Search', color: '#1d4ed8' },
      { id: 'threat', label: 'Threat', color: '#9a3412' },
      { id: 'protest', label: 'Protest', description: 'Gatherings and marches', color: '#ffe066' },
      { id: 'hearing', label: 'Court hearing' },
      // An id that is also a name the app gives its own parts: it colours its own kind only.
      { id: 'swatch', label: 'Interview', color: '#0f766e' },
      { id: 'arson', label: 'Arson', color: '#b42318' },
    ],
    events: [
      event(
        'office-search',
        '2015-03-02',
        'Police search the monitors’ office',
        'p1',
        'police searched the office',
        'search',
        'Grozny',
        ['Police'],
      ),
      event(
        'phone-threats',
        '2015-03-03',
        'Kalyapin threatened by telephone',
        'p2',
        'Igor Kalyapin received threats',
        'threat',
        'Moscow',
        ['Igor Kalyapin'],
      ),
      event(
        'court-protest',
        '2015-03-05',
        'Protest outside the court',
        'p3',
        'a crowd protested outside the court',
        'protest',
        'Moscow',
        ['Residents'],
      ),
      event(
        'complaint-heard',
        '2015-03-06',
        'The court hears the monitors’ complaint',
        'p4',
        'the court heard the complaint',
        'hearing',
        'Moscow',
        ['A district court', 'Igor Kalyapin'],
      ),
      event(
        'interview',
        '2015-03-07',
        'Каляпин даёт интервью',
        'p5',
        'Игорь Каляпин дал интервью',
        'swatch',
        'Москва',
        ['Игорь Каляпин'],
      ),
      event(
        'car-arson',
        '2015-03-08',
        'A car is set on fire in Grozny',
        'p6',
        'unknown men set fire to a car',
        'arson',
        'Grozny',
        ['Unknown men'],
      ),
    ],
  };
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search events' });
const eventList = (page: Page) => page.getByRole('navigation', { name: /Events in order/ });
const listHeading = (page: Page) => eventList(page).getByRole('heading');
const entries = (page: Page) => eventList(page).getByRole('listitem');
const legend = (page: Page) => page.getByRole('group', { name: 'Legend' });
const panel = (page: Page) => page.getByRole('complementary');
const params = (page: Page) => new URL(page.url()).searchParams;
const historyLength = (page: Page) => page.evaluate(() => history.length);

async function serveArchive(page: Page) {
  await page.route('**/archive.json', (route) => route.fulfill({ json: archive() }));
}

test('searching, filtering and stepping through matches in a dataset with its own kinds, kept in the link through Back, Forward and reload', async ({
  page,
  browser,
}) => {
  await serveArchive(page);
  await page.goto('/?data=archive.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A monitoring archive');

  // The vocabulary is the dataset's: its labels on the legend's toggles and on the lanes, a
  // colour too pale to see replaced, and said so.
  for (const name of [
    'Search (1)',
    'Threat (1)',
    'Protest (1)',
    'Court hearing (1)',
    'Interview (1)',
    'Arson (1)',
  ]) {
    await expect(legend(page).getByRole('button', { name })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  }
  await expect(
    page.locator('.vis-labelset .vis-label', { hasText: 'Court hearing' }),
  ).toBeVisible();
  await expect(
    page.getByText(/The colour #ffe066 that the dataset gives the kind “Protest” is too light/),
  ).toBeVisible();
  const protestColour = await legend(page)
    .getByRole('button', { name: /Protest/ })
    .locator('.kind-swatch')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(protestColour).not.toBe('rgb(255, 224, 102)');
  expect(protestColour).toMatch(/^rgb\(/);
  const swatchOf = (name: RegExp) =>
    legend(page)
      .getByRole('button', { name })
      .locator('.kind-swatch')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await swatchOf(/Search/)).toBe('rgb(29, 78, 216)');
  expect(await swatchOf(/Interview/)).toBe('rgb(15, 118, 110)');

  // Searching: by word prefix, in titles and actors, without case or accents; the link's entry is replaced.
  const before = await historyLength(page);
  await search(page).fill('KÁLYAP');
  await expect(listHeading(page)).toHaveText('Events in order (2 of 6 events)');
  await expect(entries(page)).toHaveCount(2);
  await expect(eventList(page).locator('mark')).toHaveText(['Kalyapin']);
  await expect(page.getByRole('status').filter({ hasText: '2 of 6 events' })).toBeAttached();
  await expect.poll(() => params(page).get('q')).toBe('KÁLYAP');
  expect(await historyLength(page)).toBe(before);
  await expect(page.locator('.vis-item.vis-point')).toHaveCount(2);

  // Another script.
  await search(page).fill('каляп');
  await expect(listHeading(page)).toHaveText('Events in order (1 of 6 events)');
  await expect(eventList(page).locator('mark')).toHaveText(['Каляпин']);
  await expect.poll(() => params(page).get('q')).toBe('каляп');

  // A kind narrows the search (AND); toggling it adds a history entry.
  await search(page).fill('kalyap');
  await expect.poll(() => params(page).get('q')).toBe('kalyap');
  await legend(page)
    .getByRole('button', { name: /Threat/ })
    .click();
  await expect(legend(page).getByRole('button', { name: /Threat/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(listHeading(page)).toHaveText('Events in order (1 of 6 events)');
  expect(page.url()).toMatch(/\?data=archive\.json&q=kalyap&kind=threat$/);
  // Only the lane of the kind shown is left.
  await expect(page.locator('.vis-labelset .vis-label')).toHaveText(['Threat']);
  await page.goBack();
  await expect(legend(page).getByRole('button', { name: /Threat/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(listHeading(page)).toHaveText('Events in order (2 of 6 events)');
  await expect(search(page)).toHaveValue('kalyap');
  await page.goForward();
  await expect(listHeading(page)).toHaveText('Events in order (1 of 6 events)');

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(listHeading(page)).toHaveText('Events in order (6)');
  await expect(search(page)).toHaveValue('');
  expect(params(page).get('q')).toBeNull();

  // Places add up within their facet (OR); the steps go through matching events only.
  // The facet is a disclosure (<summary>), which has no ARIA role of its own to find it by.
  await page.locator('summary', { hasText: 'Place' }).click();
  await page.getByRole('checkbox', { name: 'Grozny (2)' }).check();
  await expect(listHeading(page)).toHaveText('Events in order (2 of 6 events)');
  // A mouse press on a choice's words (not its box) ticks it and leaves the popup open; it
  // once closed the popup mid-press and crashed the page's renderer.
  await page
    .getByRole('checkbox', { name: 'Москва (1)' })
    .locator('..')
    .getByText('Москва')
    .click();
  await expect(page.getByRole('checkbox', { name: 'Москва (1)' })).toBeChecked();
  await expect(listHeading(page)).toHaveText('Events in order (3 of 6 events)');
  await page.getByRole('checkbox', { name: 'Москва (1)' }).uncheck();
  await expect(listHeading(page)).toHaveText('Events in order (2 of 6 events)');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(panel(page)).toHaveAccessibleName('Police search the monitors’ office');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(panel(page)).toHaveAccessibleName('A car is set on fire in Grozny');
  // The single-key shortcuts act where focus is in the timeline or the list.
  await page.getByRole('button', { name: 'Previous event' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(panel(page)).toHaveAccessibleName('Police search the monitors’ office');
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toHaveAccessibleName('A car is set on fire in Grozny');

  // A filter that hides the open event leaves it open, and the panel says so.
  await legend(page)
    .getByRole('button', { name: /Search/ })
    .click();
  await expect(listHeading(page)).toHaveText('Events in order (1 of 6 events)');
  await expect(panel(page)).toHaveAccessibleName('A car is set on fire in Grozny');
  await expect(panel(page)).toContainText('This event is outside the current search and filters');

  // The filtered view is a link: it reloads and opens the same elsewhere.
  const url = page.url();
  expect(url).toMatch(/\?data=archive\.json&event=car-arson&kind=search&place=Grozny/);
  await page.reload();
  await expect(listHeading(page)).toHaveText('Events in order (1 of 6 events)');
  await expect(panel(page)).toContainText('This event is outside the current search and filters');
  await expect(legend(page).getByRole('button', { name: /Search/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await serveArchive(fresh);
  await fresh.goto(url);
  await expect(listHeading(fresh)).toHaveText('Events in order (1 of 6 events)');
  await expect(panel(fresh)).toHaveAccessibleName('A car is set on fire in Grozny');
  await other.close();
});

test('no matches say so and offer to clear; bad filter values in a link are dropped with a notice', async ({
  page,
}) => {
  await page.goto('/?q=zzzqqq');
  await expect(eventList(page).getByText('No events match the search and filters.')).toBeVisible();
  await expect(page.locator('.vis-item')).toHaveCount(0);
  await eventList(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(listHeading(page)).toHaveText(/^Events in order \(\d+\)$/);
  expect(params(page).get('q')).toBeNull();
  await expect(page.locator('.vis-item').first()).toBeVisible();

  // 10,010 characters of regex metacharacters around a name: text, cut to its first 200.
  const longSearch = '(Kalyapin)*'.repeat(910);
  await page.goto(
    `/?kind=flood&kind=%3Cscript%3E&actor=Nobody&place=Atlantis&q=${encodeURIComponent(longSearch)}`,
  );
  await expect(
    page.getByText(
      'The link asks for the kind “flood”, which no event in this dataset has, so it was left out.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText(/The link asks for the kind “<script>”, which is not a valid kind id/),
  ).toBeVisible();
  await expect(page.getByText(/The link asks for the actor “Nobody”/)).toBeVisible();
  await expect(page.getByText(/The link asks for the place “Atlantis”/)).toBeVisible();
  await expect(
    page.getByText(
      'The search text in the link was 10010 characters long; only its first 200 are searched for.',
    ),
  ).toBeVisible();
  await expect(search(page)).toHaveValue(longSearch.slice(0, 200));
  await expect(listHeading(page)).toHaveText(/^Events in order \(\d+ of \d+ events\)$/);
  const marks = await eventList(page).locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  // The cut leaves "…(Kalyapin)*(K": the words are "kalyapin" and "k", matched as word prefixes.
  expect(marks).toContain('Kalyapin');
  expect(marks.every((m) => /^k/i.test(m))).toBe(true);
  // Unknown kinds do not narrow: every kind's toggle is unpressed.
  await expect(legend(page).getByRole('button', { pressed: true })).toHaveCount(0);
});

test('search and filters work at phone width by touch', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await serveArchive(page);
  await page.goto('/?data=archive.json');
  // On a phone the filters start closed, under their button, so that the timeline comes first.
  const filtersButton = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'false');
  await expect(search(page)).toBeHidden();
  await filtersButton.tap();
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'true');
  await search(page).tap();
  await search(page).fill('court');
  await expect(listHeading(page)).toHaveText('Events in order (2 of 6 events)');
  await legend(page)
    .getByRole('button', { name: /Court hearing/ })
    .tap();
  await expect(listHeading(page)).toHaveText('Events in order (1 of 6 events)');
  await expect(page).toHaveURL(/q=court&kind=hearing/);
  await eventList(page)
    .getByRole('button', { name: /The court hears/ })
    .tap();
  await expect(panel(page)).toHaveAccessibleName('The court hears the monitors’ complaint');
  await expectNoHorizontalScroll(page);

  // A link that narrows the view opens with the filters shown, saying how many are on.
  await page.goto('/?data=archive.json&q=court');
  await expect(page.getByRole('button', { name: 'Filters (1 active)' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(search(page)).toHaveValue('court');
  await expect(search(page)).toBeInViewport();
  await context.close();
});
