import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { languageHref } from './page-location.ts';
import {
  eventHref,
  foldPageIntoSearch,
  locationFor,
  PAGE_LANGUAGES,
  pageHref,
  parsePagePath,
  rootPrefix,
  shareLink,
  type Page,
  type PagePath,
} from './page-path.ts';
import { parseUrlState, type UrlState } from './url-state.ts';

const HOME: Page = { kind: 'home' };
const LETTER: Page = { kind: 'letter' };
const arson: Page = { kind: 'event', id: 'jmg-office-arson' };
const ru = (page: Page): Page => ({ ...page, lang: 'ru' });

describe('parsePagePath', () => {
  it.each<[string, PagePath]>([
    ['/', { page: HOME, root: '/' }],
    ['/index.html', { page: HOME, root: '/' }],
    ['/event/jmg-office-arson/', { page: arson, root: '/' }],
    ['/event/jmg-office-arson/index.html', { page: arson, root: '/' }],
    ['/letter/', { page: LETTER, root: '/' }],
    ['/letter/index.html', { page: LETTER, root: '/' }],
    ['/sites/timeline/', { page: HOME, root: '/sites/timeline/' }],
    [
      '/sites/timeline/event/a-1/',
      { page: { kind: 'event', id: 'a-1' }, root: '/sites/timeline/' },
    ],
    ['/sites/timeline/letter/', { page: LETTER, root: '/sites/timeline/' }],
    ['/event/jmg-office-arson', { page: HOME, root: '/event/' }],
    ['/event/JMG/', { page: HOME, root: '/event/JMG/' }],
    ['/event/a--b/', { page: HOME, root: '/event/a--b/' }],
    ['/event/', { page: HOME, root: '/event/' }],
    ['/letters/', { page: HOME, root: '/letters/' }],
    ['', { page: HOME, root: '/' }],
    ['/ru/', { page: ru(HOME), root: '/' }],
    ['/ru/index.html', { page: ru(HOME), root: '/' }],
    ['/ru/event/jmg-office-arson/', { page: ru(arson), root: '/' }],
    ['/ru/letter/', { page: ru(LETTER), root: '/' }],
    [
      '/sites/timeline/ru/event/a-1/',
      { page: ru({ kind: 'event', id: 'a-1' }), root: '/sites/timeline/' },
    ],
    ['/ru', { page: HOME, root: '/' }],
    ['/fr/event/a/', { page: { kind: 'event', id: 'a' }, root: '/fr/' }],
    ['/rus/letter/', { page: LETTER, root: '/rus/' }],
  ])('reads %s', (pathname, expected) => {
    expect(parsePagePath(pathname)).toEqual(expected);
  });

  it('refuses an event id longer than the URL state allows', () => {
    expect(parsePagePath(`/event/${'a'.repeat(201)}/`).page).toEqual(HOME);
    expect(parsePagePath(`/event/${'a'.repeat(200)}/`).page.kind).toBe('event');
  });
});

describe('foldPageIntoSearch', () => {
  it.each<[string, Page, string, string, string]>([
    ['the home page as its query', HOME, '?event=a', '', '?event=a'],
    ['an event page as its event', arson, '', '', '?event=jmg-office-arson'],
    [
      'an event page with a window',
      arson,
      '?start=2014-12-01&end=2014-12-20',
      '',
      '?start=2014-12-01&end=2014-12-20&event=jmg-office-arson',
    ],
    [
      'an event page whose query names another event, which wins',
      arson,
      '?event=b',
      '',
      '?event=b',
    ],
    [
      'an event page with another dataset, which has no pages',
      arson,
      '?data=x.json',
      '',
      '?data=x.json',
    ],
    ['the letter at its first paragraph', LETTER, '', '', '?read=p1'],
    ['the letter at the paragraph of its fragment', LETTER, '', '#p8', '?read=p8'],
    ['the letter with a fragment that is no paragraph id', LETTER, '', '#-x', '?read=p1'],
    ['the letter with an event in the query, which wins', LETTER, '?event=a', '#p8', '?event=a'],
    ['the Russian home page as lang=ru', ru(HOME), '?q=x', '', '?q=x&lang=ru'],
    [
      'a Russian event page as its event and lang=ru',
      ru(arson),
      '',
      '',
      '?lang=ru&event=jmg-office-arson',
    ],
    [
      'a Russian page whose query asks for English, which wins',
      ru(arson),
      '?lang=en',
      '',
      '?lang=en&event=jmg-office-arson',
    ],
    ['a Russian page with an empty lang, as lang=ru', ru(HOME), '?lang=', '', '?lang=ru'],
    [
      'a Russian page whose query asks for a language the interface lacks, in the folder’s Russian',
      ru(arson),
      '?lang=xx&read=p8',
      '',
      '?lang=ru&read=p8&event=jmg-office-arson',
    ],
    [
      'a Russian page whose query asks for English in a long tag, in English',
      ru(arson),
      '?lang=en-Latn-GB-x-foo',
      '',
      '?lang=en-Latn-GB-x-foo&event=jmg-office-arson',
    ],
    [
      'a Russian page with another dataset, still in Russian',
      ru(arson),
      '?data=x.json',
      '',
      '?data=x.json&lang=ru',
    ],
    ['the Russian letter at its first paragraph', ru(LETTER), '', '', '?lang=ru&read=p1'],
  ])('reads %s', (_what, page, search, hash, expected) => {
    expect(foldPageIntoSearch(page, search, hash, 'p1')).toBe(expected);
  });
});

