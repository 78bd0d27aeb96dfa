import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { validateDataset } from '../src/dataset/check/validate-dataset.ts';
import { FIXTURE_PARAGRAPHS, FIXTURE_TITLE } from '../scripts/make-intake-fixtures.ts';

/** The letter's capture, as a new user would paste it. */
const LETTER_TEXT = readFileSync(
  new URL('../data/joint-letter-2014-12-16.txt', import.meta.url),
  'utf8',
);
const ARSON =
  'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.';

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

/** The screen points just inside the first and the last character of `words` in the document. */
async function wordsEdges(text: Locator, words: string) {
  return text.evaluate((root, wanted) => {
    const node = [...root.querySelectorAll('[data-text]')]
      .map((el) => el.firstChild)
      .find((n) => n?.textContent?.includes(wanted));
    if (!node?.textContent) throw new Error(`"${wanted}" is not in the document`);
    const at = node.textContent.indexOf(wanted);
    const rect = (from: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 1);
      return range.getBoundingClientRect();
    };
    const first = rect(at);
    const last = rect(at + wanted.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, words);
}

/** Selects `words` as a reader does: pressing the mouse before them and dragging to their end. */
async function dragOver(page: Page, text: Locator, words: string) {
  const { from, to } = await wordsEdges(text, words);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('a new user pastes the letter, makes the arson event from its words, finds it after a reload and downloads a dataset that passes the checks', async ({
  page,
}) => {
  await page.goto('edit/');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline editor' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the timeline' })).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole('textbox', { name: 'Document text' }).fill(LETTER_TEXT);
  await expect(page.getByText('19 paragraphs.')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Joint letter to President Putin');
  await page
    .getByRole('textbox', { name: 'Authors' })
    .fill('Amnesty International\nHuman Rights Watch');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2014-12-16');
  await page.getByRole('textbox', { name: 'Language', exact: true }).fill('en');
  await page.getByRole('button', { name: 'Start editing' }).click();
  await expect(page).toHaveURL(/\/edit\/\?draft=[a-z0-9]+$/);

  const text = page.getByRole('region', { name: 'Document text' });
  await expect(text.getByText(ARSON, { exact: false })).toBeVisible();
  // A selection across two paragraphs is refused with a message.
  await dragOver(page, text, 'Dear Mr. President');
  const { to } = await wordsEdges(text, 'In the past few days');
  await page.mouse.move(to.x, to.y);
  await page.mouse.down();
  const { from } = await wordsEdges(text, 'Dear Mr.');
  await page.mouse.move(from.x, from.y, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'across paragraphs' })).toBeVisible();

  await text.scrollIntoViewIfNeeded();
  await text.getByText(ARSON, { exact: false }).scrollIntoViewIfNeeded();
  await dragOver(page, text, ARSON);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  const quotes = page
    .getByRole('list')
    .filter({ has: page.getByRole('button', { name: 'Remove quote' }) });
  await expect(quotes.getByRole('listitem')).toHaveText([new RegExp(`“?${escape(ARSON)}”?`)]);
  // The new event's title has focus: the author describes it at once.
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await page.keyboard.type('JMG office destroyed by fire in an apparent arson attack');
  await page.getByRole('textbox', { name: 'Date (EDTF)' }).fill('2014-12-13?');
  await expect(page.locator('output')).toHaveText('13 December 2014 (inferred)');
  await page
    .getByRole('combobox', { name: 'Kind', exact: true })
    .selectOption({ label: 'Violence' });

  // The date's wording by keyboard: a click before "In the evening", then Ctrl+Shift+→ word by word.
  const { from: evening } = await wordsEdges(text, 'In the evening');
  await page.mouse.click(evening.x, evening.y);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.getByRole('button', { name: "Use the selection as the date's wording" }).click();
  await expect(page.getByRole('textbox', { name: 'The date’s wording' })).toHaveValue(
    'In the evening',
  );

  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('status')).toHaveText('No problems: the draft passes every check.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('.vis-item-content')).toContainText([
    'JMG office destroyed by fire',
  ]);
  await expect(
    preview.getByRole('list').getByText('JMG office destroyed by fire in an apparent arson attack'),
  ).toBeVisible();
  await expectAxeClean(page);

  // A problem is shown beside its field, with a way to it; Undo takes the change back.
  await page.getByRole('textbox', { name: 'Date (EDTF)' }).fill('13 December');
  await expect(checks.getByRole('button', { name: 'Go to it' }).first()).toBeVisible();
  await expectAxeClean(page);
  await expect(page.getByRole('textbox', { name: 'Date (EDTF)' })).toHaveAccessibleDescription(
    /is not a valid EDTF date/,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Date (EDTF)' })).toHaveValue('2014-12-13?');
  await expect(checks.getByRole('status')).toHaveText('No problems: the draft passes every check.');

  // Saved before the reload, as the toolbar says once the pause after the last change is over.
  await expect(page.getByRole('toolbar', { name: 'Draft' }).getByRole('status')).toHaveText(
    'Saved in this browser.',
  );
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Events' })
    .getByRole('button', { name: 'JMG office destroyed by fire in an apparent arson attack' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Date (EDTF)' })).toHaveValue('2014-12-13?');
  await expect(checks.getByRole('status')).toHaveText('No problems: the draft passes every check.');

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download dataset' }).click(),
  ]);
  const downloaded = JSON.parse(await readFile(await file.path(), 'utf8')) as unknown;
  const result = await validateDataset(downloaded);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) return;
  const [event] = result.dataset.events;
  expect(event?.sources).toEqual([{ paragraph: 'p9', quote: ARSON }]);
  expect(event).toMatchObject({
    edtf: '2014-12-13?',
    certainty: 'inferred',
    kind: 'violence',
    dateWording: 'In the evening',
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('Edit a copy of the letter, in Russian, opens a draft that passes every check and downloads as the site serves it', async ({
  page,
  request,
}) => {
  await page.goto('ru/edit/?from=default');
  await expect(page).toHaveURL(/\/ru\/edit\/\?draft=[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Редактор хронологии' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Проверка' }).getByRole('status')).toHaveText(
    'Проблем нет: черновик проходит все проверки.',
  );
  await expectAxeClean(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Скачать набор данных' }).click(),
  ]);
  const served = (await (await request.get('data/events.json')).json()) as unknown;
  expect(JSON.parse(await readFile(await file.path(), 'utf8'))).toEqual(served);
});

