import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilToMs, DAY_MS } from '../dates/civil-date.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { readLetterDataset } from '../test/letter.ts';
import { fitWindow } from './fit-window.ts';
import { BACKGROUND_SPAN_MS, prepareDataset, type PreparedEvent } from './prepare-dataset.ts';
import type { TimelineEvent } from './check/schema.ts';

/** Prepares a fresh copy, as validation gives one: prepareDataset extends the events in place. */
const prepare = (...events: TimelineEvent[]) =>
  prepareDataset(structuredClone(makeDataset(events)));
const at = (day: string) => civilToMs(day);

const crowd = makeEvent({
  id: 'crowd',
  start: '2014-12-13',
  edtf: '2014-12-13',
  sources: [{ paragraph: 'p2', quote: 'a crowd gathered' }],
});
const search = makeEvent({
  id: 'search',
  sources: [{ paragraph: 'p2', quote: 'Later that day the office was searched.' }],
});
const fire = makeEvent({
  id: 'fire',
  sources: [{ paragraph: 'p2', quote: 'In the evening the office burned.' }],
});
const police = makeEvent({
  id: 'police',
  start: '2014-12-14',
  edtf: '2014-12-14',
  sources: [{ paragraph: 'p3', quote: 'the police came back' }],
});
const years = makeEvent({
  id: 'years',
  edtf: '2009~/..',
  start: '2009-01-01',
  end: '2014-12-16',
  ongoing: true,
  sources: [{ paragraph: 'p4', quote: 'for five years' }],
});

describe('prepareDataset ordering', () => {
  it.each([
    ['in the order of the source', [crowd, search, fire]],
    ['in reverse', [fire, search, crowd]],
    ['shuffled', [search, fire, crowd]],
  ])(
    'orders same-day events as the source tells them, whatever the order of the file (%s)',
    (_what, events) => {
      expect(prepare(...events).events.map((e) => e.id)).toEqual(['crowd', 'search', 'fire']);
    },
  );

  it('orders by start before the source: a later day comes later even when told first', () => {
    const early = makeEvent({
      id: 'early',
      start: '2014-12-12',
      edtf: '2014-12-12',
      sources: [{ paragraph: 'p3', quote: 'the police' }],
    });
    expect(prepare(police, fire, early).events.map((e) => e.id)).toEqual([
      'early',
      'fire',
      'police',
    ]);
  });

  it('orders same-day events in one paragraph by where their quote starts, and across paragraphs by paragraph', () => {
    const inP3 = makeEvent({
      id: 'in-p3',
      sources: [{ paragraph: 'p3', quote: 'On 14 December' }],
    });
    expect(prepare(inP3, fire, crowd).events.map((e) => e.id)).toEqual(['crowd', 'fire', 'in-p3']);
  });

  it('numbers events by their chronological position', () => {
    expect(prepare(police, fire, crowd).events.map((e) => e.index)).toEqual([0, 1, 2]);
  });

  it('spreads points of the same day across the day, in the source order, without moving them off it', () => {
    const { events } = prepare(fire, crowd, search);
    const points = events.map((e) => e.pointMs);
    expect(points).toEqual([...points].sort((a, b) => a - b));
    expect(new Set(points).size).toBe(3);
    for (const e of events) {
      expect(e.pointMs).toBeGreaterThan(at('2014-12-13'));
      expect(e.pointMs).toBeLessThan(at('2014-12-14'));
      expect(e.illustrativeTime).toBe(true);
    }
  });

  it('places an event alone on its day at midday', () => {
    expect(prepare(police).events[0]?.pointMs).toBe(at('2014-12-14') + DAY_MS / 2);
  });

  it('places an event with a time at that time, which is not illustrative', () => {
    const timed = makeEvent({
      id: 'timed',
      start: '2014-12-13T18:30',
      edtf: '2014-12-13T18:30',
      precision: 'time',
    });
    expect(prepare(timed).events[0]).toMatchObject({
      pointMs: at('2014-12-13T18:30'),
      illustrativeTime: false,
      isRange: false,
    });
  });

  it('keeps the order of the source for any shuffling of the events', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([crowd, search, fire, police, years], { minLength: 5 }),
        (events) => {
          expect(prepare(...events).events.map((e) => e.id)).toEqual([
            'years',
            'crowd',
            'search',
            'fire',
            'police',
          ]);
        },
      ),
    );
  });
});

