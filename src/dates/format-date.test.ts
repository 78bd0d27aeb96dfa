import { describe, expect, it, vi } from 'vitest';
import type { Certainty, Precision } from '../dataset/check/schema.ts';
import {
  certaintyMark,
  describeDateQuality,
  formatCivilDate,
  formatEventDate,
  monthName,
  type DatedThing,
} from './format-date.ts';

describe('monthName', () => {
  it.each([
    [1, 'January'],
    [2, 'February'],
    [12, 'December'],
    [0, ''],
    [13, ''],
  ])('names month %i as %j', (month, name) => {
    expect(monthName(month)).toBe(name);
  });
});

describe('formatCivilDate', () => {
  it.each<[string, Precision | undefined, string]>([
    ['2014-12-13', undefined, '13 December 2014'],
    ['2014-12-13', 'day', '13 December 2014'],
    ['2014-12-13', 'days', '13 December 2014'],
    ['2014-12-13', 'part-of-day', '13 December 2014'],
    ['2014-12-13T18:05', 'part-of-day', '13 December 2014'],
    ['2014-12-13T18:05', 'day', '13 December 2014'],
    ['2014-12-13T18:05', 'time', '13 December 2014, 18:05'],
    ['2014-12-13T08:05:30', 'time', '13 December 2014, 08:05'],
    ['2014-12-13', 'time', '13 December 2014'],
    ['2014-12-01', 'month', 'December 2014'],
    ['2014-01-01', 'year', '2014'],
    ['2014-01-01T10:00', 'year', '2014'],
    ['0050-03-01', 'day', '1 March 50'],
  ])('writes %s at precision %s as %j', (value, precision, expected) => {
    expect(formatCivilDate(value, precision)).toBe(expected);
  });

  it.each(['2014-02-30', 'yesterday', '', '2014-12'])(
    'returns %j unchanged when it is not a civil date',
    (value) => {
      expect(formatCivilDate(value)).toBe(value);
    },
  );

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC'])(
    'formats from the civil fields, whatever the time zone of the reader (%s)',
    (zone) => {
      vi.stubEnv('TZ', zone);
      try {
        expect(formatCivilDate('2014-12-13T00:00', 'time')).toBe('13 December 2014, 00:00');
        expect(formatCivilDate('2014-12-13T23:59', 'time')).toBe('13 December 2014, 23:59');
        expect(formatCivilDate('2014-12-13', 'day')).toBe('13 December 2014');
      } finally {
        vi.unstubAllEnvs();
      }
    },
  );
});

const dated = (
  start: string,
  end: string | undefined,
  precision: Precision,
  certainty: Certainty = 'stated',
  ongoing?: boolean,
): DatedThing => ({
  start,
  end,
  precision,
  certainty,
  ongoing,
});

