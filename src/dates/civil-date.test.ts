import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilToMs, DAY_MS, msToCivil, msToCivilDay, parseCivilDateTime } from './civil-date.ts';

describe('parseCivilDateTime', () => {
  it.each([
    ['2014-12-13', { year: 2014, month: 12, day: 13 }],
    ['2014-12-13T18:05', { year: 2014, month: 12, day: 13, hour: 18, minute: 5, second: 0 }],
    ['2014-12-13T18:05:09', { year: 2014, month: 12, day: 13, hour: 18, minute: 5, second: 9 }],
    ['2014-12-13T00:00', { year: 2014, month: 12, day: 13, hour: 0, minute: 0, second: 0 }],
    ['2014-12-13T23:59:59', { year: 2014, month: 12, day: 13, hour: 23, minute: 59, second: 59 }],
    ['2016-02-29', { year: 2016, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0004-02-29', { year: 4, month: 2, day: 29 }],
    ['0050-01-31', { year: 50, month: 1, day: 31 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('reads %s as its civil fields', (value, expected) => {
    expect(parseCivilDateTime(value)).toEqual(expected);
  });

  it.each([
    ['a day that does not exist in February', '2014-02-30'],
    ['29 February of a common year', '2014-02-29'],
    ['29 February of a century that is not a leap year', '1900-02-29'],
    ['29 February of year 100, which is not a leap year', '0100-02-29'],
    ['year 0000, before the first year of the range', '0000-02-29'],
    ['31 April', '2014-04-31'],
    ['month 0', '2014-00-10'],
    ['month 13', '2014-13-10'],
    ['day 0', '2014-12-00'],
    ['hour 24', '2014-12-13T24:00'],
    ['minute 60', '2014-12-13T12:60'],
    ['second 60', '2014-12-13T12:00:60'],
    ['a word', 'yesterday'],
    ['an empty string', ''],
    ['a year without month and day', '2014'],
    ['a month without day', '2014-12'],
    ['single-digit fields', '2014-1-3'],
    ['a five-digit year', '10000-01-01'],
    ['a negative year', '-0001-01-01'],
    ['a time zone offset', '2014-12-13T18:00Z'],
    ['fractional seconds', '2014-12-13T18:00:00.5'],
    ['a space instead of T', '2014-12-13 18:00'],
    ['surrounding spaces', ' 2014-12-13 '],
    ['a trailing newline', '2014-12-13\n'],
  ])('rejects %s (%j)', (_what, value) => {
    expect(parseCivilDateTime(value)).toBeNull();
    expect(civilToMs(value)).toBeNaN();
  });
});

describe('civilToMs', () => {
  it.each([
    ['2014-12-13', Date.UTC(2014, 11, 13)],
    ['2014-12-13T18:30', Date.UTC(2014, 11, 13, 18, 30)],
    ['2014-12-13T18:30:15', Date.UTC(2014, 11, 13, 18, 30, 15)],
    ['1970-01-01', 0],
    ['2016-02-29', Date.UTC(2016, 1, 29)],
  ])('places %s on the floating UTC axis', (value, ms) => {
    expect(civilToMs(value)).toBe(ms);
  });

  it.each([
    ['0001-01-01', 1],
    ['0050-06-15', 50],
    ['0099-12-31', 99],
  ])('keeps the year of %s instead of shifting it to the 1900s', (value, year) => {
    expect(new Date(civilToMs(value)).getUTCFullYear()).toBe(year);
    expect(msToCivilDay(civilToMs(value))).toBe(value);
  });

  it('accepts exactly the values parseCivilDateTime accepts, at the instant it reads', () => {
    const fromParsed = (value: string) => {
      const c = parseCivilDateTime(value);
      if (!c) return Number.NaN;
      const date = new Date(0);
      date.setUTCFullYear(c.year, c.month - 1, c.day);
      date.setUTCHours(c.hour ?? 0, c.minute ?? 0, c.second ?? 0, 0);
      return date.getTime();
    };
    // Date-shaped strings with any character in any place: digits, separators, and the
    // characters a wrong value brings (letters, signs, spaces, non-ASCII digits).
    const char = fc.constantFrom(...'0123456789012345678901234567890-T: Z+.a١'.split(''));
    const shaped = fc.oneof(
      fc.array(char, { minLength: 8, maxLength: 21 }).map((chars) => chars.join('')),
      fc
        .tuple(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.option(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }))),
          fc.option(fc.integer({ min: 0, max: 60 })),
        )
        .map(([y, mo, d, time, s]) => {
          const pad = (n: number, w = 2) => String(n).padStart(w, '0');
          const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
          if (!time) return day;
          return `${day}T${pad(time[0])}:${pad(time[1])}${s === null ? '' : `:${pad(s)}`}`;
        }),
    );
    fc.assert(
      fc.property(shaped, (value) => {
        expect(civilToMs(value)).toBe(fromParsed(value));
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives consecutive days one day apart, across a leap day', () => {
    expect(civilToMs('2016-03-01') - civilToMs('2016-02-29')).toBe(DAY_MS);
    expect(civilToMs('2015-03-01') - civilToMs('2015-02-28')).toBe(DAY_MS);
  });
});

describe('msToCivil and msToCivilDay', () => {
  it.each([
    [Date.UTC(2014, 11, 13), '2014-12-13', '2014-12-13'],
    [Date.UTC(2014, 11, 13, 18, 5), '2014-12-13T18:05', '2014-12-13'],
    [Date.UTC(2014, 11, 13, 18, 5, 9), '2014-12-13T18:05:09', '2014-12-13'],
    [Date.UTC(2014, 11, 13, 0, 0, 1), '2014-12-13T00:00:01', '2014-12-13'],
    [Date.UTC(2014, 11, 13, 23, 59, 59, 999), '2014-12-13T23:59:59', '2014-12-13'],
  ])('writes %d as %s (day %s)', (ms, civil, day) => {
    expect(msToCivil(ms)).toBe(civil);
    expect(msToCivilDay(ms)).toBe(day);
  });

  it('pads years below 1000 to four digits', () => {
    expect(msToCivilDay(civilToMs('0007-03-04'))).toBe('0007-03-04');
  });
});

/** Any valid civil date or date-time between years 0 and 9999, in its canonical written form. */
const civilValue = fc
  .record({
    ms: fc.integer({ min: civilToMs('0001-01-01'), max: civilToMs('9999-12-31T23:59:59') }),
    withTime: fc.boolean(),
  })
  .map(({ ms, withTime }) =>
    withTime ? msToCivil(Math.floor(ms / 1000) * 1000) : msToCivilDay(ms),
  );

describe('round trips', () => {
  it('writes back every civil value it reads, from years 0 to 9999', () => {
    fc.assert(
      fc.property(civilValue, (value) => {
        expect(parseCivilDateTime(value)).not.toBeNull();
        expect(msToCivil(civilToMs(value))).toBe(value);
      }),
    );
  });

  it('never throws and returns either a number or NaN for any string', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const ms = civilToMs(value);
        expect(typeof ms).toBe('number');
        if (parseCivilDateTime(value) === null) expect(ms).toBeNaN();
      }),
    );
  });
});
