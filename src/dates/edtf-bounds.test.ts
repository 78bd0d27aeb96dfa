import edtf from 'edtf';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { civilToMs, DAY_MS, msToCivilDay } from './civil-date.ts';
import { loadEdtfReader, type EdtfReader } from './edtf-bounds.ts';

/** A reader that never needs the grammar, and one that has loaded it. */
const plainReader = await loadEdtfReader(['2014-12-13']);
const grammarReader = await loadEdtfReader(['2009~/..']);
const readers: [string, EdtfReader][] = [
  ['the plain-day reader', plainReader],
  ['the full-grammar reader', grammarReader],
];

/** The bounds of a day-precision expression straight from the EDTF library, with no fast path. */
function boundsFromGrammar(expression: string): { min: string; max: string } | { error: string } {
  try {
    const value = edtf(expression) as { min: number; max: number };
    return { min: msToCivilDay(value.min), max: msToCivilDay(value.max) };
  } catch {
    return { error: 'is not a valid EDTF date' };
  }
}

/** Any real calendar day from year 1 to 9999. */
const day = fc
  .integer({ min: civilToMs('0001-01-01'), max: civilToMs('9999-12-31') })
  .map((ms) => msToCivilDay(Math.floor(ms / DAY_MS) * DAY_MS));

describe('loadEdtfReader on plain days and day intervals', () => {
  describe.each(readers)('%s', (_name, read) => {
    it.each([
      ['2014-12-13', '2014-12-13', '2014-12-13'],
      ['2014-12-05/2014-12-08', '2014-12-05', '2014-12-08'],
      ['2016-02-29', '2016-02-29', '2016-02-29'],
      ['0050-03-01', '0050-03-01', '0050-03-01'],
      ['0099-12-31/0100-01-01', '0099-12-31', '0100-01-01'],
    ])('reads %s as %s to %s', (expression, min, max) => {
      expect(read(expression)).toEqual({ min, max });
    });

    it.each([
      ['a day that does not exist', '2014-02-30'],
      ['29 February of a common year', '2014-02-29'],
      ['month 13', '2014-13-01'],
      ['an interval that ends before it starts', '2014-12-16/2014-12-14'],
      ['an interval that ends on the day it starts', '2014-12-13/2014-12-13'],
      ['an interval with an impossible end', '2014-12-14/2014-12-32'],
    ])('refuses %s (%s)', (_what, expression) => {
      expect(read(expression)).toEqual({ error: 'is not a valid EDTF date' });
    });
  });

  it('gives the same bounds as the full EDTF grammar for any plain day', async () => {
    await fc.assert(
      fc.asyncProperty(day, async (value) => {
        const fast = await loadEdtfReader([value]);
        expect(fast(value)).toEqual(boundsFromGrammar(value));
      }),
    );
  });

  it('gives the same bounds as the full EDTF grammar for any plain day interval', async () => {
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        const expression = `${a}/${b}`;
        const fast = await loadEdtfReader([expression]);
        expect(fast(expression)).toEqual(boundsFromGrammar(expression));
      }),
    );
  });

  it('refuses every plain-looking string that is not a calendar day, whichever reader reads it', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const expression = `${y}-${m}-${d}`;
        fc.pre(Number.isNaN(civilToMs(expression)));
        expect(plainReader(expression)).toEqual({ error: 'is not a valid EDTF date' });
        expect(grammarReader(expression)).toEqual({ error: 'is not a valid EDTF date' });
      }),
    );
  });
});

