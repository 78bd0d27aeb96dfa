import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilToMs, DAY_MS } from '../dates/civil-date.ts';
import { historyFor, parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';
import { isSafeDatasetPath, MAX_QUERY_LENGTH } from './url-values.ts';
import { serializeInstant, windowToUrl } from './url-window.ts';

const APP = 'https://app.test/';
const REFUSED_WINDOW = { param: 'start', code: 'window-invalid' };
const SWAPPED_WINDOW = { param: 'start', code: 'window-reversed' };

describe('parseUrlState', () => {
  it.each<[string, string, UrlState]>([
    ['a language', '?lang=ru', { lang: 'ru' }],
    ['a language with a region, lower-cased', '?lang=pt-BR', { lang: 'pt-br' }],
    [
      'a language with script, region and private use subtags',
      '?lang=ru-Latn-RU-x-foo',
      { lang: 'ru-latn-ru-x-foo' },
    ],
    [
      'a language with a variant and an extension',
      '?lang=de-CH-1901-u-co-phonebk',
      { lang: 'de-ch-1901-u-co-phonebk' },
    ],
    ['nothing', '', {}],
    ['a bare question mark', '?', {}],
    ['an event', '?event=jmg-office-arson', { event: 'jmg-office-arson' }],
    ['a paragraph to read', '?read=p8', { read: 'p8' }],
    ['the about view', '?about=1', { about: '1' }],
    ['the about view with another value', '?about=yes', { about: '1' }],
    ['the about view switched off', '?about=0', {}],
    ['an empty about', '?about=', {}],
    ['another dataset', '?data=data/other.json', { data: 'data/other.json' }],
    [
      'a dataset in a nested folder',
      '?data=sets/2014/letter_v2.json',
      { data: 'sets/2014/letter_v2.json' },
    ],
    [
      'a window of days',
      '?start=2014-12-01&end=2014-12-20',
      { start: '2014-12-01', end: '2014-12-20' },
    ],
    [
      'a narrow window of minutes',
      '?start=2014-12-13T18:00&end=2014-12-13T21:30',
      { start: '2014-12-13T18:00', end: '2014-12-13T21:30' },
    ],
    [
      'a window of seconds',
      '?start=2014-12-13T18:00:05&end=2014-12-13T18:00:40',
      { start: '2014-12-13T18:00:05', end: '2014-12-13T18:00:40' },
    ],
    [
      'a window with no leading question mark',
      'start=2014-12-01&end=2014-12-20',
      { start: '2014-12-01', end: '2014-12-20' },
    ],
    [
      'everything at once, in any order',
      '?end=2014-12-20&read=p8&start=2014-12-01&event=jmg-office-arson&data=data/events.json',
      {
        data: 'data/events.json',
        event: 'jmg-office-arson',
        read: 'p8',
        start: '2014-12-01',
        end: '2014-12-20',
      },
    ],
    ['unknown parameters, which are ignored', '?utm_source=mail&event=a&zoom=3', { event: 'a' }],
    [
      'a duplicated parameter, where the first wins',
      '?event=first&event=second',
      { event: 'first' },
    ],
    [
      'a duplicated window, where the first wins',
      '?start=2014-12-01&start=2014-01-01&end=2014-12-20&end=2015-01-01',
      { start: '2014-12-01', end: '2014-12-20' },
    ],
    ['empty values, which are left out', '?data=&event=&read=', {}],
    [
      'encoded characters',
      '?event=jmg%2Doffice%2Darson&data=data%2Fevents.json',
      { event: 'jmg-office-arson', data: 'data/events.json' },
    ],
    ['a fragment-free query with a plus sign in a value', '?read=p8+x', {}],
  ])('reads %s', (_what, search, state) => {
    expect(parseUrlState(search).state).toEqual(state);
  });

  it.each([
    [
      'a wide window',
      '?start=2014-12-20&end=2014-12-01',
      { start: '2014-12-01', end: '2014-12-20' },
    ],
    [
      'a window of hours',
      '?start=2014-12-13T21:00&end=2014-12-13T18:00',
      { start: '2014-12-13T18:00', end: '2014-12-13T21:00' },
    ],
  ])(
    'turns %s that ends before it starts the right way round, and says so',
    (_what, search, state) => {
      expect(parseUrlState(search)).toEqual({ state, notices: [SWAPPED_WINDOW] });
    },
  );

  it.each([
    ['only a start', '?start=2014-12-01'],
    ['only an end', '?end=2014-12-01'],
    ['a start that is not a date', '?start=yesterday&end=2014-12-20'],
    ['a day that does not exist', '?start=2014-02-30&end=2014-03-20'],
    ['a month without a day', '?start=2014-12&end=2015-01'],
    ['an empty window', '?start=2014-12-01&end=2014-12-01'],
    ['the same instant written twice', '?start=2014-12-01&end=2014-12-01T00:00'],
    ['a window before year 1', '?start=0000-06-01&end=0001-06-01'],
    ['an empty start', '?start=&end=2014-12-20'],
    ['a time zone offset', '?start=2014-12-01T10:00Z&end=2014-12-02'],
    ['a Unix time', '?start=1418428800000&end=1418515200000'],
  ])('refuses %s, shows the default view and says so', (_what, search) => {
    expect(parseUrlState(search)).toEqual({ state: {}, notices: [REFUSED_WINDOW] });
  });

  it.each([
    ['an id with capitals', '?event=JMG-Office'],
    ['an id with a space', '?event=office%20fire'],
    ['an id with a slash', '?event=a/b'],
    ['an id that is too long', `?event=${'a'.repeat(201)}`],
    ['markup', '?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ])('refuses %s as an event, keeping the rest', (_what, search) => {
    const { state, notices } = parseUrlState(`${search}&read=p2`);
    expect(state).toEqual({ read: 'p2' });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe('event');
    expect(notices[0]?.code).toBe('event-invalid');
  });

  it.each([
    ['a paragraph id with a dot', '?read=p.8'],
    ['a paragraph id starting with a hyphen', '?read=-p8'],
    ['a paragraph id that is too long', `?read=p${'1'.repeat(200)}`],
  ])('refuses %s as a paragraph', (_what, search) => {
    const { state, notices } = parseUrlState(search);
    expect(state).toEqual({});
    expect(notices.map((n) => n.param)).toEqual(['read']);
  });

  it.each([
    ['another site', 'https://evil.example/x.json'],
    ['another site without a scheme', '//evil.example/x.json'],
    ['a script', 'javascript:alert(1)'],
    ['a script that ends in .json', 'javascript:alert(1)//.json'],
    ['a data URL', 'data:application/json,{}'],
    ['a parent folder', 'data/../x.json'],
    ['a parent folder at the start', '../x.json'],
    ['the current folder', './data/events.json'],
    ['an absolute path', '/abs.json'],
    ['a file that is not JSON', 'x.txt'],
    ['a file named only .json', '.json'],
    ['a hidden file', 'data/.secret.json'],
    ['a backslash path', 'data\\..\\x.json'],
    ['a backslash host', '\\\\evil.example\\x.json'],
    ['an encoded parent folder', '%2e%2e/x.json'],
    ['a doubly encoded parent folder', '%252e%252e%252fx.json'],
    ['an encoded slash', 'data%2f..%2fx.json'],
    ['a query string', 'data/events.json?x=1'],
    ['a fragment', 'data/events.json#x'],
    ['a user and host', 'user@evil.example/x.json'],
    ['a tab inside', 'data/\tx.json'],
    ['a path too long', `${'a'.repeat(200)}.json`],
  ])('refuses %s as a dataset (%s)', (_what, path) => {
    expect(isSafeDatasetPath(path)).toBe(false);
    const { state, notices } = parseUrlState(`?data=${encodeURIComponent(path)}&event=a`);
    expect(state).toEqual({ event: 'a' });
    expect(notices.map((n) => n.param)).toEqual(['data']);
    expect(notices[0]?.code).toBe('data-refused');
  });

  it.each([
    ['https://evil.example/x.json', 'outside'],
    ['x.txt', 'outside'],
    ['h//hostile-valid.json', 'slash'],
    ['h/hostile-valid.JSON', 'case'],
    [' h/hostile-valid.json', 'space'],
    ['h/hostile-valid.json?x=1', 'query'],
    ['h/hostile-valid.json#x', 'query'],
    [`${'a'.repeat(200)}.json`, 'long'],
    ['h/%2e%2e/x.json', 'characters'],
  ])('says why the dataset %j was refused: %s', (path, reason) => {
    const { notices } = parseUrlState(`?data=${encodeURIComponent(path)}`);
    expect(notices).toEqual([
      { param: 'data', code: 'data-refused', value: expect.any(String) as string, reason },
    ]);
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a sentence', 'Russian please'],
    ['a number', '7'],
    ['a private use part with nothing in it', 'ru-x'],
    ['a region of five digits', 'ru-12345x-'],
  ])('refuses %s as a language, with a notice quoting it', (_what, lang) => {
    const { state, notices } = parseUrlState(`?lang=${encodeURIComponent(lang)}&event=a`);
    expect(state).toEqual({ event: 'a' });
    expect(notices).toEqual([{ param: 'lang', code: 'lang-invalid', value: lang }]);
  });

  it('adds a history entry when the language changes', () => {
    expect(historyFor({ event: 'a' }, { event: 'a', lang: 'ru' })).toBe('push');
  });

  it('keeps a dataset file opened in this browser, named by its key, and writes it back as it came', () => {
    const { state, notices } = parseUrlState('?data=file:0123456789abcdef&event=a');
    expect(state).toEqual({ data: 'file:0123456789abcdef', event: 'a' });
    expect(notices).toEqual([]);
    expect(serializeUrlState(state)).toBe('?data=file:0123456789abcdef&event=a');
  });

  it.each([
    ['a key too short', 'file:0123'],
    ['a key in capitals', 'file:0123456789ABCDEF'],
    ['a file address', 'file:///etc/passwd.json'],
    ['a key with a path', 'file:0123456789abcdef/x.json'],
  ])('refuses %s as a dataset file (%s)', (_what, data) => {
    const { state, notices } = parseUrlState(`?data=${encodeURIComponent(data)}`);
    expect(state).toEqual({});
    expect(notices[0]?.code).toBe('data-refused');
  });

  it('refuses a dataset path that arrives encoded once more than usual', () => {
    expect(parseUrlState('?data=%252e%252e%252fx.json').state).toEqual({});
    expect(parseUrlState('?data=..%2Fx.json').state).toEqual({});
  });

  it.each([
    [
      'U+2069 then U+202E, closing the isolation early and reversing the rest',
      '\u2069\u202Enosj.live',
      '\\u2069\\u202Enosj.live',
    ],
    ['U+202E alone', '\u202Enosj.live', '\\u202Enosj.live'],
    ['U+2066 left open', '\u2066x.json', '\\u2066x.json'],
    ['U+2067 left open', '\u2067x.json', '\\u2067x.json'],
    ['U+2068 left open', '\u2068x.json', '\\u2068x.json'],
    ['U+202A', '\u202Ax.json', '\\u202Ax.json'],
    ['U+202B', '\u202Bx.json', '\\u202Bx.json'],
    ['U+202C', '\u202Cx.json', '\\u202Cx.json'],
    ['U+202D', '\u202Dx.json', '\\u202Dx.json'],
    ['U+200F', '\u200Fx.json', '\\u200Fx.json'],
    ['a line break', 'a\nx.json', 'a\\u000Ax.json'],
  ])(
    'writes out %s in a refused value, so the notice shows what was refused',
    (_what, path, value) => {
      const { notices } = parseUrlState(`?data=${encodeURIComponent(path)}`);
      expect(notices[0]?.value).toBe(value);
      expect(notices[0]?.code).toBe('data-refused');
      expect(notices[0]?.value).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200F\n]/);
    },
  );

  it.each([
    [
      'the last hours of 9999, in a window of years',
      '9999-12-31T22:00',
      '9990-01-01',
      '9999-12-31',
    ],
    [
      'the last seconds of 9999, in a window of hours',
      '9999-12-31T23:59:50',
      '9999-12-31T20:00',
      '9999-12-31T23:59',
    ],
  ])('writes %s inside the range links accept', (_what, instant, from, written) => {
    const ms = civilToMs(instant);
    expect(serializeInstant(ms, civilToMs(from), ms)).toBe(written);
    expect(parseUrlState(`?start=${from}&end=${written}`).notices).toEqual([]);
  });

  it('shortens a long refused value in its notice', () => {
    const { notices } = parseUrlState(`?event=${'X'.repeat(300)}`);
    expect(notices[0]?.value).toBe(`${'X'.repeat(60)}…`);
  });
});

