import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatedThing } from '../dates/format-date.ts';
import { dateWords } from './format-dates.ts';
import { activateLanguage, i18n } from './i18n.ts';
import type { Language } from './languages.ts';

async function words(language: Language) {
  await activateLanguage(language);
  return dateWords(language, (id, values) => i18n._(id, values));
}

/** Intl's spaces differ between ICU versions (Node, Chromium): no-break and thin spaces are compared as spaces. */
const dash = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

const day = (start: string, more: Partial<DatedThing> = {}): DatedThing => ({
  start,
  precision: 'day',
  certainty: 'stated',
  ...more,
});

describe('dates in the interface’s language', () => {
  it.each<[string, DatedThing, string, string]>([
    ['a day', day('2014-12-13'), '13 December 2014', '13 декабря 2014 г.'],
    [
      'a span within a month',
      day('2014-12-05', { end: '2014-12-08', precision: 'days' }),
      '5–8 December 2014',
      '5–8 декабря 2014 г.',
    ],
    [
      'an approximate span',
      day('2014-12-05', { end: '2014-12-08', precision: 'days', certainty: 'approximate' }),
      'about 5–8 December 2014',
      'примерно 5–8 декабря 2014 г.',
    ],
    [
      'a span across months',
      day('2014-11-30', { end: '2014-12-02', precision: 'days' }),
      '30 November – 2 December 2014',
      '30 ноября – 2 декабря 2014 г.',
    ],
    [
      'a month',
      day('2014-12-01', { end: '2014-12-31', precision: 'month' }),
      'December 2014',
      'декабрь 2014 г.',
    ],
    [
      'an ongoing approximate year',
      day('2009-01-01', {
        end: '2014-12-16',
        precision: 'year',
        certainty: 'approximate',
        ongoing: true,
      }),
      'about 2009 – still going on 16 December 2014',
      'примерно с 2009 г.; продолжалось и 16 декабря 2014 г.',
    ],
    [
      'an inferred span of days, as one day or some within it',
      day('2014-12-14', { end: '2014-12-16', precision: 'days', certainty: 'inferred' }),
      'between 14 and 16 December 2014',
      'между 14 и 16 декабря 2014 г.',
    ],
    [
      'a happening the source gives no start for, still going on at its date',
      day('2014-12-16', { certainty: 'inferred', ongoing: true, startUnknown: true }),
      'start not given, still going on 16 December 2014',
      'начало не указано; продолжалось 16 декабря 2014 г.',
    ],
    [
      'a happening the source dates only as before the letter',
      day('2014-12-16', { certainty: 'inferred', startUnknown: true }),
      'on dates not given, up to 16 December 2014',
      'точные даты не указаны, не позднее 16 декабря 2014 г.',
    ],
    [
      'a time',
      day('2014-12-13T09:07', { precision: 'time' }),
      '13 December 2014, 09:07',
      '13 декабря 2014 г., 09:07',
    ],
    ['a year before 100', day('0042-03-01'), '1 March 42', '1 марта 42 г.'],
  ])('writes %s', async (_what, event, english, russian) => {
    expect(dash((await words('en')).event(event))).toBe(dash(english));
    // ICU versions differ on whether a lone year takes "г." in Russian.
    expect(dash((await words('ru')).event(event))).toBe(dash(russian));
  });

  describe('for a reader in another time zone', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it.each(['Pacific/Honolulu', 'Pacific/Kiritimati'])(
      'never moves a civil date or time into the zone of a computer in %s',
      async (zone) => {
        vi.stubEnv('TZ', zone);
        // A fresh module, so that its formats are made in that zone.
        vi.resetModules();
        const fresh = await import('./format-dates.ts');
        await activateLanguage('ru');
        const ru = fresh.dateWords('ru', (id, values) => i18n._(id, values));
        expect(dash(ru.civil('2015-01-01'))).toBe('1 января 2015 г.');
        expect(dash(ru.event(day('2014-12-13T09:07', { precision: 'time' })))).toBe(
          '13 декабря 2014 г., 09:07',
        );
      },
    );
  });

  it.each([
    [1, '1 событие'],
    [2, '2 события'],
    [5, '5 событий'],
    [11, '11 событий'],
    [21, '21 событие'],
    [22, '22 события'],
    [1000, '1 000 событий'],
  ])('counts %i events in Russian as “%s”', async (count, text) => {
    await activateLanguage('ru');
    expect(i18n._('download.csvNote', { count }).replace(/\u00a0/g, ' ')).toBe(
      `${text}, для электронных таблиц`,
    );
  });

  it.each([
    [1, '1 event'],
    [2, '2 events'],
    [1000, '1,000 events'],
  ])('counts %i events in English as “%s”', async (count, text) => {
    await activateLanguage('en');
    expect(i18n._('download.csvNote', { count })).toBe(`${text}, for spreadsheets`);
  });

  it.each<[string, DatedThing, string, string]>([
    [
      'an inferred day',
      day('2014-12-13', { certainty: 'inferred' }),
      '13 December 2014 (inferred)',
      '13 декабря 2014 г. (дата выведена из контекста)',
    ],
    ['a stated day', day('2014-12-13'), '13 December 2014', '13 декабря 2014 г.'],
    [
      'an inferred span of days',
      day('2014-12-14', { end: '2014-12-16', precision: 'days', certainty: 'inferred' }),
      'between 14 and 16 December 2014 (inferred)',
      'между 14 и 16 декабря 2014 г. (дата выведена из контекста)',
    ],
  ])(
    'writes %s, as it travels alone, with its qualifier',
    async (_what, event, english, russian) => {
      expect(dash((await words('en')).qualified(event))).toBe(english);
      expect(dash((await words('ru')).qualified(event))).toBe(russian);
    },
  );

  it('says how sure and how precise a date is', async () => {
    expect((await words('en')).quality(day('2014-12-13', { certainty: 'inferred' }))).toBe(
      'Date inferred from the context, not stated, to the day.',
    );
    expect(dash((await words('ru')).quality(day('2014-12-13', { ongoing: true })))).toBe(
      'Дата указана в источнике, с точностью до дня. На дату источника событие ещё продолжалось.',
    );
  });

  it('claims no precision for a date whose start the source does not give: only the latest day is known', async () => {
    const pledges = day('2014-12-16', { certainty: 'inferred', startUnknown: true });
    const threats = { ...pledges, ongoing: true };
    const en = await words('en');
    const english = [en.quality(pledges), en.quality(threats)];
    expect(english).toEqual([
      'No date given; only the latest possible day is known, inferred from the context.',
      'No start given; the date is inferred from the context, not stated. Still going on at the source’s date.',
    ]);
    const ru = await words('ru');
    expect(dash(ru.quality(pledges))).toBe(
      'Дата не указана; известен лишь самый поздний возможный день, выведенный из контекста.',
    );
    expect(dash(ru.quality(threats))).not.toContain('с точностью до дня');
  });

  it('sets Russian dates as a typesetter does: no break inside the day and month or before «г.»', async () => {
    const ru = await words('ru');
    expect(ru.civil('2014-12-16')).toBe('16\u00a0декабря 2014\u00a0г.');
    expect(ru.civil('2009-01-01', 'year')).toBe('2009\u00a0г.');
    expect(ru.event(day('2014-12-05', { end: '2014-12-08', precision: 'days' }))).toBe(
      '5–8\u00a0декабря 2014\u00a0г.',
    );
    expect(
      ru.event(
        day('2009-01-01', {
          precision: 'year',
          certainty: 'approximate',
          ongoing: true,
          end: '2014-12-16',
        }),
      ),
    ).toMatch(/^примерно с\s2009\u00a0г\.; продолжалось и\s16\u00a0декабря 2014\u00a0г\.$/);
  });
});
