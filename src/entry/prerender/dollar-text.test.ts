import { describe, expect, it } from 'vitest';
import { readLetterDataset } from '../../test/letter.ts';
import { renderTestPage } from './render-test-page.ts';

/**
 * A `$` in a dataset's words is text, never a replacement pattern: `$1`, `$$`, `` $` ``, `$'`
 * and `$&` mean something to String.replace with a replacement string (hostile review, H1).
 */
const DOLLARS = "US$1,000,000 $$2 $` $' $& $1";
const WORD_KEYS = new Set([
  'title',
  'summary',
  'place',
  'label',
  'description',
  'name',
  'reference',
]);

/** Every word field of a value, with the dollar sequences added to its end. */
function withDollars(value: unknown, key = ''): unknown {
  // A label has room for 40 characters: it becomes the sequences alone.
  if (typeof value === 'string' && key === 'label') return DOLLARS;
  if (typeof value === 'string') return WORD_KEYS.has(key) ? `${value} ${DOLLARS}` : value;
  if (Array.isArray(value))
    return value.map((v) => (key === 'actors' ? `${String(v)} ${DOLLARS}` : withDollars(v)));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDollars(v, k)]));
  }
  return value;
}

function dollarDataset(): unknown {
  const letter = readLetterDataset();
  const dataset = withDollars({ ...letter, events: letter.events.slice(0, 2) }) as typeof letter;
  // Actors and places are keys of the labels dictionary: they carry the sequences there too.
  dataset.labels = Object.fromEntries(
    Object.entries(letter.labels ?? {}).map(([name, label]) => [`${name} ${DOLLARS}`, label]),
  );
  const first = dataset.events[0];
  const cited = dataset.document.paragraphs.find((p) => p.id === first?.sources[0]?.paragraph);
  if (!first || !cited) throw new Error('the letter has no cited paragraph');
  cited.text = `${cited.text} Cost: ${DOLLARS}.`;
  first.sources.push({ paragraph: cited.id, quote: DOLLARS });
  return dataset;
}

describe('a dataset whose words hold $ sequences', () => {
  it.each(['home', 'event'] as const)(
    'renders the %s page with one body, valid JSON-LD and every word intact',
    async (which) => {
      const { html, dataset } = await renderTestPage(dollarDataset(), which);
      const event = dataset.events[0];
      if (!event) throw new Error('no event');
      expect(html.match(/<body/g)).toHaveLength(1);
      expect(html.match(/<div id="root"/g)).toHaveLength(1);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.title).toContain(DOLLARS);
      const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
      expect(ogTitle).toContain(DOLLARS);
      const ld = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(ld).toHaveLength(1);
      expect(JSON.stringify(JSON.parse(ld[0]?.textContent ?? ''))).toContain(DOLLARS);
      expect(doc.body.textContent).toContain(`${event.title}`);
      expect(doc.getElementById('root')?.textContent).toContain(DOLLARS);
    },
  );
});