describe('serializeUrlState', () => {
  it.each<[string, UrlState, string]>([
    ['nothing as an empty string', {}, ''],
    ['empty values as nothing', { data: '', event: '', read: '' }, ''],
    ['an event', { event: 'jmg-office-arson' }, '?event=jmg-office-arson'],
    [
      'every key in the fixed order data, event, read, start, end',
      {
        end: '2014-12-20',
        start: '2014-12-01',
        read: 'p8',
        event: 'jmg-office-arson',
        data: 'data/events.json',
      },
      '?data=data/events.json&event=jmg-office-arson&read=p8&start=2014-12-01&end=2014-12-20',
    ],
    [
      'a window with times, keeping the colons readable',
      { start: '2014-12-13T18:00', end: '2014-12-13T21:00' },
      '?start=2014-12-13T18:00&end=2014-12-13T21:00',
    ],
    [
      'a dataset in a folder, keeping the slashes readable',
      { data: 'sets/2014/letter_v2.json' },
      '?data=sets/2014/letter_v2.json',
    ],
    ['unknown keys as nothing', { event: 'a', zoom: '3' } as UrlState, '?event=a'],
    [
      'the about view after everything else',
      { about: '1', event: 'a', end: '2014-12-20', start: '2014-12-01' },
      '?event=a&start=2014-12-01&end=2014-12-20&about=1',
    ],
  ])('writes %s', (_what, state, search) => {
    expect(serializeUrlState(state)).toBe(search);
  });

  it.each<[string, UrlState]>([
    ['an event', { event: 'jmg-office-arson' }],
    ['a paragraph', { read: 'p8' }],
    ['the about view', { about: '1' }],
    ['another dataset', { data: 'sets/2014/letter_v2.json' }],
    ['a window of days', { start: '2014-12-01', end: '2014-12-20' }],
    ['a window of minutes', { start: '2014-12-13T18:00', end: '2014-12-13T21:30' }],
    ['a window of seconds', { start: '2014-12-13T18:00:05', end: '2014-12-13T18:00:40' }],
    [
      'everything',
      {
        data: 'data/events.json',
        event: 'jmg-office-arson',
        read: 'p8',
        start: '2014-12-01',
        end: '2014-12-20',
      },
    ],
  ])(
    'writes a canonical state with %s that reads back the same, with no notice',
    (_what, state) => {
      expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
    },
  );
});

