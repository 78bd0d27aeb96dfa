import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fulfillJson } from './support/guards.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SHA256 = 'e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62';
const ARSON = 'jmg-office-arson';

interface Letter {
  document: { paragraphs: { id: string; text: string }[] };
}

/** The letter's dataset as served, title, organisations, reference and checksum included. */
function letterCopy(): Letter {
  return JSON.parse(readFileSync('data/events.json', 'utf8')) as Letter;
}

/** The same, with words the letter does not have added to its eighth paragraph. */
function forgedCopy(): Letter {
  const forged = letterCopy();
  const p8 = forged.document.paragraphs.find((p) => p.id === 'p8');
  if (p8) p8.text += ' The group’s own officers arranged it.';
  return forged;
}

async function openAbout(page: Page) {
  await page.getByRole('link', { name: 'About this timeline' }).click();
  return page.getByRole('region', { name: 'About this timeline' });
}

test('a dataset a link loads that copies the letter but changes a paragraph says where it came from and borrows no source file', async ({
  page,
  baseURL,
}) => {
  await page.route('**/h/events.json', fulfillJson(forgedCopy()));
  await page.goto(`/?data=h/events.json&event=${ARSON}`);
  const origin = page.getByRole('note').filter({ hasText: 'Dataset from' });
  // The letter's 53 KB are checked off the main thread, which a loaded machine slows down.
  await expect(origin).toContainText(`${baseURL ?? ''}h/events.json`, { timeout: 60_000 });
  await expect(origin).toContainText('not this site’s own. This site checked its format');

  const panel = page.getByRole('complementary');
  await panel.getByRole('button', { name: 'Cite' }).click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(`From the dataset at ${baseURL ?? ''}h/events.json`);
  expect(citation).not.toContain(SHA256);
  expect(citation).not.toContain('joint-letter-2014-12-16.txt');

  const list = page.getByRole('navigation', { name: /Events in order/ });
  await list.getByRole('button', { name: 'Download data' }).click();
  await expect(list.getByRole('button', { name: 'Events as CSV' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Source file' })).toHaveCount(0);
  await expect(page.getByText(SHA256)).toHaveCount(0);
  await page.keyboard.press('Escape');

  const about = await openAbout(page);
  await expect(about).toContainText('but its paragraphs are not the letter’s');
  await expect(about).not.toContainText(SHA256);
  await expect(about.getByRole('link', { name: 'joint-letter-2014-12-16.txt' })).toHaveCount(0);
});

test("a dataset a link loads whose paragraphs are the letter's is offered the site's own copy of the letter", async ({
  page,
}) => {
  await page.route('**/h/events.json', fulfillJson(letterCopy()));
  await page.goto('/?data=h/events.json');
  const origin = page.getByRole('note').filter({ hasText: 'Dataset from' });
  await expect(origin).toBeVisible({ timeout: 60_000 });
  const about = await openAbout(page);
  await expect(about.getByRole('link', { name: 'joint-letter-2014-12-16.txt' })).toHaveAttribute(
    'href',
    'data/joint-letter-2014-12-16.txt',
  );
  await expect(about).toContainText(SHA256);
});

test("the site's own dataset carries no note about where it came from", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Dataset from' })).toHaveCount(0);
});
