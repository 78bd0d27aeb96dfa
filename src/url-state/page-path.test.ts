import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventHref,
  foldPageIntoSearch,
  locationFor,
  parsePagePath,
  shareLink,
  type Page,
  type PagePath,
} from './page-path.ts';
import { parseUrlState, type UrlState } from './url-state.ts';

const HOME: Page = { kind: 'home' };
const LETTER: Page = { kind: 'letter' };
const arson: Page = { kind: 'event', id: 'jmg-office-arson' };

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
  ])('%s', (_what, pathname, state, hash, expected) => {
    expect(locationFor(at(pathname), state, hash, 'p1')).toBe(expected);
  });

  it('writes an address that reads back as the same state, from any page', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
    const state = fc.record(
      {
        data: fc.constantFrom('x.json', 'sets/y.json'),
        event: id,
        read: fc.constantFrom('p1', 'p8', 'intro'),
        start: fc.constant('2014-12-01'),
      },
      { requiredKeys: [] },
    );
    const pathname = fc.oneof(
      fc.constantFrom('/', '/s/', '/s/letter/', '/letter/'),
      id.map((e) => `/s/event/${e}/`),
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
  ])('shareLink gives %s', (_what, state, moved, expected) => {
    expect(shareLink('https://s.test/t/', state, moved)).toBe(expected);
  });
});