describe('locationFor', () => {
  const at = (pathname: string) => parsePagePath(pathname);
  it.each<[string, string, UrlState, string, string]>([
    [
      'stays on an event page while it shows the event',
      '/s/event/a/',
      { event: 'a' },
      '',
      '/s/event/a/',
    ],
    [
      'keeps a moved window as a query on the page',
      '/s/event/a/',
      { event: 'a', start: '2014-12-01', end: '2014-12-20' },
      '',
      '/s/event/a/?start=2014-12-01&end=2014-12-20',
    ],
    [
      'keeps the letter open as a query on an event page',
      '/s/event/a/',
      { event: 'a', read: 'p8' },
      '',
      '/s/event/a/?read=p8',
    ],
    [
      'leaves an event page for the folder when another event opens',
      '/s/event/a/',
      { event: 'b' },
      '',
      '/s/?event=b',
    ],
    ['leaves an event page for the folder when the event closes', '/s/event/a/', {}, '', '/s/'],
    ['stays on the letter at its start', '/s/letter/', { read: 'p1' }, '', '/s/letter/'],
    [
      'writes another paragraph of the letter as its fragment',
      '/s/letter/',
      { read: 'p8' },
      '#p1',
      '/s/letter/#p8',
    ],
    [
      'leaves the letter when an event opens',
      '/s/letter/',
      { event: 'a', read: 'p8' },
      '',
      '/s/?event=a&read=p8',
    ],
    [
      'writes the home page as a query, keeping its fragment',
      '/s/',
      { event: 'a' },
      '#x',
      '/s/?event=a#x',
    ],
    [
      'never writes another dataset as a page',
      '/s/event/a/',
      { data: 'x.json', event: 'a' },
      '',
      '/s/?data=x.json&event=a',
    ],
    [
      'writes lang=ru as the Russian folder',
      '/s/event/a/',
      { lang: 'ru', event: 'a' },
      '',
      '/s/ru/event/a/',
    ],
    [
      'keeps the query on the Russian page',
      '/s/ru/event/a/',
      { lang: 'ru', event: 'a', q: 'x' },
      '',
      '/s/ru/event/a/?q=x',
    ],
    [
      'moves a Russian page to English, keeping lang=en',
      '/s/ru/event/a/',
      { lang: 'en', event: 'a' },
      '',
      '/s/event/a/?lang=en',
    ],
    [
      'moves a Russian page to the browser’s language',
      '/s/ru/letter/',
      { read: 'p8' },
      '',
      '/s/letter/#p8',
    ],
    [
      'opens another event in the Russian folder',
      '/s/ru/event/a/',
      { lang: 'ru', event: 'b' },
      '',
      '/s/ru/?event=b',
    ],
    [
      'moves the home page’s lang=ru to its folder',
      '/s/',
      { lang: 'ru', event: 'a' },
      '#x',
      '/s/ru/?event=a#x',
    ],
    [
      'keeps lang in the query for another dataset',
      '/s/ru/',
      { data: 'x.json', lang: 'ru' },
      '',
      '/s/?data=x.json&lang=ru',
    ],
    [
      'keeps a language with no pages in the query',
      '/s/event/a/',
      { lang: 'fr', event: 'a' },
      '',
      '/s/event/a/?lang=fr',
    ],
  ])('%s', (_what, pathname, state, hash, expected) => {
    expect(locationFor(at(pathname), state, hash, 'p1')).toBe(expected);
  });

  it('writes an address that reads back as the same state, from any page', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
    const state = fc.record(
      {
        data: fc.constantFrom('x.json', 'sets/y.json'),
        lang: fc.constantFrom('ru', 'en', 'fr'),
        event: id,
        read: fc.constantFrom('p1', 'p8', 'intro'),
        start: fc.constant('2014-12-01'),
      },
      { requiredKeys: [] },
    );
    const pathname = fc.oneof(
      fc.constantFrom('/', '/s/', '/s/letter/', '/letter/', '/ru/', '/s/ru/letter/'),
      id.map((e) => `/s/event/${e}/`),
      id.map((e) => `/s/ru/event/${e}/`),
    );
    fc.assert(
      fc.property(pathname, state, (from, raw) => {
        const wanted: UrlState = { ...raw, ...(raw.start ? { end: '2014-12-20' } : {}) };
        const href = new URL(
          locationFor(parsePagePath(from), wanted, '', 'p1'),
          'https://site.test',
        );
        const folded = foldPageIntoSearch(
          parsePagePath(href.pathname).page,
          href.search,
          href.hash,
          'p1',
        );
        expect(parseUrlState(folded).state).toEqual(
          parseUrlState(`?${new URLSearchParams(wanted as Record<string, string>).toString()}`)
            .state,
        );
      }),
    );
  });
});

