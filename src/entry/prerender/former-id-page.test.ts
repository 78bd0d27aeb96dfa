import { describe, expect, it } from 'vitest';
import { formerIdPage } from './former-id-page.ts';

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

  it('refuses a page without a head rather than write a broken one', () => {
    expect(() => formerIdPage('<p>no head</p>', 'x')).toThrow(/no <\/head>/);
  });
});
