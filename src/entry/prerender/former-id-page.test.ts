import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../dataset/prepare-dataset.ts';
import { readLetterDataset } from '../../test/letter.ts';
import { wordsOf } from '../../test/words.ts';
import { formerIdPage } from './former-id-page.ts';
import { pageHead } from './head-tags.ts';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('formerIdPage', () => {
  it('keeps the page out of search indexes and keeps its absolute canonical link to the current id', () => {
    const canonical = '<link rel="canonical" href="https://example.org/event/current/" />';
    const html = formerIdPage(page(canonical), 'current');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html.match(/rel="canonical"/g)).toHaveLength(1);
    expect(html).toContain(canonical);
  });

  it('points at the current id with a relative canonical link when the site address is unknown', () => {
    const html = formerIdPage(page('<title>t</title>'), 'media-report-interior-ministry-denial');
    expect(html).toContain(
      '<link rel="canonical" href="../media-report-interior-ministry-denial/" />',
    );
    expect(html.indexOf('noindex')).toBeLessThan(html.indexOf('</head>'));
  });

  it('gives the page at a former id the current page’s preview image and address', () => {
    const letter = prepareDataset(readLetterDataset());
    const current = 'police-forcibly-enter-jmg-apartment';
    expect(letter.byId.get(current)?.aliases).toContain('police-raid-jmg-apartment');
    const site = 'https://example.org/timeline/';
    const head = pageHead(letter, { kind: 'event', id: current }, site, {
      language: 'en',
      ...wordsOf('en'),
    }).html;
    const html = formerIdPage(page(head), current);
    const image = `${site}event/${current}/preview.png`;
    expect(html).toContain(`<meta property="og:image" content="${image}"`);
    expect(html).toContain(`<meta name="twitter:image" content="${image}"`);
    expect(html).not.toContain('police-raid');
  });

  it('refuses a page without a head rather than write a broken one', () => {
    expect(() => formerIdPage('<p>no head</p>', 'x')).toThrow(/no <\/head>/);
  });
});
