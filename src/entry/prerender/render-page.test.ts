import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreparedDataset, PreparedEvent } from '../../dataset/prepare-dataset.ts';
import { readLetterDataset } from '../../test/letter.ts';
import { pagePath, type Page } from '../../url-state/page-path.ts';
import { checkedSiteJson, prepareSiteDataset, renderPageFile, sitePages } from './render-page.tsx';
import { validateDataset } from '../../dataset/check/validate-dataset.ts';
import { inEnglishQuotes } from '../../text/quote-marks.ts';

/**
 * The pages as the build writes them, rendered here in Node from the letter's dataset and the
 * site's index.html, then read back as a browser would read their HTML (no script runs).
 */
const TEMPLATE = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'index.html'), 'utf8');
const SITE = 'https://example.org/timeline/';

let dataset: PreparedDataset;
let checked: unknown;
/**
 * Every page rendered with SITE_URL, and the few the tests read without it, each parsed once
 * as a browser would read its HTML and then read by every test.
 */
const rendered = new Map<string, { file: string; document: Document }>();
const keyOf = (page: Page, siteUrl: string | null) => `${pagePath(page)}|${siteUrl ?? ''}`;
const WITHOUT_SITE_URL: Page[] = [
  { kind: 'home', lang: 'ru' },
  { kind: 'event', id: 'jmg-office-arson' },
];

beforeAll(async () => {
  dataset = await prepareSiteDataset(readLetterDataset());
  checked = await checkedSiteJson(readLetterDataset());
  const first = dataset.events[0];
  const pages: [Page, string | null][] = [
    ...sitePages(dataset).map((page): [Page, string | null] => [page, SITE]),
    ...WITHOUT_SITE_URL.map((page): [Page, string | null] => [page, null]),
  ];
  if (first) pages.push([{ kind: 'event', id: first.id }, null]);
  for (const [page, siteUrl] of pages) {
    const { file, html } = await renderPageFile(
      checked,
      dataset,
      page,
      TEMPLATE,
      siteUrl ?? undefined,
    );
    const document = new DOMParser().parseFromString(html, 'text/html');
    rendered.set(keyOf(page, siteUrl), { file, document });
  }
  // 47 pages rendered by React and parsed by jsdom: seconds of real work, which a loaded machine
  // stretches past the usual limit; this one catches a hang.
}, 300_000);

function render(page: Page, siteUrl: string | null = SITE) {
  const file = rendered.get(keyOf(page, siteUrl));
  if (!file) throw new Error(`not rendered: ${keyOf(page, siteUrl)}`);
  return file;
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ??
  null;

type Json = Record<string, unknown>;
function jsonLd(doc: Document): Json {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.textContent ?? '') as Json;
}
const graphEvent = (ld: Json) => (ld['@graph'] as Json[])[0] as Json;

describe('the site', () => {
  it('has a home page, the letter and a page for each event, each in its own folder', () => {
    const files = sitePages(dataset).map((p) => `${pagePath(p)}index.html`);
    expect(files).toEqual([
      'index.html',
      'letter/index.html',
      ...dataset.events.map((e) => `event/${e.id}/index.html`),
      'ru/index.html',
      'ru/letter/index.html',
      ...dataset.events.map((e) => `ru/event/${e.id}/index.html`),
    ]);
  });
});

