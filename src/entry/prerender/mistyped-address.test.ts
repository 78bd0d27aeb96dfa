import { describe, expect, it } from 'vitest';
import { parsePagePath } from '../../url-state/page-path.ts';
import { composeDocument } from './render-page.tsx';

/** The built index.html's shape: the app's files addressed relatively, as Vite writes them with `base: './'`. */
const TEMPLATE = `<!doctype html><html lang="en"><head><title>x</title>
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="stylesheet" crossorigin href="./assets/main-B.css">
</head><body><div id="root"></div></body></html>`;

const assets = (html: string) =>
  [...html.matchAll(/(?:src|href)="([^"]*assets[^"]*)"/g)].map((m) => m[1]);
const page = { kind: 'event', id: 'jmg-office-arson' } as const;

describe('a mistyped address the host still serves (event/<id>//)', () => {
  it('loads the app’s files from the site’s folder when the site’s address is known', () => {
    const html = composeDocument(TEMPLATE, {
      page,
      head: '',
      body: '',
      raw: {},
      siteUrl: 'https://example.org/timeline/',
    });
    expect(assets(html)).toEqual(['/timeline/assets/index-A.js', '/timeline/assets/main-B.css']);
    // Resolved from the mistyped address, they are the site's own files.
    const from = 'https://example.org/timeline/event/jmg-office-arson//';
    expect(assets(html).map((a) => new URL(a ?? '', from).pathname)).toEqual([
      '/timeline/assets/index-A.js',
      '/timeline/assets/main-B.css',
    ]);
  });

  it('keeps relative addresses without it, and places the note the stylesheet hides', () => {
    const html = composeDocument(TEMPLATE, {
      page,
      head: '',
      body: '',
      raw: {},
      note: '<p class="missing-code-note">n</p>',
    });
    expect(assets(html)).toEqual(['../../assets/index-A.js', '../../assets/main-B.css']);
    expect(html).toContain('<p class="missing-code-note">n</p><div id="root"');
  });

  it('is read as the page the host served, on the site’s own folder', () => {
    expect(parsePagePath('/event/jmg-office-arson//')).toEqual({ page, root: '/' });
    expect(parsePagePath('/event//jmg-office-arson/')).toEqual({ page, root: '/' });
    expect(parsePagePath('/t//letter//')).toEqual({ page: { kind: 'letter' }, root: '/t/' });
    expect(parsePagePath('/ru//')).toEqual({ page: { kind: 'home', lang: 'ru' }, root: '/' });
  });
});
