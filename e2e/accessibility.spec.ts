import { axe } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';

/** Every layout is checked with axe; the Tab rounds (long) run at the widest and the narrowest. */
const LAYOUTS = [
  { name: 'at 1280×800', tabRounds: true, use: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'on a 390×844 phone',
    tabRounds: false,
    use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  },
  {
    name: 'on a 320×640 phone',
    tabRounds: true,
    use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
  },
  // A 1280×800 screen at 200% zoom lays the page out in 640×400 CSS pixels.
  {
    name: 'at 200% zoom',
    tabRounds: false,
    use: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  },
];

interface View {
  name: string;
  path: string;
  /** Sets up the page before it loads (e.g. a failing data request). */
  before?: (page: Page) => Promise<unknown>;
  /** What must be on screen before the page is checked. */
  ready: (page: Page) => Promise<void>;
  /** Opens what the view is about (a menu) once the page is ready. */
  open?: (page: Page) => Promise<void>;
  /** Also tab round its controls (the default view's are all in the notice's view). */
  tabRound: boolean;
}

async function timelineDrawn(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  // The engine hides the timeline behind its loading screen until the first draw settles.
  await expect(page.locator('.vis-loading-screen')).toHaveCount(0);
}

/** A view with a menu follows the view it opens over: the menu opens there, with no new load. */
const VIEWS: View[] = [
  { name: 'the default view', path: '/', ready: timelineDrawn, tabRound: false },
  {
    name: 'the Download menu',
    path: '/',
    tabRound: false,
    ready: timelineDrawn,
    open: async (page) => {
      const menu = page.getByRole('button', { name: 'Download' }).first();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
    },
  },
  {
    name: 'an open event',
    path: '/?event=jmg-office-arson',
    tabRound: true,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(page.getByRole('complementary').locator('blockquote mark')).toBeVisible();
    },
  },
  {
    name: 'the Citation formats menu',
    path: '/?event=jmg-office-arson',
    tabRound: false,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(page.getByRole('complementary').locator('blockquote mark')).toBeVisible();
    },
    open: async (page) => {
      await page.getByRole('button', { name: 'Citation formats' }).click();
      await expect(page.getByRole('button', { name: 'Citation formats' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    },
  },
  {
    name: 'the first event, years long',
    path: '/?event=jmg-work-in-chechnya',
    tabRound: false,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(page.getByRole('complementary')).toHaveAccessibleName(
        'The activists of the Joint Mobile Group work in the region',
      );
    },
  },
  {
    name: 'the letter reader',
    path: '/?event=jmg-office-arson&read=p8',
    tabRound: true,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(
        page.getByRole('region', { name: 'The letter' }).locator('li[data-paragraph="p8"]'),
      ).toBeInViewport();
    },
  },
  {
    name: 'About this timeline',
    path: '/?about=1',
    tabRound: true,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(page.getByRole('heading', { name: 'About this timeline' })).toBeFocused();
    },
  },
  {
    name: 'a failed data request',
    // The built pages carry the letter's dataset: naming it as `data` makes the app fetch it.
    path: '/?data=data/events.json',
    tabRound: true,
    before: (page) =>
      page.route('**/data/events.json', (route) =>
        route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal error' }),
      ),
    ready: async (page) => {
      await expect(page.getByRole('alert')).toContainText('The events could not be loaded');
      await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    },
  },
  {
    name: 'a search with filters',
    path: '/?q=office&kind=violence',
    tabRound: false,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('office');
    },
  },
  {
    name: 'a notice about an unknown event',
    path: '/?event=no-such-event',
    tabRound: true,
    ready: async (page) => {
      await timelineDrawn(page);
      await expect(page.getByRole('status').filter({ hasText: 'was not found' })).toBeVisible();
    },
  },
];

type Violations = Awaited<ReturnType<ReturnType<typeof axe>['analyze']>>['violations'];

/** One line per failing node, so a failure says what to fix without opening the trace. */
function describeViolations(violations: Violations): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact ?? 'n/a'}) at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
      ),
    )
    .join('\n');
}

interface Stop {
  /** The control's tag and its name or text, for the failure message. */
  label: string;
  /** Its position in the list of controls the page offers, or -1. */
  index: number;
  indicator: boolean;
  /** Whether the control is covered by something else (the phone's sheet, a sticky head). */
  covered: boolean;
}