describe('an event page', () => {
  const eventPage = (e: PreparedEvent): Page => ({ kind: 'event', id: e.id });

  it('says, before any script, what the panel says: title, date, the paragraph with the words marked, its number, place, actors, kind', async () => {
    for (const event of dataset.events) {
      const { file, document: doc } = render(eventPage(event));
      expect(file).toBe(`event/${event.id}/index.html`);
      const aside = doc.querySelector('aside');
      expect(aside?.querySelector('h2')?.textContent).toBe(event.title);
      const marks = [...(aside?.querySelectorAll('blockquote mark') ?? [])].map(
        (m) => m.textContent,
      );
      expect(marks).toEqual(event.sources.map((s) => s.quote));
      for (const source of event.sources) {
        const paragraph = dataset.document.paragraphs.find((p) => p.id === source.paragraph);
        expect(aside?.textContent).toContain(paragraph?.text);
        const number = dataset.paragraphNumber.get(source.paragraph);
        expect(aside?.textContent).toContain(
          number === undefined ? ' line' : `Paragraph ${number}`,
        );
      }
      if (event.place) expect(aside?.textContent).toContain(event.place);
      for (const actor of event.actors) expect(aside?.textContent).toContain(actor);
    }
  });

  it('links every event as a plain link relative to its folder, and the letter at the quoted paragraph', async () => {
    const event = dataset.events[0];
    if (!event) throw new Error('no event');
    const { document: doc } = render(eventPage(event));
    // JSDOM parses without scripting, as a browser with JavaScript off: <noscript> holds markup.
    const hrefs = [...doc.querySelectorAll('noscript nav a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(dataset.events.map((e) => `../../event/${e.id}/`));
    expect([...doc.querySelectorAll('noscript a')].map((a) => a.getAttribute('href'))).toContain(
      `../../letter/#${event.sources[0]?.paragraph}`,
    );
  });

  it('has its title, the quote as description, a canonical link, Open Graph and Twitter card tags', async () => {
    for (const event of dataset.events) {
      const { document: doc } = render(eventPage(event));
      const url = `${SITE}event/${event.id}/`;
      expect(doc.title).toBe(`${event.title} — ${dataset.document.title}`);
      expect(meta(doc, 'description')).toContain(inEnglishQuotes(event.sources[0]?.quote ?? ''));
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta(doc, 'og:title')).toBe(event.title);
      expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
      expect(meta(doc, 'og:type')).toBe('article');
      expect(meta(doc, 'og:url')).toBe(url);
      expect(meta(doc, 'og:image')).toBe(`${url}preview.png`);
      expect(meta(doc, 'og:image:width')).toBe('1200');
      expect(meta(doc, 'og:image:height')).toBe('630');
      expect(meta(doc, 'og:image:alt')).toContain(event.title);
      expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
      expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
      expect(doc.querySelectorAll('title')).toHaveLength(1);
    }
  });

  it('leaves out only the tags that need an absolute address when SITE_URL is not set', async () => {
    const event = dataset.events[0];
    if (!event) throw new Error('no event');
    const { document: doc } = render(eventPage(event), null);
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    for (const key of ['og:url', 'og:image', 'og:image:alt', 'twitter:image'])
      expect(meta(doc, key)).toBeNull();
    for (const key of ['description', 'og:title', 'og:description', 'og:type', 'twitter:card']) {
      expect(meta(doc, key)).not.toBeNull();
    }
    expect(graphEvent(jsonLd(doc)).url).toBeUndefined();
  });

  it('describes the event, its quotation and the letter in JSON-LD, giving only the dates the letter states', async () => {
    const doc0 = dataset.document;
    for (const event of dataset.events) {
      const ld = jsonLd(render(eventPage(event)).document);
      expect(ld['@context']).toBe('https://schema.org');
      const node = graphEvent(ld);
      expect(node['@type']).toBe('Event');
      expect(node.name).toBe(event.title);
      expect(node.url).toBe(`${SITE}event/${event.id}/`);
      if (event.place) expect(node.location).toEqual({ '@type': 'Place', name: event.place });
      if (event.certainty === 'stated') {
        expect(node.startDate).toBe(
          event.start.slice(
            0,
            event.precision === 'year' ? 4 : event.precision === 'month' ? 7 : 10,
          ),
        );
        expect(String(node.startDate)).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      } else {
        // An approximate or inferred date is never given as a date.
        expect(node.startDate).toBeUndefined();
        expect(node.endDate).toBeUndefined();
        expect(node.disambiguatingDescription).toContain(event.edtf);
      }
      const quotes = node.subjectOf as Json[];
      expect(quotes.map((q) => q.text)).toEqual(event.sources.map((s) => s.quote));
      for (const quote of quotes) {
        expect(quote['@type']).toBe('Quotation');
        expect(quote.isPartOf).toEqual({
          '@type': 'CreativeWork',
          name: doc0.title,
          inLanguage: 'en',
          dateCreated: doc0.date,
          author: doc0.organisations.map((o) => ({ '@type': 'Organization', name: o.name })),
          identifier: doc0.reference,
          url: `${SITE}letter/`,
          // Which copy the quotes are from: the capture as the dataset describes it, a file of
          // its own, so that nothing said of the capture is said of the letter.
          encoding: {
            '@type': 'MediaObject',
            name: doc0.source?.file,
            encodingFormat: 'text/plain',
            sha256: doc0.source?.sha256,
            description: doc0.source?.description,
          },
        });
        expect((quote.isPartOf as Json).description).toBeUndefined();
      }
    }
  });

  it('names the dataset as checked at build time, one file for every page, in a data block that no browser runs, and starts the app from the page folder', async () => {
    const event = dataset.events[0];
    if (!event) throw new Error('no event');
    const { document: doc } = render(eventPage(event));
    const block = doc.getElementById('page-dataset');
    expect(block?.getAttribute('type')).toBe('application/json');
    const named = JSON.parse(block?.textContent ?? '') as { src: string };
    expect(named.src).toMatch(/^assets\/dataset-[0-9a-f]{8}\.json$/);
    // The page stays small: it holds no event but its own words. Its entry asks for the file
    // early; no preload tag asks for it on a link to another dataset.
    expect(block?.textContent?.length).toBeLessThan(100);
    expect(doc.querySelector('link[rel="preload"]')).toBeNull();
    const home = render({ kind: 'home' }).document.getElementById('page-dataset')?.textContent;
    expect(JSON.parse(home ?? '')).toEqual(named);
    const { shared } = await renderPageFile(checked, dataset, eventPage(event), TEMPLATE, SITE);
    expect(shared.file).toBe(named.src);
    const embedded: unknown = JSON.parse(shared.json);
    expect(embedded).toEqual(checked);
    // The browser prepares it without checking again: it must be what the checker returns.
    const again = await validateDataset(embedded);
    expect(again.ok && again.dataset).toEqual(embedded);
    expect(doc.getElementById('root')?.hasAttribute('data-prerendered')).toBe(true);
    const scripts = [...doc.querySelectorAll('script')];
    // Every script that runs comes from a file; the only inline ones are data.
    for (const script of scripts) {
      if (script.src) expect(script.getAttribute('src')).not.toMatch(/^(?:https?:)?\/\//);
      else expect(['application/json', 'application/ld+json']).toContain(script.type);
    }
  });
});

describe('the letter page', () => {
  it('numbers every paragraph with an anchor and links every quote to its event page', async () => {
    const { file, document: doc } = render({ kind: 'letter' });
    expect(file).toBe('letter/index.html');
    const items = [...doc.querySelectorAll('.reader-paragraphs > li')];
    expect(items.map((li) => li.id)).toEqual(dataset.document.paragraphs.map((p) => p.id));
    const links = [...doc.querySelectorAll('.reader-paragraphs mark a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\.\.\/event\/[a-z0-9-]+\/$/);
    const linked = new Set(links.map((href) => href?.split('/')[2]));
    expect([...linked].every((id) => id !== undefined && dataset.byId.has(id))).toBe(true);
    expect(meta(doc, 'og:type')).toBe('website');
    expect(jsonLd(doc)['@type']).toBe('CreativeWork');
  });
});

describe('the home page', () => {
  it('carries the masthead and every event with its date, with relative addresses', async () => {
    const { file, document: doc } = render({ kind: 'home' });
    expect(file).toBe('index.html');
    expect(doc.querySelector('h1')?.textContent).toBe(dataset.document.title);
    const entries = [...doc.querySelectorAll('nav .event-entry')];
    expect(entries).toHaveLength(dataset.events.length);
    expect(meta(doc, 'og:image')).toBe(`${SITE}preview.png`);
    expect(doc.querySelector('script[src]')?.getAttribute('src')).toBe('/src/entry/boot.ts');
    // A host serves this page for any address it lacks, /ru/… too: its note is in each language.
    const notes = [...doc.querySelectorAll('.missing-code-note')];
    expect(notes.map((n) => n.getAttribute('lang'))).toEqual(['en', 'ru']);
    expect(notes[1]?.textContent?.replace(/\u00a0/g, ' ')).toMatch(
      /^Код и стили приложения не загрузились по этому адресу, поэтому .*Открыть главную страницу хронологии$/,
    );
    expect(notes[1]?.querySelector('a')?.getAttribute('href')).toBe(`${SITE}ru/`);
    const ruNotes = render({ kind: 'home', lang: 'ru' }).document.querySelectorAll(
      '.missing-code-note',
    );
    expect(ruNotes).toHaveLength(1);
  });
});

describe('the Russian pages', () => {
  const ru = (page: Page): Page => ({ ...page, lang: 'ru' });
  const ruTitle = (e: PreparedEvent) => e.translations?.ru?.title;
  const hreflang = (doc: Document) =>
    [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
  const switcher = (doc: Document, name: string) =>
    [...doc.querySelectorAll('.language-switcher a')]
      .find((a) => a.textContent === name)
      ?.getAttribute('href');

  it('say in Russian what the English ones say, the letter’s words kept in English and marked so', () => {
    for (const event of dataset.events) {
      const { file, document: doc } = render(ru({ kind: 'event', id: event.id }));
      expect(file).toBe(`ru/event/${event.id}/index.html`);
      expect(doc.documentElement.lang).toBe('ru');
      const aside = doc.querySelector('aside');
      expect(aside?.querySelector('h2')?.textContent).toBe(ruTitle(event));
      expect(aside?.querySelector('h2')?.getAttribute('lang')).toBe('ru');
      expect(aside?.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
      const marks = [...(aside?.querySelectorAll('blockquote mark') ?? [])].map(
        (m) => m.textContent,
      );
      expect(marks).toEqual(event.sources.map((s) => s.quote));
      const number = dataset.paragraphNumber.get(event.sources[0]?.paragraph ?? '');
      expect(aside?.textContent).toContain(number === undefined ? 'строка' : `Абзац ${number}`);
      // Actors and places are the dataset's labels, shown from its one dictionary in Russian.
      for (const value of [...event.actors, ...(event.place ? [event.place] : [])]) {
        const entry = dataset.labels?.[value];
        expect(aside?.textContent).toContain(
          entry?.properName ? value : (entry?.translations?.ru ?? '\u0000'),
        );
      }
      expect(
        doc.title
          .replace(/\u00a0/g, ' ')
          .startsWith(`${ruTitle(event)} — Совместное письмо`.replace(/\u00a0/g, ' ')),
      ).toBe(true);
      expect(meta(doc, 'description')).toContain(`«${event.sources[0]?.quote}»`);
      expect(meta(doc, 'og:locale')).toBe('ru_RU');
      expect(meta(doc, 'og:locale:alternate')).toBe('en_GB');
      expect(meta(doc, 'og:image')).toBe(`${SITE}ru/event/${event.id}/preview.png`);
      const node = graphEvent(jsonLd(doc));
      expect(node.name).toBe(ruTitle(event));
      expect(node.inLanguage).toBe('ru');
      for (const quote of node.subjectOf as Json[]) {
        expect(quote.inLanguage).toBe('en');
        // A citation names the letter by its own title, whatever the page's language.
        expect((quote.isPartOf as Json).name).toBe(dataset.document.title);
      }
    }
  });

  it('mark the translated title of the letter as a translation wherever it names the letter', () => {
    const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');
    const original = dataset.document.title;
    const home = render(ru({ kind: 'home' })).document;
    expect(plain(home.title)).toMatch(
      /^Совместное письмо .* \(перевод заголовка\) — Source Timeline$/,
    );
    expect(plain(meta(home, 'og:title'))).toBe(
      'Хронология событий по письму Amnesty International, Front Line Defenders и Human Rights Watch от 16 декабря 2014 г.',
    );
    expect(plain(meta(home, 'og:image:alt'))).toContain('(перевод заголовка)');
    expect(plain(home.querySelector('.title-translation')?.textContent)).toBe(
      `Перевод заголовка; в оригинале: «${original}»`,
    );
    const letter = render(ru({ kind: 'letter' })).document;
    expect(plain(letter.title)).toMatch(/^Текст письма — Совместное .* \(перевод заголовка\) — /);
    expect(plain(meta(letter, 'og:title'))).toBe(`Текст письма (на английском): ${original}`);
    const event = render(ru({ kind: 'event', id: 'jmg-office-arson' })).document;
    expect(plain(event.title)).toContain('(перевод заголовка)');
    // In English the title is the letter's own, and named as it is.
    expect(meta(render({ kind: 'home' }).document, 'og:title')).toBe(original);
  });

  it('link each language’s page to the other, absolute with SITE_URL and relative without', () => {
    const id = 'jmg-office-arson';
    for (const page of [{ kind: 'event', id } as const, ru({ kind: 'event', id })]) {
      expect(hreflang(render(page).document)).toEqual([
        ['en', `${SITE}event/${id}/`],
        ['ru', `${SITE}ru/event/${id}/`],
        ['x-default', `${SITE}event/${id}/`],
      ]);
    }
    expect(hreflang(render({ kind: 'event', id }, null).document)).toEqual([
      ['en', `../../event/${id}/`],
      ['ru', `../../ru/event/${id}/`],
      ['x-default', `../../event/${id}/`],
    ]);
    expect(hreflang(render(ru({ kind: 'home' }), null).document)).toEqual([
      ['en', '../'],
      ['ru', '../ru/'],
      ['x-default', '../'],
    ]);
    expect(hreflang(render({ kind: 'letter' }).document)).toEqual([
      ['en', `${SITE}letter/`],
      ['ru', `${SITE}ru/letter/`],
      ['x-default', `${SITE}letter/`],
    ]);
  });

  it('switch language by plain links that keep the page, and link their events in their own folder', () => {
    const id = 'jmg-office-arson';
    const english = render({ kind: 'event', id }).document;
    expect(switcher(english, 'Русский')).toBe(`../../ru/event/${id}/`);
    const russian = render(ru({ kind: 'event', id })).document;
    // `lang=en` is kept: a reader whose browser prefers Russian asked for English.
    expect(switcher(russian, 'English')).toBe(`../../../event/${id}/?lang=en`);
    const hrefs = [...russian.querySelectorAll('noscript nav a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual(dataset.events.map((e) => `../../../ru/event/${e.id}/`));
    const home = render(ru({ kind: 'home' })).document;
    expect(home.documentElement.lang).toBe('ru');
    expect(home.querySelector('h1')?.textContent).toBe(dataset.document.translations?.ru?.title);
    // Short, the original's language said early, the letter's own title (never a translation)
    // in quotation marks, and no parentheses strung together.
    const homeDescription = meta(home, 'description')?.replace(/\u00a0/g, ' ') ?? '';
    expect(homeDescription).toMatch(
      /^Хронология: 20 событий из письма Amnesty International, Front Line Defenders и Human Rights Watch от 16 декабря 2014 г\.; к каждому — дословная цитата \(на английском языке\) из этой копии письма\. Заголовок письма: «Joint Letter to President Putin: .*»\.$/,
    );
    expect(homeDescription).not.toContain(') (');
    expect(homeDescription.indexOf('на английском языке')).toBeLessThan(160);
    expect(meta(home, 'og:image')).toBe(`${SITE}ru/preview.png`);
    const letter = render(ru({ kind: 'letter' })).document;
    expect(letter.querySelectorAll('.reader-paragraphs > li > p[lang="en"]')).toHaveLength(
      dataset.document.paragraphs.length,
    );
    expect(jsonLd(letter)).toMatchObject({ name: dataset.document.title, inLanguage: 'en' });
    // The letter's page is named as the letter, not as the timeline.
    expect(letter.title).not.toBe(home.title);
    expect(letter.title).toMatch(/^Текст\sписьма\s—\s/);
    const letterDescription = meta(letter, 'description')?.replace(/\u00a0/g, ' ') ?? '';
    expect(letterDescription).toMatch(
      /^Полный текст этой копии письма на языке оригинала \(английском\) с выделенными словами/,
    );
    expect(letterDescription).not.toContain(') (');
  });
});