describe('links', () => {
  it.each<[string, string, string | undefined, string]>([
    ['from the home page', '', undefined, 'event/a/'],
    ['from the letter', '../', undefined, '../event/a/'],
    ['from another event page', '../../', undefined, '../../event/a/'],
    ['for another dataset, as a query', '../../', 'x.json', '../../?data=x.json&event=a'],
  ])('eventHref links to an event %s', (_what, prefix, data, expected) => {
    expect(eventHref(prefix, 'a', data)).toBe(expected);
  });

  it.each<[string, string, string | undefined, string | undefined, string]>([
    ['in Russian, to its Russian page', '../../../', undefined, 'ru', '../../../ru/event/a/'],
    ['in English asked for, keeping it', '../', undefined, 'en', '../event/a/?lang=en'],
    ['for another dataset, with its language', '', 'x.json', 'ru', '?data=x.json&lang=ru&event=a'],
  ])('eventHref links to an event %s', (_what, prefix, data, lang, expected) => {
    expect(eventHref(prefix, 'a', data, lang)).toBe(expected);
  });

  it('links the letter in the reader’s language', () => {
    expect(pageHref('../../', LETTER, 'ru')).toBe('../../ru/letter/');
    expect(pageHref('', LETTER, undefined)).toBe('letter/');
  });

  it.each<[string, Page, UrlState, string, string]>([
    [
      'an event page to its Russian one',
      arson,
      { event: arson.id },
      'ru',
      '../../ru/event/jmg-office-arson/',
    ],
    [
      'a Russian event page to its English one, with lang=en',
      ru(arson),
      { lang: 'ru', event: arson.id, q: 'x' },
      'en',
      '../../../event/jmg-office-arson/?lang=en&q=x',
    ],
    ['the home page to Russian', HOME, {}, 'ru', 'ru/'],
    ['the home page to English', HOME, {}, 'en', './?lang=en'],
    [
      'the Russian letter at a paragraph to English',
      ru(LETTER),
      { lang: 'ru', read: 'p8' },
      'en',
      '../../letter/?lang=en#p8',
    ],
    [
      'another dataset’s view, by its query',
      ru(HOME),
      { data: 'x.json', lang: 'ru' },
      'en',
      '../?data=x.json&lang=en',
    ],
  ])('languageHref switches %s', (_what, page, state, lang, expected) => {
    expect(languageHref(page, state, lang, {})).toBe(expected);
  });

  it('has a folder for every language but the first, and one level deeper', () => {
    expect([...PAGE_LANGUAGES]).toEqual(LANGUAGES.slice(1));
    expect(rootPrefix(ru(arson))).toBe('../../../');
  });

  it.each<[string, UrlState, UrlState | undefined, string]>([
    ['the event page', { event: 'a', read: 'p8' }, undefined, 'https://s.test/t/event/a/'],
    [
      'the event page with the window the reader moved to',
      { event: 'a' },
      { start: '2014-12-01', end: '2014-12-20' },
      'https://s.test/t/event/a/?start=2014-12-01&end=2014-12-20',
    ],
    [
      'the query form for another dataset',
      { data: 'x.json', event: 'a' },
      { start: '2014-12-01', end: '2014-12-20' },
      'https://s.test/t/?data=x.json&event=a&start=2014-12-01&end=2014-12-20',
    ],
    ['the folder when no event is open', { read: 'p8' }, undefined, 'https://s.test/t/'],
    [
      'the page in the reader’s language folder',
      { lang: 'ru', event: 'a' },
      { start: '2014-12-01', end: '2014-12-20' },
      'https://s.test/t/ru/event/a/?start=2014-12-01&end=2014-12-20',
    ],
    [
      'the language folder when no event is open',
      { lang: 'ru' },
      undefined,
      'https://s.test/t/ru/',
    ],
    [
      'the top-level page for the default language, for each reader’s own',
      { lang: 'en', event: 'a' },
      undefined,
      'https://s.test/t/event/a/',
    ],
    [
      'the query form without a folder for another dataset',
      { data: 'x.json', lang: 'ru', event: 'a' },
      undefined,
      'https://s.test/t/?data=x.json&event=a',
    ],
  ])('shareLink gives %s', (_what, state, moved, expected) => {
    expect(shareLink('https://s.test/t/', state, moved)).toBe(expected);
  });
});
