import { expect, type Page, type Route } from '@playwright/test';

/**
 * Records every dialog (alert, confirm, prompt) the page opens and dismisses it, so that
 * injected script that runs cannot block the test, and the test can assert none ran.
 */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Records every request that leaves the page's own origin (data: and blob: URLs stay local). */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Answers a request with a dataset built in the test. */
export function fulfillJson(body: unknown) {
  return (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify(body),
    });
}

/**
 * Elements that hostile text would have created had it been parsed as HTML: event-handler
 * attributes anywhere, images pointing at "x", frames, scripts other than the app's bundle,
 * and javascript: links.
 */
export async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`<${tag} ${attribute.name}>`);
        if (
          /^\s*javascript:/i.test(attribute.value) &&
          ['href', 'src', 'action', 'formaction'].includes(attribute.name)
        ) {
          found.push(`<${tag} ${attribute.name}="${attribute.value}">`);
        }
      }
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
      if (tag === 'iframe' || tag === 'style' || tag === 'object' || tag === 'embed') {
        // The app has no frames, no plug-ins and no inline style sheets.
        found.push(`<${tag}>`);
      }
      // A prerendered page's only inline scripts are data blocks, which no browser runs.
      const dataBlock = ['application/json', 'application/ld+json'].includes(
        (element as HTMLScriptElement).type,
      );
      if (tag === 'script' && !(element as HTMLScriptElement).src && !dataBlock)
        found.push('<script> (inline)');
    }
    return found;
  });
}

/** Fails when the page can be scrolled sideways: nothing may be wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    )
    .toBeLessThanOrEqual(0);
}

export interface Isolation {
  /** The innermost element holding exactly the text. */
  tag: string;
  /** The nearest element (itself or an ancestor) that isolates its text from the text around it. */
  isolatingTag: string | null;
  isolatedText: string | null;
}

/**
 * For every element whose whole text is `text` (innermost first), finds the nearest element
 * that isolates it: a <bdi>, or an element whose computed `unicode-bidi` is isolate,
 * isolate-override or plaintext. An override character inside such an element cannot
 * reorder the text outside it.
 */
export async function isolationsOf(
  page: Page,
  text: string,
  within = 'body',
): Promise<Isolation[]> {
  return page.evaluate(
    ([wanted, rootSelector]) => {
      const root = document.querySelector(rootSelector);
      if (!root) return [];
      const isolating = (element: Element) =>
        element.tagName === 'BDI' ||
        ['isolate', 'isolate-override', 'plaintext'].includes(
          getComputedStyle(element).unicodeBidi,
        );
      const matches = Array.from(root.querySelectorAll('*')).filter(
        (element) =>
          element.textContent === wanted &&
          !Array.from(element.children).some((child) => child.textContent === wanted),
      );
      return matches.map((element) => {
        let at: Element | null = element;
        while (at && !isolating(at)) at = at.parentElement;
        return {
          tag: element.tagName.toLowerCase(),
          isolatingTag: at ? at.tagName.toLowerCase() : null,
          isolatedText: at ? at.textContent : null,
        };
      });
    },
    [text, within] as const,
  );
}

/** Asserts that `text` is shown in `within` and that each place it is shown isolates exactly `container` (default: the text itself). */
export async function expectIsolated(
  page: Page,
  text: string,
  within: string,
  container: string = text,
) {
  const found = await isolationsOf(page, text, within);
  expect(found.length, `"${text.slice(0, 40)}" is shown in ${within}`).toBeGreaterThan(0);
  for (const isolation of found) {
    expect(
      isolation.isolatingTag,
      `<${isolation.tag}> holding "${text.slice(0, 40)}" is isolated`,
    ).not.toBeNull();
    expect(
      isolation.isolatedText,
      `the isolation around <${isolation.tag}> holds exactly its field`,
    ).toBe(container);
  }
}
