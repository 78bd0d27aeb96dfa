import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { injectedElements, recordDialogs, recordForeignRequests } from './support/guards.ts';

/** Collects CSP violation reports in the page from the very first script on. */
function reportViolations() {
  const reports: string[] = [];
  Object.assign(window, { cspViolations: reports });
  document.addEventListener('securitypolicyviolation', (event) => {
    reports.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Everything the browser reports as an error: console errors and uncaught exceptions. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const origin = (page: Page) => new URL(page.url()).origin;

test('the built page carries a strict Content-Security-Policy before any script', async ({
  page,
  app,
}) => {
  await page.goto('/');
  await expect(app.masthead).toBeVisible();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = parsePolicy((await meta.getAttribute('content')) ?? '');

  expect(policy.get('default-src')).toEqual(["'self'"]);
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  expect(scriptSrc).toContain("'self'");
  for (const loose of [
    "'unsafe-eval'",
    "'unsafe-inline'",
    "'wasm-unsafe-eval'",
    'data:',
    'blob:',
    '*',
    'http:',
    'https:',
  ]) {
    expect(scriptSrc, `script-src allows ${loose}`).not.toContain(loose);
  }
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  for (const fetches of ['connect-src', 'font-src', 'style-src']) {
    expect(policy.get(fetches) ?? policy.get('default-src'), fetches).toEqual(["'self'"]);
  }

  // A policy in a meta tag only covers what comes after it.
  const scriptsBeforePolicy = await page.evaluate(() => {
    const policyMeta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return Array.from(document.scripts).filter(
      (script) =>
        policyMeta && policyMeta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_PRECEDING,
    ).length;
  });
  expect(scriptsBeforePolicy).toBe(0);
  // Every script that runs is the app's own file; the only inline ones are data blocks.
  const inline = await page.evaluate(
    () =>
      Array.from(document.scripts).filter(
        (s) => !s.src && !['application/json', 'application/ld+json'].includes(s.type),
      ).length,
  );
  expect(inline).toBe(0);
});

test('the policy is enforced: an injected inline script does not run and is reported', async ({
  page,
  app,
}) => {
  await page.addInitScript(reportViolations);
  await page.goto('/');
  await expect(app.masthead).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
  });
  await expect
    .poll(() => violations(page))
    .toEqual([expect.stringMatching(/^script-src-elem blocked \(?inline/)]);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});

test.describe('a journey through the app', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('raises no CSP violation, no console error and no request to another origin', async ({
    page,
    app,
    baseURL,
  }) => {
    await page.addInitScript(reportViolations);
    const errors = recordErrors(page);
    const dialogs = recordDialogs(page);
    const foreign = recordForeignRequests(page, new URL(baseURL ?? '').origin);

    await page.goto('/');
    await expect(app.masthead).toBeVisible();
    await expect(page.locator('.vis-item').first()).toBeVisible();

    // Open an event from the timeline, step through events, zoom.
    await page
      .locator('.vis-item', { hasText: 'JMG office burned in apparent arson' })
      .first()
      .click();
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      'JMG office destroyed by fire',
    );
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      'JMG office destroyed by fire',
    );
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();

    // Copy the link and the citation.
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.getByRole('status')).toHaveText('Link copied to the clipboard.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).origin).toBe(origin(page));
    await panel.getByRole('button', { name: 'Cite' }).click();
    await expect(panel.getByRole('status')).toHaveText('Citation copied to the clipboard.');

    // Read the letter and open another event from its words.
    await panel.getByRole('button', { name: 'Read in the letter' }).click();
    const reader = page.getByRole('region', { name: 'The letter' });
    await expect(reader).toBeVisible();
    await reader
      .getByRole('link')
      .filter({ hasNotText: 'Where the text comes from' })
      .first()
      .click();
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show all' }).click();

    // Open the shared link in a fresh page, as its recipient would.
    await page.goto(link);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(
      'JMG office destroyed by fire',
    );

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

/**
 * Links as they arrive from chats and reports, mangled or hostile, loaded in a browser: one of
 * each answer. The whole table (51 links) is checked without a browser in
 * `src/app/url-fuzz.test.tsx`. `notice`: a dismissable notice says what cannot be honoured;
 * `alert`: the dataset it names fails to load; `quiet`: nothing to say.
 */
const FUZZ: Record<string, [query: string, outcome: 'notice' | 'alert' | 'quiet'][]> = {
  event: [['?event=<img src=x onerror=alert(1)>', 'notice']],
  window: [['?start=<b>1</b>&end=javascript:alert(1)', 'notice']],
  data: [
    ['?data=//evil.example/x.json', 'notice'],
    ['?data=no-such-dataset.json', 'alert'],
  ],
  'duplicated and unknown': [
    [
      '?event=jmg-office-arson&event=<script>alert(1)</script>#<img src=x onerror=alert(1)>',
      'quiet',
    ],
  ],
};

/** Short, readable test names for long links. */
const named = (query: string) =>
  query.length > 80 ? `${query.slice(0, 80)}… (${query.length} characters)` : query;

// One page opens each link in turn, each a fresh load, with the guards watching throughout.
test('each mangled or hostile link shows the app and says what it cannot honour, with no dialog and no request elsewhere', async ({
  page,
  app,
  baseURL,
}) => {
  const links = Object.entries(FUZZ).flatMap(([parameter, cases]) =>
    cases.map(([query, outcome]) => ({ parameter, query, outcome })),
  );
  test.setTimeout(links.length * 60_000);
  const dialogs = recordDialogs(page);
  const foreign = recordForeignRequests(page, new URL(baseURL ?? '').origin);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const notices = page
    .getByRole('status')
    .filter({ has: page.getByRole('button', { name: 'Dismiss' }) });

  for (const { parameter, query, outcome } of links) {
    const shows =
      outcome === 'quiet'
        ? ''
        : ` and ${outcome === 'notice' ? 'a dismissable notice' : 'what failed'}`;
    await test.step(`(${parameter}) ${named(query)} shows the app${shows}`, async () => {
      await page.goto(`/${query}`);
      if (outcome === 'alert') {
        await expect(page.getByRole('alert')).toBeVisible();
        await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
        await page.getByRole('button', { name: 'Load the default dataset' }).click();
      }
      await expect(app.masthead).toBeVisible();
      await expect(app.eventList.getByRole('listitem').first()).toBeVisible();
      if (outcome === 'notice') {
        await expect(notices.first()).toBeVisible();
        while ((await notices.count()) > 0) {
          const before = await notices.count();
          await notices.first().getByRole('button', { name: 'Dismiss' }).click();
          await expect(notices).toHaveCount(before - 1);
        }
      } else {
        await expect(notices).toHaveCount(0);
      }
      await expect(app.masthead).toBeVisible();
      expect(await injectedElements(page), query).toEqual([]);
      expect(dialogs, query).toEqual([]);
      expect(foreign, query).toEqual([]);
      expect(errors, query).toEqual([]);
    });
  }
});
