// @vitest-environment jsdom
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteDataFiles } from '../../../scripts/vite-data-plugin.ts';
import { LETTER_SOURCE } from '../../dataset/letter-source.ts';
import type { PreparedDataset } from '../../dataset/prepare-dataset.ts';
import { makeDataset, makeEvent } from '../../test/datasets.ts';
import type { Page } from '../../url-state/page-path.ts';
import { checkedSiteJson, prepareSiteDataset, renderPageFile } from './render-page.tsx';
import { PAGE_TEMPLATE } from './render-test-page.ts';

/** A report, not the letter: its own title, organisations and events. */
function report() {
  const raw = makeDataset([
    makeEvent(),
    makeEvent({
      id: 'search',
      title: 'The office was searched',
      sources: [{ paragraph: 'p2', quote: 'Later that day the office was searched.' }],
    }),
  ]);
  raw.document.title = 'A report about an office';
  return raw;
}

/** What a reader or a link preview reads of a page: its text, title and head tags. */
function readable(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const tags = [...doc.head.querySelectorAll('meta[content]')].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
  const labels = [...doc.querySelectorAll('[aria-label],[title],[alt]')].flatMap((el) =>
    ['aria-label', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [doc.title, ...tags, ...labels, doc.body.textContent].join('\n');
}

const LETTER_WORDS = /\bletter\b|письм/i;
const PAGES: Page[] = [
  { kind: 'home' },
  { kind: 'event', id: 'search' },
  { kind: 'letter' },
  { kind: 'home', lang: 'ru' },
  { kind: 'event', id: 'search', lang: 'ru' },
  { kind: 'letter', lang: 'ru' },
];

describe('a site built with another dataset (SITE_DATASET)', () => {
  let dataset: PreparedDataset;
  let checked: unknown;
  beforeAll(async () => {
    vi.stubEnv('VITE_SITE_DATASET', 'other');
    dataset = await prepareSiteDataset(report());
    checked = await checkedSiteJson(report());
  }, 120_000);
  afterAll(() => vi.unstubAllEnvs());

  it.each(PAGES)('names its document, never the letter, on the page %j', async (page) => {
    const { html } = await renderPageFile(checked, dataset, page, PAGE_TEMPLATE, 'https://e.org/');
    const text = readable(html);
    expect(text).toContain('A report about an office');
    // The letter page keeps its address (`letter/`): a public path, not a word it says.
    const words = text.replaceAll(/https:\/\/\S*/g, '');
    expect(words.match(LETTER_WORDS)?.[0]).toBeUndefined();
    // Nothing of the letter's data: its file, its checksum, its audit, its authors.
    for (const word of [LETTER_SOURCE.file, LETTER_SOURCE.sha256, 'fidelity-audit', 'Amnesty'])
      expect(html).not.toContain(word);
  });

  it('publishes its own dataset as the default one, and none of the letter’s files', () => {
    const file = join(tmpdir(), 'other-site-report.json');
    writeFileSync(file, JSON.stringify(report()));
    vi.stubEnv('SITE_DATASET', file);
    expect([...siteDataFiles()]).toEqual([['events.json', file]]);
  });
});