describe('loadEdtfReader on the rest of the grammar', () => {
  it.each([
    ['an approximate year with an open end', '2009~/..', { min: '2009-01-01', max: null }],
    ['an open end after a day', '2014-12-10?/..', { min: '2014-12-10', max: null }],
    [
      'one of a range of days',
      '[2014-12-14..2014-12-16]',
      { min: '2014-12-14', max: '2014-12-16' },
    ],
    [
      'one of several days listed out of order',
      '[2014-12-20, 2014-12-14..2014-12-16]',
      { min: '2014-12-14', max: '2014-12-20' },
    ],
    ['one of a set of days open at its end', '[2014-12-14..]', { min: '2014-12-14', max: null }],
    ['all of a list of days', '{2014-12-14,2014-12-16}', { min: '2014-12-14', max: '2014-12-16' }],
    ['approximate days', '2014-12-05~/2014-12-08~', { min: '2014-12-05', max: '2014-12-08' }],
    ['a month', '2014-12', { min: '2014-12-01', max: '2014-12-31' }],
    ['a year', '2014', { min: '2014-01-01', max: '2014-12-31' }],
    ['an unspecified day', '2014-12-1X', { min: '2014-12-10', max: '2014-12-19' }],
    ['a decade', '201X', { min: '2010-01-01', max: '2019-12-31' }],
    [
      'a year below 100, not shifted to the 1900s',
      '0050',
      { min: '0050-01-01', max: '0050-12-31' },
    ],
    ['a month below year 100', '0007-02', { min: '0007-02-01', max: '0007-02-28' }],
    ['a moment', '2014-12-13T18:00', { min: '2014-12-13T18:00', max: '2014-12-13T18:00' }],
    [
      'a moment with seconds',
      '2014-12-13T18:00:30',
      { min: '2014-12-13T18:00:30', max: '2014-12-13T18:00:30' },
    ],
    [
      'a span of hours',
      '2014-12-13T18:00/2014-12-13T21:30',
      { min: '2014-12-13T18:00', max: '2014-12-13T21:30' },
    ],
  ])('reads %s (%s)', (_what, expression, bounds) => {
    expect(grammarReader(expression)).toEqual(bounds);
  });

  it.each([
    ['a word', 'yesterday'],
    ['an empty string', ''],
    ['a day with a bad separator', '2014/12/13'],
    ['an interval of dates that ends first', '2014-12/2014-11'],
    ['a stray qualifier', '2014-12-13!'],
  ])('reports %s (%j) as not a valid EDTF date', (_what, expression) => {
    expect(grammarReader(expression)).toEqual({ error: 'is not a valid EDTF date' });
    expect(plainReader(expression)).toEqual({ error: 'is not a valid EDTF date' });
  });

  it.each(['../2014-12-16', '[..2014-12-16]'])('reports %s as having no start', (expression) => {
    expect(grammarReader(expression)).toEqual({
      error: 'has no start: give the earliest date the source allows',
    });
  });

  it.each([
    [
      '/2014-12-13',
      'has an unknown start (nothing before "/"): give the earliest date the source allows',
    ],
    [
      '2014-12-13/',
      'has an unknown end (nothing after "/"): give the latest date the source allows, or ".." if it is still going on',
    ],
    [
      '2014-12-13T01:00:00+03:00',
      'gives a time with an offset (Z or ±hh:mm): write the time the source gives, in the dataset’s time zone, without an offset',
    ],
    [
      '2014-12-13T01:00Z',
      'gives a time with an offset (Z or ±hh:mm): write the time the source gives, in the dataset’s time zone, without an offset',
    ],
    ['-0001-01-01', 'lies outside the years 0001–9999'],
    ['XXXX-XX-XX', 'lies outside the years 0001–9999'],
    ['Y10000', 'lies outside the years 0001–9999'],
    // Every form of a year outside the range gets this one reason, whichever bound holds it.
    ['9999-12-31/Y10000', 'lies outside the years 0001–9999'],
    ['Y170000002', 'lies outside the years 0001–9999'],
    ['Y17E7', 'lies outside the years 0001–9999'],
    ['0000-01-01', 'lies outside the years 0001–9999'],
    ['0000', 'lies outside the years 0001–9999'],
    ['2014-12-01/0000-01-01', 'lies outside the years 0001–9999'],
    ['[2014-12-01..-0001-01-01]', 'lies outside the years 0001–9999'],
  ])('refuses %s, never reading it as 1970, as UTC or as year 00-1', (expression, error) => {
    expect(grammarReader(expression)).toEqual({ error });
  });

  it.each(['2014-21', '2014-24~', '2014-21/2014-22', '[2014-33, 2014-12-13]', '2014-41'])(
    'refuses the season or part of a year %s, which the grammar reads as a quarter',
    (expression) => {
      expect(grammarReader(expression)).toEqual({
        error:
          'gives a season (21–41 in place of a month), which the app does not read: give the months instead, such as 2014-03/2014-05',
      });
    },
  );

  it.each([
    ['2014-12', '2014-12-01'],
    ['2021-12', '2021-12-01'],
    ['2014-03/2014-05', '2014-03-01'],
  ])('still reads the month %s, in any year', (expression, min) => {
    expect(grammarReader(expression)).toMatchObject({ min });
  });

  it('needs no grammar when every expression is a plain day or day interval', async () => {
    const read = await loadEdtfReader(['2014-12-13', '2014-12-05/2014-12-08']);
    expect(read('2009~/..')).toEqual({ error: 'is not a valid EDTF date' });
  });
});

describe('loadEdtfReader in other time zones', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Moscow', 'America/St_Johns'])(
    'reads times as civil times of the dataset, not of a computer in %s',
    async (zone) => {
      vi.stubEnv('TZ', zone);
      const read = await loadEdtfReader(['2014-12-13T18:00']);
      expect(read('2014-12-13T18:00')).toEqual({
        min: '2014-12-13T18:00',
        max: '2014-12-13T18:00',
      });
      expect(read('2014-12-13T23:30/2014-12-14T01:00')).toEqual({
        min: '2014-12-13T23:30',
        max: '2014-12-14T01:00',
      });
      expect(read('2014-12-13')).toEqual({ min: '2014-12-13', max: '2014-12-13' });
      expect(read('2009~/..')).toEqual({ min: '2009-01-01', max: null });
    },
  );
});
