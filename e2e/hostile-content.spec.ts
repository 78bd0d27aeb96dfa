import { expect, test, type Page } from '@playwright/test';
import {
  HOSTILE,
  HOSTILE_PARAGRAPHS,
  hostileDataset,
  smallDataset,
  type TestDataset,
  type TestEvent,
} from './support/datasets.ts';
import {
  expectIsolated,
  expectNoHorizontalScroll,
  fulfillJson,
  injectedElements,
  recordDialogs,
} from './support/guards.ts';

/** Text outside the page (title, clipboard) cannot be isolated by the DOM: its overrides become spaces. */
const withoutOverrides = (text: string) => text.replaceAll('\u202E', ' ');
/**
 * The page title: each field plain, its overrides neutralised (spaces), with no invisible
 * isolates around it (some synthesizers and braille tables render them).
 */
const titleOf = (...fields: string[]) =>
  fields
    .map((f) => withoutOverrides(f))
    .join(' — ')
    .replace(/ +/g, ' ');
/** No embedding, override or isolate is left in the title to reorder the tab's text. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
async function expectTitle(page: Page, expected: string) {
  const title = await page.title();
  expect(title).toBe(expected);
  expect(title).not.toMatch(BIDI_CONTROLS);
}

/** Titles in the order the list shows them (by date). */
const TITLES = [
  HOSTILE.javascriptTitle,
  HOSTILE.htmlTitle,
  HOSTILE.bidiTitle,
  HOSTILE.longTitle,
  HOSTILE.markdownTitle,
];

async function openHostile(page: Page) {
  await page.route('**/hostile.json', fulfillJson(hostileDataset()));
  await page.goto('/?data=hostile.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.docTitle);
}

const eventList = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });
const panelFor = (page: Page, title: string) =>
  page.getByRole('complementary', { name: title, exact: true });
const reader = (page: Page) => page.getByRole('region', { name: 'The document' });