test('a spreadsheet of the letter’s events, one quote altered, comes into a draft of its text with that row listed and the others as events', async ({
  page,
}) => {
  await page.goto('edit/');
  await page.getByRole('textbox', { name: 'Document text' }).fill(LETTER_TEXT);
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Joint letter to President Putin');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2014-12-16');
  await page.getByRole('button', { name: 'Start editing' }).click();
  await expect(page).toHaveURL(/\/edit\/\?draft=[a-z0-9]+$/);

  const spreadsheet = page.getByRole('region', { name: 'Import a spreadsheet' });
  await spreadsheet
    .getByRole('button', { name: 'Import a spreadsheet' })
    .setInputFiles(
      new URL('fixtures/letter-events-one-quote-altered.csv', import.meta.url).pathname,
    );
  await expect(spreadsheet.getByRole('status')).toHaveText(
    '19 events added. 1 quote was not found:',
  );
  await expect(
    spreadsheet.getByRole('list', { name: 'Rows not added' }).getByRole('listitem'),
  ).toHaveText([
    'Row 13: In the evening, the office of JMG was destroyed by a fire caused by an apparent arson attack. — not found word for word in the document',
  ]);
  const events = page.getByRole('navigation', { name: 'Events' });
  await expect(events.getByRole('button')).toHaveCount(19);
  await expect(
    events.getByRole('button', {
      name: 'The activists of the Joint Mobile Group work in the region',
    }),
  ).toBeVisible();
  await expect(
    events.getByRole('button', {
      name: 'JMG office destroyed by fire in an apparent arson attack',
    }),
  ).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Draft' }).getByRole('status')).toHaveText(
    'Saved in this browser.',
  );
  await expectAxeClean(page);

  // The draft is in "Your drafts", and leaves it only once its deletion is confirmed.
  await page.goto('edit/');
  const drafts = page.getByRole('region', { name: 'Your drafts' });
  await expect(drafts.getByRole('listitem')).toContainText([/19 events/]);
  await drafts.getByRole('button', { name: 'Delete “Joint letter to President Putin”' }).click();
  const confirm = drafts.getByRole('group', { name: 'Confirm the deletion' });
  await expect(confirm.getByRole('button', { name: 'Delete the draft' })).toBeFocused();
  await expectAxeClean(page);
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(drafts.getByRole('link', { name: 'Joint letter to President Putin' })).toBeVisible();
  await drafts.getByRole('button', { name: 'Delete “Joint letter to President Putin”' }).click();
  await confirm.getByRole('button', { name: 'Delete the draft' }).click();
  await expect(drafts).toBeHidden();
});

test('a PDF and a Word file opened with “Open a document” give their paragraphs, and a draft of each shows them', async ({
  page,
}) => {
  // The PDF's metadata fills the document's title and date; the Word file's text alone is read.
  for (const [name, said] of [
    ['letter-excerpt.pdf', true],
    ['letter-excerpt.docx', false],
  ] as const) {
    await page.goto('edit/');
    await page
      .getByRole('button', { name: 'Open a document' })
      .setInputFiles(new URL(`fixtures/${name}`, import.meta.url).pathname);
    await expect(page.getByRole('textbox', { name: 'Document text' })).toHaveValue(
      FIXTURE_PARAGRAPHS.join('\n\n'),
    );
    await expect(page.getByText('3 paragraphs.')).toBeVisible();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    const date = page.getByRole('textbox', { name: 'Date', exact: true });
    if (said) {
      await expect(title).toHaveValue(FIXTURE_TITLE);
      await expect(date).toHaveValue('2014-12-16');
    } else {
      await title.fill(FIXTURE_TITLE);
      await date.fill('2014-12-16');
    }
    await page.getByRole('button', { name: 'Start editing' }).click();
    await expect(page).toHaveURL(/\/edit\/\?draft=[a-z0-9]+$/);
    const text = page.getByRole('region', { name: 'Document text' });
    for (const paragraph of FIXTURE_PARAGRAPHS)
      await expect(text.getByText(paragraph, { exact: true })).toBeVisible();
  }
});
