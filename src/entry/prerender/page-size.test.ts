// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreparedDataset } from '../../dataset/prepare-dataset.ts';
import type { Dataset } from '../../dataset/check/schema.ts';
import { readLetterDataset } from '../../test/letter.ts';
import { checkedSiteJson, prepareSiteDataset, renderPageFile } from './render-page.tsx';

const TEMPLATE = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'index.html'), 'utf8');

/** The letter's events repeated under new ids, up to `count`. */
function repeatedLetter(count: number): Dataset {
  const letter = readLetterDataset();
  const events = Array.from({ length: count }, (_, i) => {
    const event = letter.events[i % letter.events.length];
    if (!event) throw new Error('no event');
    const round = Math.floor(i / letter.events.length);
    return round === 0 ? event : { ...event, id: `${event.id}-${round}`, aliases: undefined };
  });
  return { ...letter, events };
}

/**
 * A site of N events has N pages: each must carry what its first view needs, not every event,
 * or the site grows as N² (1,000 events made 290 KB pages, most of them the list of all).
 */
describe('the pages of a site of 1,000 events', () => {
  let dataset: PreparedDataset;
  let checked: unknown;
  const render = async (page: Parameters<typeof renderPageFile>[2]) => {
    const { html } = await renderPageFile(checked, dataset, page, TEMPLATE, undefined);
    return new DOMParser().parseFromString(html, 'text/html');
  };
  beforeAll(async () => {
    const raw = repeatedLetter(1000);
    dataset = await prepareSiteDataset(raw);
    checked = await checkedSiteJson(raw);
  }, 120_000);

  it('give an event page its own event, its neighbours and a link to all, in a few tens of KB', async () => {
    const event = dataset.events[500];
    if (!event) throw new Error('no event');
    const doc = await render({ kind: 'event', id: event.id });
    expect(doc.documentElement.outerHTML.length).toBeLessThan(60_000);
    const list = doc.querySelector('nav.event-list ol');
    expect(list?.querySelectorAll('li').length).toBeLessThanOrEqual(40);
    expect(list?.querySelector(`[data-event-id="${event.id}"]`)).not.toBeNull();
    // Without JavaScript (JSDOM parses <noscript> as markup): the page's neighbours as links,
    // and the home page for all of them.
    const pageLinks = [...doc.querySelectorAll('noscript .page-links li a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(pageLinks).toHaveLength(21);
    expect(pageLinks).toContain(`../../event/${event.id}/`);
    const all = doc.querySelector('noscript .page-links p a');
    expect(all?.textContent).toBe('All 1,000 events, on the home page');
    expect(all?.getAttribute('href')).toBe('../../');
  });

  it('list every event once on the home page, for readers without JavaScript', async () => {
    const doc = await render({ kind: 'home' });
    expect(doc.querySelectorAll('noscript .page-links li a')).toHaveLength(1000);
    expect(doc.querySelector('noscript .page-links p a')).toBeNull();
  });
});
