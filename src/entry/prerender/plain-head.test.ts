import { describe, expect, it } from 'vitest';
import { readLetterDataset } from '../../test/letter.ts';
import { previewCard } from './preview-card.ts';
import { pageWords } from './render-page.tsx';
import { renderTestPage } from './render-test-page.ts';

/**
 * The prerendered head follows the runtime `document.title`'s plain-text rule: a right-to-left
 * override or a line separator in a title never reaches the tab or a link preview (hostile
 * review, second round, M2).
 */
const HOSTILE = ' $1 \u2028 \u202eRLO';
const UNSAFE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function hostileDataset(): unknown {
  const letter = readLetterDataset();
  const events = letter.events.slice(0, 2).map((e) => ({ ...e, title: `${e.title}${HOSTILE}` }));
  return {
    ...letter,
    document: { ...letter.document, title: `${letter.document.title}${HOSTILE}` },
    events,
  };
}

describe(
  'a dataset whose titles hold bidi overrides and line separators',
  { timeout: 30_000 },
  () => {
    it.each(['home', 'event'] as const)(
      'prerenders the %s page with a plain title, previews and image text',
      async (which) => {
        const { html, dataset, page } = await renderTestPage(hostileDataset(), which);
        const card = previewCard(dataset, page, await pageWords(page));
        // The head as written: title, description, Open Graph and Twitter tags, image text.
        // JSON-LD is data, not text on show: it keeps the dataset's characters (JSON-escaped).
        const head = html
          .slice(0, html.indexOf('<body'))
          .replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '');
        expect(head).toMatch(/<title>[^<]* \$1 {4}RLO/);
        const texts = [head, ...Object.values(card).map((value) => String(value ?? ''))];
        for (const text of texts) expect(text).not.toMatch(UNSAFE);
      },
    );
  },
);