/**
 * Numbers the controls a keyboard should reach and, from then on, notes for each control that
 * takes focus whether it shows a focus indicator and whether it is covered. Returns the
 * controls' labels.
 */
function watchFocus(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const label = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const all = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]',
    );
    const reachable = [...all].filter(
      (el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility(),
    );
    reachable.forEach((el, i) => (el.dataset.a11yControl = String(i)));
    // A shadow counts as a focus indicator only if focus changes it (the open event's entry
    // carries one all the time).
    const restingShadow = new Map(reachable.map((el) => [el, getComputedStyle(el).boxShadow]));

    const stops: unknown[] = [];
    (window as unknown as { focusStops: unknown[] }).focusStops = stops;
    const indicators = new Map<HTMLElement, boolean>();
    const shownOnFocus = new Map<HTMLElement, boolean>();
    const isCovered = (el: HTMLElement) => {
      // Where a link wraps, its first line (where it starts) must be in plain view.
      // (A sliver that holds only the space before a line break does not count as its start.)
      const box = [...el.getClientRects()].find((r) => r.width >= 4);
      const hit =
        box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !hit || !(hit === el || el.contains(hit));
    };
    document.addEventListener('focusin', (event) => {
      if (!(event.target instanceof HTMLElement)) return;
      const style = getComputedStyle(event.target);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== (restingShadow.get(event.target) ?? 'none');
      indicators.set(event.target, outline || shadow);
      // A skip link is drawn only while it has focus: it is looked at now, not when it leaves.
      if (event.target.closest('.skip-links'))
        shownOnFocus.set(event.target, isCovered(event.target));
    });
    // Focus scrolls the control into view after focusin; by the time it loses focus that is
    // done, and nothing has moved since.
    document.addEventListener('focusout', (event) => {
      const el = event.target;
      if (!(el instanceof HTMLElement) || !indicators.has(el)) return;
      stops.push({
        label: label(el),
        index: Number(el.dataset.a11yControl ?? -1),
        indicator: indicators.get(el),
        covered: shownOnFocus.get(el) ?? isCovered(el),
      });
    });
    return reachable.map(label);
  });
}

/**
 * Presses `key` until focus has been round every control once, from wherever it is (the letter
 * reader puts it on its paragraph), and returns the stops. Forwards, a control moves up from
 * the bottom edge (the phone's sheet); backwards, down from the top (the letter's sticky head).
 */
async function tabRound(page: Page, key: 'Tab' | 'Shift+Tab', controls: number): Promise<Stop[]> {
  for (let i = 0; i < controls + 3; i++) await page.keyboard.press(key);
  return page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const stops = (window as unknown as { focusStops: Stop[] }).focusStops;
    return stops.splice(0, stops.length);
  });
}

/** Opens a view in the layout's page, as a link to it would, and waits until it is drawn. */
async function openView(page: Page, view: View) {
  // The routes of the view before (a failing data request) do not carry over.
  await page.unrouteAll({ behavior: 'wait' });
  await view.before?.(page);
  await page.goto(view.path);
  await view.ready(page);
}