describe('prepareDataset extents', () => {
  it.each<[string, Partial<TimelineEvent>, Partial<PreparedEvent>]>([
    [
      'a single day is a point',
      { start: '2014-12-13' },
      { startMs: at('2014-12-13'), endMs: at('2014-12-14'), isRange: false, isBackground: false },
    ],
    [
      'an end on the same day is still a point',
      { start: '2014-12-13', end: '2014-12-13' },
      { endMs: at('2014-12-14'), isRange: false },
    ],
    [
      'two days are a range up to the end of the second',
      { start: '2014-12-13', end: '2014-12-14' },
      { startMs: at('2014-12-13'), endMs: at('2014-12-15'), isRange: true },
    ],
    [
      'a time is a point at that time',
      { start: '2014-12-13T18:00' },
      { startMs: at('2014-12-13T18:00'), endMs: at('2014-12-13T18:00'), isRange: false },
    ],
    [
      'a span of a few hours is drawn as a point',
      { start: '2014-12-13T18:00', end: '2014-12-13T21:00' },
      { endMs: at('2014-12-13T21:00'), isRange: false },
    ],
    [
      'a span of more than a day of hours is a range',
      { start: '2014-12-13T18:00', end: '2014-12-15T09:00' },
      { endMs: at('2014-12-15T09:00'), isRange: true },
    ],
    [
      'a day to a later time ends at that time',
      { start: '2014-12-13', end: '2014-12-15T09:00' },
      { endMs: at('2014-12-15T09:00'), isRange: true },
    ],
    [
      '60 days is a step in the story',
      { start: '2014-10-18', end: '2014-12-16' },
      { isRange: true, isBackground: false },
    ],
    [
      '61 days is background',
      { start: '2014-10-17', end: '2014-12-16' },
      { isRange: true, isBackground: true },
    ],
    [
      'five years is background',
      { start: '2009-01-01', end: '2014-12-16' },
      { isBackground: true },
    ],
  ])('%s', (_what, dates, expected) => {
    expect(prepare(makeEvent(dates)).events[0]).toMatchObject(expected);
  });

  it('draws as background exactly the spans longer than 60 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (days) => {
        const start = '2014-01-01';
        const end = new Date(at(start) + days * DAY_MS).toISOString().slice(0, 10);
        const event = prepare(makeEvent({ start, end })).events[0];
        expect(event?.isBackground).toBe((days + 1) * DAY_MS > BACKGROUND_SPAN_MS);
        expect(event?.isRange).toBe(days >= 1);
      }),
    );
  });
});

describe('prepareDataset lookups', () => {
  it('finds each event by id, and numbers paragraphs from 1 in the order of the document', () => {
    const prepared = prepare(fire, police);
    expect(prepared.byId.get('police')?.id).toBe('police');
    expect(prepared.byId.get('nothing')).toBeUndefined();
    expect([...prepared.paragraphNumber]).toEqual([
      ['p1', 1],
      ['p2', 2],
      ['p3', 3],
      ['p4', 4],
    ]);
  });

  it('keeps every field of the events it prepares', () => {
    const event = makeEvent({
      place: 'Grozny',
      summary: 'A fire.',
      actors: ['Unknown men'],
      dateWording: 'In the evening',
    });
    expect(prepare(event).events[0]).toMatchObject(event);
  });
});

describe('the default window', () => {
  it('shows the steps of the story and leaves out spans longer than 60 days', () => {
    const { defaultWindow } = prepare(years, crowd, police);
    expect(defaultWindow.start).toBeLessThan(at('2014-12-13'));
    expect(defaultWindow.start).toBeGreaterThan(at('2014-12-12'));
    expect(defaultWindow.end).toBeGreaterThan(at('2014-12-15'));
    expect(defaultWindow.end).toBeLessThan(at('2014-12-17'));
  });

  it('shows the background when there is nothing else', () => {
    const { defaultWindow } = prepare(years);
    expect(defaultWindow.start).toBeLessThan(at('2009-01-01'));
    expect(defaultWindow.end).toBeGreaterThan(at('2014-12-17'));
  });

  it('leaves more room after the last event than before the first', () => {
    const { defaultWindow } = prepare(crowd, police);
    expect(defaultWindow.end - at('2014-12-15')).toBeGreaterThan(
      at('2014-12-13') - defaultWindow.start,
    );
  });

  it('gives a month from 1 January 2000 for no events at all', () => {
    expect(fitWindow([])).toEqual({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 31) });
  });

  it('shows the letter from the attack on Grozny on 4 December to the letter on 16 December, not the five years before', () => {
    const { defaultWindow, events } = prepareDataset(readLetterDataset());
    expect(defaultWindow.start).toBeGreaterThan(at('2014-12-03'));
    expect(defaultWindow.start).toBeLessThan(at('2014-12-04'));
    expect(defaultWindow.end).toBeGreaterThan(at('2014-12-17'));
    expect(defaultWindow.end).toBeLessThan(at('2014-12-24'));
    expect(events.filter((e) => e.isBackground).map((e) => e.id)).toEqual(['jmg-work-in-chechnya']);
  });

  it('contains every event that is not background, for any set of days', () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(at('2010-01-01') + n * DAY_MS).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 0, max: 90 })), { minLength: 1, maxLength: 12 }),
        (spans) => {
          const events = spans.map(([start, length], i) =>
            makeEvent({
              id: `e${i}`,
              start,
              end: new Date(at(start) + length * DAY_MS).toISOString().slice(0, 10),
            }),
          );
          const prepared = prepare(...events);
          const shown = prepared.events.some((e) => !e.isBackground)
            ? prepared.events.filter((e) => !e.isBackground)
            : prepared.events;
          for (const e of shown) {
            expect(e.startMs).toBeGreaterThan(prepared.defaultWindow.start);
            expect(e.endMs).toBeLessThan(prepared.defaultWindow.end);
          }
        },
      ),
    );
  });
});