describe('formatEventDate', () => {
  it.each<[string, string, DatedThing]>([
    ['a single day', '13 December 2014', dated('2014-12-13', undefined, 'day')],
    [
      'a single day whose end repeats the start',
      '13 December 2014',
      dated('2014-12-13', '2014-12-13', 'day'),
    ],
    ['a part of a day', '13 December 2014', dated('2014-12-13', undefined, 'part-of-day')],
    [
      'an approximate day',
      'about 13 December 2014',
      dated('2014-12-13', undefined, 'day', 'approximate'),
    ],
    [
      'an inferred day, which is marked elsewhere',
      '13 December 2014',
      dated('2014-12-13', undefined, 'day', 'inferred'),
    ],
    ['days within one month', '5–8 December 2014', dated('2014-12-05', '2014-12-08', 'days')],
    [
      'approximate days within one month',
      'about 5–8 December 2014',
      dated('2014-12-05', '2014-12-08', 'days', 'approximate'),
    ],
    [
      'days across two months',
      '28 November – 2 December 2014',
      dated('2014-11-28', '2014-12-02', 'days'),
    ],
    [
      'days across two years',
      '30 December 2014 – 2 January 2015',
      dated('2014-12-30', '2015-01-02', 'days'),
    ],
    [
      'an ongoing span from a year',
      'about 2009 – still going on 16 December 2014',
      dated('2009-01-01', '2014-12-16', 'year', 'approximate', true),
    ],
    [
      'an ongoing span from a day',
      '10 December 2014 – still going on 16 December 2014',
      dated('2014-12-10', '2014-12-16', 'days', 'inferred', true),
    ],
    [
      'an inferred span of days, as one day or some within it',
      'between 14 and 16 December 2014',
      dated('2014-12-14', '2014-12-16', 'days', 'inferred'),
    ],
    [
      'an inferred span of days across months',
      'between 30 November and 2 December 2014',
      dated('2014-11-30', '2014-12-02', 'days', 'inferred'),
    ],
    ['a month', 'March 2014', dated('2014-03-01', '2014-03-31', 'month')],
    [
      'an approximate month',
      'about March 2014',
      dated('2014-03-01', '2014-03-31', 'month', 'approximate'),
    ],
    ['several months', 'March 2014 – May 2014', dated('2014-03-01', '2014-05-31', 'month')],
    ['a year', '2014', dated('2014-01-01', '2014-12-31', 'year')],
    ['several years', '2009 – 2014', dated('2009-01-01', '2014-12-31', 'year')],
    ['a moment', '13 December 2014, 18:05', dated('2014-12-13T18:05', undefined, 'time')],
    [
      'a time span within one day',
      '13 December 2014, 10:00–12:30',
      dated('2014-12-13T10:00', '2014-12-13T12:30', 'time'),
    ],
    [
      'a time span over midnight',
      '13 December 2014, 22:00 – 14 December 2014, 02:00',
      dated('2014-12-13T22:00', '2014-12-14T02:00', 'time'),
    ],
    [
      'a time span within one day whose start gives no time',
      '13 December 2014',
      dated('2014-12-13', '2014-12-13T12:30', 'time'),
    ],
    [
      'a part of a day given with times',
      '13 December 2014',
      dated('2014-12-13T18:00', '2014-12-13T21:00', 'part-of-day'),
    ],
  ])('writes %s as %j', (_what, expected, event) => {
    expect(formatEventDate(event)).toBe(expected);
  });
});

describe('describeDateQuality', () => {
  it.each<[string, DatedThing]>([
    ['Date stated in the source, to the day.', dated('2014-12-13', undefined, 'day')],
    [
      'Date stated in the source, to a part of the day.',
      dated('2014-12-13', undefined, 'part-of-day'),
    ],
    ['Date stated in the source, to the minute.', dated('2014-12-13T18:05', undefined, 'time')],
    [
      'Date approximate, to a span of days.',
      dated('2014-12-05', '2014-12-08', 'days', 'approximate'),
    ],
    [
      'Date inferred from the context, not stated, to the month.',
      dated('2014-03-01', '2014-03-31', 'month', 'inferred'),
    ],
    [
      'Date approximate, to the year. Still going on at the source’s date.',
      dated('2009-01-01', '2014-12-16', 'year', 'approximate', true),
    ],
    [
      'No start given; the date is inferred from the context, not stated. Still going on at the source’s date.',
      { ...dated('2014-12-16', '2014-12-16', 'day', 'inferred', true), startUnknown: true },
    ],
    [
      'No date given; only the latest possible day is known, inferred from the context.',
      { ...dated('2014-12-16', undefined, 'day', 'inferred'), startUnknown: true },
    ],
  ])('says %j', (expected, event) => {
    expect(describeDateQuality(event)).toBe(expected);
  });
});

describe('certaintyMark', () => {
  it.each<[Certainty, string]>([
    ['stated', ''],
    ['approximate', '~'],
    ['inferred', '?'],
  ])('marks a %s date with %j', (certainty, mark) => {
    expect(certaintyMark(certainty)).toBe(mark);
  });
});