describe('window edges', () => {
  const at = civilToMs;

  it.each([
    [
      'whole days for a window of two weeks or more',
      at('2014-12-01T13:00'),
      at('2014-12-01'),
      at('2014-12-15'),
      '2014-12-02',
    ],
    [
      'minutes for a window of two hours or more',
      at('2014-12-13T18:00:40'),
      at('2014-12-13T18:00'),
      at('2014-12-13T20:00'),
      '2014-12-13T18:01',
    ],
    [
      'seconds for a narrower window',
      at('2014-12-13T18:00:40') + 400,
      at('2014-12-13T18:00'),
      at('2014-12-13T19:00'),
      '2014-12-13T18:00:40',
    ],
    [
      'a whole day at midnight as the day alone',
      at('2014-12-13'),
      at('2014-12-13'),
      at('2014-12-13T19:00'),
      '2014-12-13',
    ],
  ])('serializeInstant writes %s', (_what, ms, from, to, expected) => {
    expect(serializeInstant(ms, from, to)).toBe(expected);
  });

  it('windowToUrl never gives a window that is empty once rounded', () => {
    expect(windowToUrl(at('2014-12-13T10:00'), at('2014-12-13T10:00'))).toEqual({
      start: '2014-12-13T10:00',
      end: '2014-12-14T10:00',
    });
  });

  it('windowToUrl gives a window that reads back as itself, for any window inside years 1 to 9999', () => {
    const instant = fc.integer({ min: at('0001-01-02'), max: at('9999-12-01') });
    fc.assert(
      fc.property(instant, fc.integer({ min: 1000, max: 200 * 365 * DAY_MS }), (start, width) => {
        fc.pre(start + width <= at('9999-12-30'));
        const url = windowToUrl(start, start + width);
        expect(parseUrlState(serializeUrlState(url))).toEqual({ state: url, notices: [] });
      }),
    );
  });
});