// One page per layout walks through every view: each view is a fresh load of its own link,
// while the browser's cache of the app's code is shared between them, as a reader's is.
for (const layout of LAYOUTS) {
  test.describe(layout.name, () => {
    test.use(layout.use);

    test('every view passes every axe rule', async ({ page }) => {
      test.setTimeout(VIEWS.length * 120_000);
      let shown: View | undefined;
      for (const view of VIEWS) {
        await test.step(`${view.name} passes every axe rule`, async () => {
          const over = shown !== undefined && !shown.open && shown.path === view.path;
          if (over && !view.before && !shown?.before) await view.ready(page);
          else await openView(page, view);
          shown = view;
          await view.open?.(page);
          // Every rule, best practices included.
          const results = await axe(page).analyze();
          expect.soft(describeViolations(results.violations), view.name).toBe('');
        });
      }
    });

    const tabViews = VIEWS.filter((v) => v.tabRound && layout.tabRounds);
    if (tabViews.length === 0) return;
    test('in every view, Tab both ways reaches every control, each with an uncovered focus ring', async ({
      page,
    }) => {
      // Two rounds of one key press per control: about 120 presses in the letter.
      test.setTimeout(tabViews.length * 360_000);
      for (const view of tabViews) {
        await test.step(`in ${view.name}, Tab both ways reaches every control`, async () => {
          await openView(page, view);
          const controls = await watchFocus(page);
          expect(controls.length, view.name).toBeGreaterThan(0);
          for (const key of ['Tab', 'Shift+Tab'] as const) {
            const stops = await tabRound(page, key, controls.length);
            const missed = controls.filter((_, i) => !stops.some((s) => s.index === i));
            expect.soft(missed, `${view.name}, ${key}: controls never reached`).toEqual([]);
            const bare = stops.filter((s) => !s.indicator).map((s) => s.label);
            expect.soft(bare, `${view.name}, ${key}: no focus indicator`).toEqual([]);
            const covered = stops.filter((s) => s.covered).map((s) => s.label);
            expect.soft(covered, `${view.name}, ${key}: focused but covered`).toEqual([]);
          }
        });
      }
    });
  });
}

test('opening the letter from the keyboard shows a focus ring on the cited paragraph', async ({
  page,
}) => {
  await page.goto('/?event=jmg-office-arson');
  await timelineDrawn(page);
  await page.getByRole('button', { name: 'Read in the letter' }).focus();
  await page.keyboard.press('Enter');
  const paragraph = page
    .getByRole('region', { name: 'The letter' })
    .locator('li[data-paragraph="p8"]');
  await expect(paragraph).toBeFocused();
  await expect(paragraph).not.toHaveCSS('outline-style', 'none');
});

/**
 * Records, every animation frame for `ms`, the distance between two timeline points in the
 * middle half of the view (a zoom around the centre keeps both in view and changes their
 * distance), and whether any CSS transition or animation is running.
 */
/** The distance between the first and last points near the middle of the view. */
function spread(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!panel) throw new Error('No timeline.');
    const x = (el: Element) => el.getBoundingClientRect().left;
    const middle = [...document.querySelectorAll('.vis-item.vis-point')]
      .filter((el) => Math.abs(x(el) - (panel.left + panel.width / 2)) < panel.width / 4)
      .sort((a, b) => x(a) - x(b));
    const first = middle[0];
    const last = middle[middle.length - 1];
    if (!first || !last || x(last) - x(first) < 20)
      throw new Error('Too few points in the middle of the view.');
    return {
      distance: Math.round(x(last) - x(first)),
      cssMotion: document.getAnimations().some((a) => a.playState === 'running'),
    };
  });
}

/**
 * Presses "Zoom in" with the page's clock paused, then moves the clock on a frame (16 ms) at a
 * time for a second, noting the distances the drawing shows: one step is no animation. The
 * page's clock, not the machine's, decides how many frames an animation takes.
 */
async function zoomSteps(page: Page) {
  // Pausing needs a moment still ahead of the page's clock: a minute ahead stays ahead however
  // slowly the machine answers, and jumping it fires only the timers of a page at rest.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 60_000);
  const distances = new Set([(await spread(page)).distance]);
  let cssMotion = false;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  for (let frame = 0; frame < 60; frame++) {
    await page.clock.runFor(16);
    const now = await spread(page);
    distances.add(now.distance);
    cssMotion ||= now.cssMotion;
  }
  await page.clock.resume();
  return { steps: distances.size, cssMotion };
}

test('with reduced motion, "Zoom in" moves the window in one step, without animation', async ({
  page,
}) => {
  await page.clock.install();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await timelineDrawn(page);
  const startParam = () => new URL(page.url()).searchParams.get('start');
  const before = startParam();

  const reduced = await zoomSteps(page);
  await expect.poll(startParam).not.toBe(before);
  // The distance before and after: no frames in between.
  expect(reduced.steps).toBe(2);
  expect(reduced.cssMotion).toBe(false);

  // The same measure sees the animation when the reader has not asked for less motion, so the
  // check above is not passing by accident.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const zoomedOnce = startParam();
  expect((await zoomSteps(page)).steps).toBeGreaterThan(2);
  await expect.poll(startParam).not.toBe(zoomedOnce);
});