async function openFromList(page: Page, title: string) {
  await eventList(page).getByRole('button').filter({ hasText: title }).click();
  await expect(panelFor(page, title).getByRole('heading', { level: 2 })).toHaveText(title);
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('hostile dataset content', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('HTML, script, event handlers, javascript: and markdown are shown as inert text everywhere', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page);
    await openHostile(page);

    await expectTitle(page, `${titleOf(HOSTILE.docTitle)} — Source Timeline`);
    // The list shows every title, literally, in date order.
    await expect(eventList(page).locator('.entry-title')).toHaveText(TITLES);
    // The timeline draws each title as text.
    const labels = page.locator('.event-timeline .vis-item-content');
    await expect(labels.filter({ hasText: 'Arson at the office' })).toHaveText(HOSTILE.htmlTitle);
    await expect(labels.filter({ hasText: '[click]' })).toHaveText(HOSTILE.markdownTitle);
    await expect(labels.filter({ hasText: "alert('js')" })).toHaveText(HOSTILE.javascriptTitle);
    expect(await injectedElements(page)).toEqual([]);

    // The panel: title, date wording, place, actors, summary and the quote, all as text.
    await openFromList(page, HOSTILE.htmlTitle);
    const panel = panelFor(page, HOSTILE.htmlTitle);
    await expect(panel).toContainText(`the source says “${HOSTILE.htmlWording}”`);
    await expect(panel.getByRole('definition').filter({ hasText: 'Grozny' })).toHaveText(
      HOSTILE.htmlPlace,
    );
    await expect(panel.getByRole('definition').filter({ hasText: 'Actor' })).toHaveText(
      `${HOSTILE.htmlActor}, ${HOSTILE.bidiActor}`,
    );
    await expect(panel.locator('.summary')).toHaveText(HOSTILE.htmlSummary);
    await expect(panel.locator('blockquote mark')).toHaveText(HOSTILE.htmlQuote);
    await expect(panel.locator('blockquote')).toHaveText(HOSTILE_PARAGRAPHS.p1);
    await expectTitle(page, titleOf(HOSTILE.htmlTitle, HOSTILE.docTitle));
    expect(await injectedElements(page)).toEqual([]);

    // The citation is plain text: markup as it is, overrides turned into spaces, no invisible isolates.
    await panel.getByRole('button', { name: 'Cite' }).click();
    await expect(panel.getByRole('status')).toHaveText('Citation copied to the clipboard.');
    const citation = await readClipboard(page);
    expect(citation).toContain(`${HOSTILE.htmlTitle}, 13 December 2014\n`);
    // The quote has double marks of its own: single marks go round it.
    expect(citation).toContain(`‘${HOSTILE.htmlQuote}’ (paragraph 1)`);
    expect(citation).toContain(
      `${withoutOverrides(HOSTILE.organisation)}. ${withoutOverrides(HOSTILE.docTitle)}. 16 December 2014. ${HOSTILE.docReference}.`,
    );
    expect(citation).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.getByRole('status')).toHaveText('Link copied to the clipboard.');
    const link = new URL(await readClipboard(page));
    expect(link.origin).toBe(new URL(page.url()).origin);
    expect(link.searchParams.get('data')).toBe('hostile.json');
    expect(link.searchParams.get('event')).toBe('html-everywhere');

    // The letter reader shows the paragraphs as text, the quote as a link into its event.
    await panel.getByRole('button', { name: 'Read in the document' }).click();
    await expect(reader(page).locator('[data-paragraph="p1"] p')).toHaveText(HOSTILE_PARAGRAPHS.p1);
    await expect(
      reader(page).getByRole('link', { name: HOSTILE.htmlQuote, exact: true }),
    ).toBeVisible();
    await expect(reader(page).locator('[data-paragraph="p4"] p')).toHaveText(HOSTILE_PARAGRAPHS.p4);
    await expect(
      reader(page).getByRole('link', { name: HOSTILE.markdownQuote, exact: true }),
    ).toBeVisible();
    await expect(reader(page)).toContainText(
      `${HOSTILE.docTitle} · 16 December 2014 · ${HOSTILE.docReference}`,
    );
    expect(await injectedElements(page)).toEqual([]);

    // Markdown stays markdown; empty optional fields leave no empty rows.
    await reader(page).getByRole('link', { name: HOSTILE.markdownQuote, exact: true }).click();
    await expect(
      panelFor(page, HOSTILE.markdownTitle).getByRole('heading', { level: 2 }),
    ).toHaveText(HOSTILE.markdownTitle);
    await openFromList(page, HOSTILE.javascriptTitle);
    const plain = panelFor(page, HOSTILE.javascriptTitle);
    await expect(plain.getByRole('term')).toHaveText(['Date']);
    await expect(plain.locator('.summary')).toHaveCount(0);
    await expectTitle(page, titleOf(HOSTILE.javascriptTitle, HOSTILE.docTitle));

    expect(await injectedElements(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('bidirectional overrides stay inside their own field while the quote stays verbatim', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page);
    await openHostile(page);

    // Masthead: the title and each organisation isolated on their own.
    await expectIsolated(page, HOSTILE.docTitle, '.masthead');
    await expectIsolated(page, HOSTILE.organisation, '.masthead');
    // List and timeline.
    await expectIsolated(page, HOSTILE.bidiTitle, '.event-list');
    await expectIsolated(page, HOSTILE.bidiTitle, '.event-timeline');

    await openFromList(page, HOSTILE.bidiTitle);
    const panel = panelFor(page, HOSTILE.bidiTitle);
    await expectIsolated(page, HOSTILE.bidiTitle, '.source-panel');
    await expectIsolated(page, HOSTILE.bidiPlace, '.source-panel');
    // The quote is shown exactly as the source has it, inside its isolated paragraph.
    await expect(panel.locator('blockquote mark')).toHaveText(HOSTILE.bidiQuote);
    await expectIsolated(page, HOSTILE.bidiQuote, '.source-panel', HOSTILE_PARAGRAPHS.p2);
    await expectTitle(page, titleOf(HOSTILE.bidiTitle, HOSTILE.docTitle));

    await panel.getByRole('button', { name: 'Cite' }).click();
    await expect(panel.getByRole('status')).toHaveText('Citation copied to the clipboard.');
    const citation = await readClipboard(page);
    expect(citation).toContain(`${withoutOverrides(HOSTILE.bidiTitle)}, 14 December 2014\n`);
    expect(citation).toContain(`“${withoutOverrides(HOSTILE.bidiQuote)}” (paragraph 2)`);

    await openFromList(page, HOSTILE.htmlTitle);
    await expectIsolated(page, HOSTILE.bidiActor, '.source-panel');

    await panelFor(page, HOSTILE.htmlTitle)
      .getByRole('button', { name: 'Read in the document' })
      .click();
    await expect(
      reader(page).getByRole('link', { name: HOSTILE.htmlQuote, exact: true }),
    ).toBeVisible();
    await expectIsolated(page, HOSTILE.bidiQuote, '.letter-reader', HOSTILE_PARAGRAPHS.p2);
    await expectIsolated(page, HOSTILE.docTitle, '.letter-reader');
    await expect(
      reader(page).getByRole('link', { name: HOSTILE.bidiQuote, exact: true }),
    ).toHaveText(HOSTILE.bidiQuote);

    expect(dialogs).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`10,000-character titles and quotes never scroll the page sideways at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openHostile(page);
      await expect(eventList(page).locator('.entry-title').filter({ hasText: 'Looo' })).toHaveText(
        HOSTILE.longTitle,
      );
      await expectNoHorizontalScroll(page);

      await openFromList(page, HOSTILE.longTitle);
      const panel = panelFor(page, HOSTILE.longTitle);
      await expect(panel.locator('blockquote mark')).toHaveText(HOSTILE.longQuote);
      await expectNoHorizontalScroll(page);

      await panel.getByRole('button', { name: 'Read in the document' }).click();
      await expect(
        reader(page).getByRole('link', { name: HOSTILE.longQuote, exact: true }),
      ).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
  }
});

interface BrokenCase {
  name: string;
  /** Breaks a valid dataset, or returns something else entirely. */
  break: (dataset: TestDataset) => unknown;
  problem: string;
}

/** The events of the small dataset, by position, for breaking them. */
function events(d: TestDataset): [TestEvent, TestEvent] {
  const [first, second] = d.events;
  if (!first || !second) throw new Error('the small dataset has two events');
  return [first, second];
}

const BROKEN: BrokenCase[] = [
  {
    name: 'a duplicate id',
    break: (d) => {
      events(d)[1].id = 'office-fire';
      return d;
    },
    problem: 'events[1].id: "office-fire" is used by another event',
  },
  {
    name: 'an id that is not a slug',
    break: (d) => {
      events(d)[0].id = 'Office Fire!';
      return d;
    },
    problem: 'events[0].id: must be a URL-safe slug such as jmg-office-arson',
  },
  {
    name: 'a date that is not a date',
    break: (d) => {
      events(d)[0].start = '13/12/2014';
      return d;
    },
    problem: 'events[0].start: must be an ISO 8601 date such as 2014-12-13',
  },
  {
    name: 'an impossible date',
    break: (d) => {
      events(d)[1].start = '2014-02-30';
      return d;
    },
    problem: 'events[1].start: "2014-02-30" is not a calendar date',
  },
  {
    name: 'an end before the start',
    break: (d) => {
      events(d)[0].end = '2014-12-10';
      return d;
    },
    problem: 'events[0].end: 2014-12-10 is before start 2014-12-13',
  },
  {
    name: 'an unknown paragraph',
    break: (d) => {
      events(d)[0].sources = [{ paragraph: 'p9', quote: 'the office burned down' }];
      return d;
    },
    problem: 'events[0].sources[0].paragraph: "p9" is not a paragraph of the document',
  },
  {
    name: 'a quote that is not in its paragraph',
    break: (d) => {
      events(d)[1].sources = [{ paragraph: 'p2', quote: 'the staff were released' }];
      return d;
    },
    problem: 'events[1].sources[0].quote: not found in paragraph p2',
  },
  {
    name: 'an empty title',
    break: (d) => {
      events(d)[0].title = '';
      return d;
    },
    problem: 'events[0].title: must not be empty',
  },
  {
    name: 'an unknown paragraph named with HTML',
    break: (d) => {
      events(d)[1].sources = [{ paragraph: '<img src=x onerror="alert(1)">', quote: 'x' }];
      return d;
    },
    problem:
      'events[1].sources[0].paragraph: "<img src=x onerror="alert(1)">" is not a paragraph of the document',
  },
  {
    name: 'a missing document',
    break: (d) => ({ events: d.events }),
    problem: 'document: is missing',
  },
  {
    name: 'a list instead of an object',
    break: (d) => [d],
    problem: '(dataset): must be a JSON object with "document" and "events"',
  },
];

test.describe('invalid datasets', () => {
  // One page loads each broken dataset in turn, each a fresh load of its link.
  test('each is reported where it is, with a Retry', async ({ page }) => {
    test.setTimeout(BROKEN.length * 60_000);
    const dialogs = recordDialogs(page);
    for (const broken of BROKEN) {
      await test.step(`${broken.name} is reported where it is, with a Retry`, async () => {
        await page.unrouteAll({ behavior: 'wait' });
        await page.route('**/data/events.json', fulfillJson(broken.break(smallDataset())));
        // The built pages carry the letter's dataset: naming it as `data` makes the app fetch it.
        await page.goto('/?data=data/events.json');
        const alert = page.getByRole('alert');
        await expect(alert.getByRole('heading')).toHaveText('The events could not be loaded');
        await expect(alert).toContainText('The dataset does not follow the Source Timeline format');
        await expect(alert.getByRole('listitem').filter({ hasText: broken.problem })).toBeVisible();
        await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
        expect(await injectedElements(page), broken.name).toEqual([]);
        expect(dialogs, broken.name).toEqual([]);
      });
    }
  });

  test('Retry loads the dataset once it has been corrected', async ({ page }) => {
    const [duplicate] = BROKEN;
    if (!duplicate) throw new Error('no broken case');
    let dataset: unknown = duplicate.break(smallDataset());
    await page.route('**/data/events.json', (route) => fulfillJson(dataset)(route));
    await page.goto('/?data=data/events.json');
    await expect(page.getByRole('alert')).toContainText(duplicate.problem);
    dataset = smallDataset();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(eventList(page).getByRole('list').getByRole('button')).toHaveCount(2);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

/**
 * Runs in the page before the app: answers `huge.json` with a generated dataset of about
 * `bytes`, streamed in pieces. Generating it in the page keeps 20 MB off the test's
 * connection to the browser, which would otherwise take longer than the app's timeout on a
 * busy machine.
 */
function serveHugeDataset(bytes: number) {
  const filler = 'The group documented the incident in detail and reported it to the authorities. ';
  const paragraphs = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i + 1}`,
    text: `Paragraph ${i + 1}. On that day the office was searched. ${filler.repeat(20)}`,
  }));
  const head = JSON.stringify({
    document: {
      title: 'A very large test dataset',
      date: '2014-12-16',
      timeZone: 'Europe/Moscow',
      organisations: [],
      paragraphs,
    },
  }).slice(0, -1);
  const pieces = [`${head},"events":[`];
  let size = pieces[0]?.length ?? 0;
  let count = 0;
  const first = Date.UTC(2000, 0, 1);
  while (size < bytes) {
    const day = new Date(first + (count % 5_000) * 86_400_000).toISOString().slice(0, 10);
    const event = JSON.stringify({
      id: `event-${count}`,
      title: `Event number ${count}: the office was searched`,
      edtf: day,
      start: day,
      precision: 'day',
      certainty: 'stated',
      kind: 'police-action',
      place: 'Grozny',
      actors: ['Police', 'Staff'],
      summary: filler.repeat(12),
      sources: [{ paragraph: `p${(count % 50) + 1}`, quote: 'the office was searched' }],
    });
    pieces.push(count === 0 ? event : `,${event}`);
    size += event.length + 1;
    count += 1;
  }
  pieces.push(']}');
  Object.assign(window, { hugeDataset: { count, size } });
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== '/huge.json') return fetchOriginal(input, init);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < pieces.length; i += 1_000)
          controller.enqueue(encoder.encode(pieces.slice(i, i + 1_000).join('')));
        controller.close();
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
  };
}

test('a 20 MB dataset loads and the list shows all its events', async ({ page }) => {
  // Limits that catch a hang: parsing and checking 20 MB beside three other browsers takes a while.
  test.setTimeout(360_000);
  await page.addInitScript(serveHugeDataset, 20 * 1024 * 1024);
  await page.goto('/?data=huge.json');
  const generated = await page.evaluate(
    () => (window as unknown as { hugeDataset: { count: number; size: number } }).hugeDataset,
  );
  expect(generated.size).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  const list = eventList(page);
  // The count, with or without thousands separators.
  const count = generated.count.toLocaleString('en').replaceAll(',', ',?');
  await expect(list.getByRole('heading')).toHaveText(new RegExp(`\\(${count}\\)`), {
    timeout: 150_000,
  });
  await expect(list.getByRole('list').getByRole('button').first()).toContainText('Event number 0');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A very large test dataset');
});