/** Query strings made of the characters that matter to the parser, and of anything at all. */
const searchString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'data',
          'event',
          'read',
          'q',
          'kind',
          'actor',
          'place',
          'start',
          'end',
          'x',
          '',
        ),
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...'ab01-_./:%?#&=+\\ T'), maxLength: 30 }),
          fc.constantFrom(
            '2014-12-01',
            '2014-12-20',
            '2014-12-13T18:00',
            '9999-12-31',
            '0001-01-01',
            'data/events.json',
            '..',
            '%2e%2e',
            'violence',
            '.*(a+)+$',
            'Кадыров',
          ),
        ),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

describe('parseUrlState on any string', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(searchString, (search) => {
        expect(() => parseUrlState(search)).not.toThrow();
      }),
    );
  });

  it('is idempotent: what it returns, written and read again, is the same state with no notice', () => {
    fc.assert(
      fc.property(searchString, (search) => {
        const { state } = parseUrlState(search);
        expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
      }),
    );
  });

  it('never lets a dataset path resolve to another origin, or leave the folder it is in', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          searchString,
          fc.webUrl().map((url) => `?data=${url}`),
        ),
        (search) => {
          const { data } = parseUrlState(search).state;
          if (data === undefined) return;
          const resolved = new URL(data, APP);
          expect(resolved.origin).toBe(new URL(APP).origin);
          expect(resolved.href.startsWith(APP)).toBe(true);
          expect(resolved.pathname.endsWith('.json')).toBe(true);
          expect(
            new URL(data, `${APP}some/deep/page/`).href.startsWith(`${APP}some/deep/page/`),
          ).toBe(true);
        },
      ),
    );
  });

  it('never keeps a window that ends before it starts', () => {
    fc.assert(
      fc.property(searchString, (search) => {
        const { start, end } = parseUrlState(search).state;
        expect(start === undefined).toBe(end === undefined);
        if (start !== undefined && end !== undefined)
          expect(civilToMs(start)).toBeLessThan(civilToMs(end));
      }),
    );
  });
});

describe('search and filter parameters', () => {
  it.each<[string, string, UrlState]>([
    ['a search', '?q=kalyap', { q: 'kalyap' }],
    [
      'a search in another script',
      '?q=%D0%9A%D0%B0%D0%B4%D1%8B%D1%80%D0%BE%D0%B2',
      { q: 'Кадыров' },
    ],
    ['a search of regex metacharacters, kept as text', '?q=.*(a%2B)%2B%24%5B', { q: '.*(a+)+$[' }],
    ['a repeated search, where the first wins', '?q=first&q=second', { q: 'first' }],
    ['a search of spaces only, left out', '?q=%20%20', {}],
    ['one kind', '?kind=violence', { kind: ['violence'] }],
    [
      'repeated kinds, sorted and without repeats',
      '?kind=threat&kind=violence&kind=threat',
      { kind: ['threat', 'violence'] },
    ],
    [
      'actors and places with spaces',
      '?actor=Igor+Kalyapin&place=Grozny&place=Moscow',
      { actor: ['Igor Kalyapin'], place: ['Grozny', 'Moscow'] },
    ],
    ['empty filter values, left out', '?kind=&actor=', {}],
  ])('reads %s', (_what, search, state) => {
    expect(parseUrlState(search)).toEqual({ state, notices: [] });
  });

  it('refuses a kind that is not an id, keeping the others, and says so', () => {
    const { state, notices } = parseUrlState('?kind=violence&kind=%3Cb%3E&kind=Threat');
    expect(state).toEqual({ kind: ['violence'] });
    expect(notices.map((n) => n.param)).toEqual(['kind', 'kind']);
    expect(notices[0]).toEqual({ param: 'kind', code: 'kind-invalid', value: '<b>' });
  });

  it('cuts a 10,000-character search to its first characters and says so', () => {
    const { state, notices } = parseUrlState(`?q=${'ab'.repeat(5000)}&event=a`);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.event).toBe('a');
    expect(notices).toEqual([{ param: 'q', code: 'q-too-long', count: 10000 }]);
  });

  it('writes every parameter in the order data, lang, event, read, q, kind, actor, place, start, end', () => {
    const state: UrlState = {
      lang: 'ru',
      end: '2014-12-20',
      place: ['Moscow', 'Grozny'],
      start: '2014-12-01',
      actor: ['Kadyrov'],
      kind: ['violence', 'threat'],
      q: 'fire & ash',
      read: 'p8',
      event: 'jmg-office-arson',
      data: 'data/events.json',
    };
    expect(serializeUrlState(state)).toBe(
      '?data=data/events.json&lang=ru&event=jmg-office-arson&read=p8&q=fire+%26+ash&kind=threat&kind=violence&actor=Kadyrov&place=Grozny&place=Moscow&start=2014-12-01&end=2014-12-20',
    );
    expect(parseUrlState(serializeUrlState(state)).state).toEqual({
      ...state,
      kind: ['threat', 'violence'],
      place: ['Grozny', 'Moscow'],
    });
  });

  it.each<[string, UrlState, UrlState, 'push' | 'replace']>([
    ['typing a search replaces the entry', {}, { q: 'kal' }, 'replace'],
    [
      'moving the window replaces the entry',
      {},
      { start: '2014-12-01', end: '2014-12-20' },
      'replace',
    ],
    ['toggling a kind adds an entry', { q: 'kal' }, { q: 'kal', kind: ['threat'] }, 'push'],
    ['clearing the filters adds an entry', { kind: ['threat'], place: ['Grozny'] }, {}, 'push'],
    [
      'opening an event adds an entry',
      {},
      { event: 'a', start: '2014-12-01', end: '2014-12-20' },
      'push',
    ],
    ['nothing changed replaces', { actor: ['A'] }, { actor: ['A'] }, 'replace'],
  ])('%s', (_what, before, after, mode) => {
    expect(historyFor(before, after)).toBe(mode);
  });
});

describe('parseUrlState on more filter values than a link may hold', () => {
  it('keeps the first 50 and says once how many more were left out, never that they are invalid', () => {
    const query = Array.from({ length: 20_000 }, (_, i) => `kind=v${i}`).join('&');
    const { state, notices } = parseUrlState(`?${query}`);
    expect(state.kind).toHaveLength(50);
    expect(notices).toEqual([{ param: 'kind', code: 'too-many-values', count: 19_950 }]);
  });
});
