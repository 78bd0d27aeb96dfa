import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilToMs, DAY_MS, msToCivilDay } from '../dates/civil-date.ts';
import { prepareDataset, type PreparedEvent } from '../dataset/prepare-dataset.ts';
import { EVENT_KINDS, type TimelineEvent } from '../dataset/check/schema.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { readLetterDataset } from '../test/letter.ts';
import {
  CLUSTER_PREFIX,
  itemForEvent,
  BUCKETS,
  MAX_BACKGROUND_DRAWN,
  MAX_DRAWN_ITEMS,
  toTimelineItems,
  type TimelineItemSpec,
} from './to-timeline-items.ts';

const prepare = (events: TimelineEvent[]) => prepareDataset(structuredClone(makeDataset(events)));
const at = civilToMs;
const DEC = { start: at('2014-12-01'), end: at('2014-12-31') };

/** `count` one-day events spread over December 2014, cycling through the kinds. */
function manyEvents(
  count: number,
  overrides: (i: number) => Partial<TimelineEvent> = () => ({}),
): PreparedEvent[] {
  return prepare(
    Array.from({ length: count }, (_, i) =>
      makeEvent({
        id: `e${i}`,
        title: `Event ${i}`,
        start: msToCivilDay(at('2014-12-01') + (i % 30) * DAY_MS),
        kind: EVENT_KINDS[i % EVENT_KINDS.length],
        ...overrides(i),
      }),
    ),
  ).events;
}

const drawnCount = (items: TimelineItemSpec[]) =>
  items.reduce((sum, item) => sum + (item.count ?? 1), 0);

describe('itemForEvent', () => {
  it('draws the short label, with the certainty mark, and keeps the full title for the tooltip', () => {
    const events = prepare([
      makeEvent({ title: 'The office was destroyed by fire', label: 'Office burned' }),
    ]).events;
    const item = itemForEvent(events[0] as PreparedEvent);
    expect(item.label).toMatch(/Office burned$/);
    expect(item.title).toBe('The office was destroyed by fire');
  });

  it('draws the title when the event has no label', () => {
    const events = prepare([makeEvent({ title: 'The office was destroyed by fire' })]).events;
    const item = itemForEvent(events[0] as PreparedEvent);
    expect(item.label).toMatch(/The office was destroyed by fire$/);
    expect(item.title).toBeUndefined();
  });
});

describe('itemForEvent', () => {
  const { byId } = prepare([
    makeEvent({ id: 'point', title: 'The office burns', start: '2014-12-13' }),
    makeEvent({
      id: 'range',
      title: 'Homes torched',
      start: '2014-12-05',
      end: '2014-12-08',
      precision: 'days',
    }),
    makeEvent({
      id: 'approximate',
      title: 'Homes torched',
      start: '2014-12-14',
      certainty: 'approximate',
      kind: 'threat',
    }),
    makeEvent({
      id: 'inferred',
      title: 'Ministry denies',
      start: '2014-12-15',
      certainty: 'inferred',
      kind: 'official-statement',
    }),
    makeEvent({
      id: 'ongoing',
      title: 'Work',
      start: '2009-01-01',
      end: '2014-12-16',
      ongoing: true,
      certainty: 'approximate',
      kind: 'advocacy',
    }),
  ]);
  const [point, range, approximate, inferred, ongoing] = [
    'point',
    'range',
    'approximate',
    'inferred',
    'ongoing',
  ].map((id) => byId.get(id));

  it.each<[string, PreparedEvent | undefined, Partial<TimelineItemSpec>]>([
    [
      'a one-day event as a point within its day, in its kind lane',
      point,
      {
        id: 'point',
        group: 'violence',
        type: 'point',
        label: 'The office burns',
        className: 'kind--violence certainty-stated',
      },
    ],
    [
      'an event of several days as a range to the end of its last day',
      range,
      {
        id: 'range',
        type: 'range',
        start: at('2014-12-05'),
        end: at('2014-12-09'),
        label: 'Homes torched',
      },
    ],
    [
      'an approximate date with a ~ before the title',
      approximate,
      { label: '~ Homes torched', className: 'kind--threat certainty-approximate' },
    ],
    [
      'an inferred date with a ? before the title',
      inferred,
      { label: '? Ministry denies', className: 'kind--official-statement certainty-inferred' },
    ],
    [
      'an ongoing background span with its classes',
      ongoing,
      {
        type: 'range',
        label: '~ Work',
        className: 'kind--advocacy certainty-approximate is-ongoing is-background',
      },
    ],
  ])('draws %s', (_what, event, expected) => {
    if (!event) throw new Error('missing event');
    expect(itemForEvent(event)).toMatchObject(expected);
  });

  it('places a point inside its day and gives it no end', () => {
    if (!point) throw new Error('missing event');
    const item = itemForEvent(point);
    expect(item.start).toBeGreaterThan(at('2014-12-13'));
    expect(item.start).toBeLessThan(at('2014-12-14'));
    expect(item).not.toHaveProperty('end');
  });

  it('keeps a title as plain text, markup and all, for the timeline to show as text', () => {
    const [event] = prepare([
      makeEvent({ title: '<img src=x onerror="alert(1)"> & <b>bold</b>', certainty: 'inferred' }),
    ]).events;
    if (!event) throw new Error('missing event');
    expect(itemForEvent(event).label).toBe('? <img src=x onerror="alert(1)"> & <b>bold</b>');
  });
});

describe('toTimelineItems with few events', () => {
  const letter = prepareDataset(readLetterDataset());

  it('draws one item per event of the letter in its default view, with the ids of the events', () => {
    const items = toTimelineItems(letter.events, letter.defaultWindow, undefined);
    expect(items.map((i) => i.id)).toEqual(letter.events.map((e) => e.id));
  });

  it.each([
    ['inside the window', at('2014-12-10'), at('2014-12-20'), true],
    ['within one window-width before it', at('2014-12-20'), at('2014-12-30'), true],
    ['within one window-width after it', at('2014-11-26'), at('2014-12-06'), true],
    ['more than a window-width away', at('2015-01-10'), at('2015-01-20'), false],
  ])('draws an event of 13 December when it is %s', (_what, start, end, drawn) => {
    const events = prepare([makeEvent()]).events;
    expect(toTimelineItems(events, { start, end }, undefined).length).toBe(drawn ? 1 : 0);
  });

  it('draws a long span that covers the whole view', () => {
    const events = prepare([
      makeEvent({ start: '2009-01-01', end: '2014-12-16', ongoing: true }),
    ]).events;
    expect(
      toTimelineItems(events, { start: at('2012-06-01'), end: at('2012-06-02') }, undefined),
    ).toHaveLength(1);
  });

  it(`draws ${MAX_DRAWN_ITEMS} events in view one by one`, () => {
    const items = toTimelineItems(manyEvents(MAX_DRAWN_ITEMS), DEC, undefined);
    expect(items).toHaveLength(MAX_DRAWN_ITEMS);
    expect(items.every((i) => !i.id.startsWith(CLUSTER_PREFIX))).toBe(true);
  });

  it('draws nothing for no events', () => {
    expect(toTimelineItems([], DEC, 'e1')).toEqual([]);
  });
});

describe('toTimelineItems with more events in view than it draws', () => {
  const events = manyEvents(MAX_DRAWN_ITEMS + 1);

  it('draws counts per kind and period instead, that add up to the events in view', () => {
    const items = toTimelineItems(events, DEC, undefined);
    expect(items.length).toBeLessThan(MAX_DRAWN_ITEMS);
    expect(
      items.every((i) => i.id.startsWith(CLUSTER_PREFIX) && i.className.startsWith('is-cluster')),
    ).toBe(true);
    expect(drawnCount(items)).toBe(events.length);
    for (const kind of EVENT_KINDS) {
      const lane = items.filter((i) => i.group === kind);
      expect(drawnCount(lane)).toBe(events.filter((e) => e.kind === kind).length);
      for (const item of lane) {
        expect(item).toMatchObject({ type: 'range', className: `is-cluster kind--${kind}` });
        expect(item.label).toBe(String(item.count));
        expect(item.end ?? 0).toBeGreaterThan(item.start);
      }
    }
  });

  it('gives every bundle its own id', () => {
    const ids = toTimelineItems(events, DEC, undefined).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('always draws the selected event on its own, outside the counts', () => {
    const items = toTimelineItems(events, DEC, 'e42');
    const selected = items.filter((i) => !i.id.startsWith(CLUSTER_PREFIX));
    expect(selected).toEqual([itemForEvent(events.find((e) => e.id === 'e42') as PreparedEvent)]);
    expect(drawnCount(items)).toBe(events.length);
  });

  it('writes large counts as the reader’s language does, with its thousands separators', () => {
    // One day's points spread across the day, so they may fall into two periods.
    const crowded = manyEvents(3000, () => ({ start: '2014-12-13', kind: 'violence' }));
    const inEnglish = new Intl.NumberFormat('en');
    const labels = toTimelineItems(crowded, DEC, undefined, (n) => inEnglish.format(n)).map(
      (i) => i.label,
    );
    expect(labels.length).toBeLessThanOrEqual(2);
    expect(labels.reduce((sum, label) => sum + Number(label.replace(/,/g, '')), 0)).toBe(3000);
    expect(labels.some((label) => /^\d,\d{3}$/.test(label))).toBe(true);
    const inRussian = new Intl.NumberFormat('ru');
    const russian = toTimelineItems(crowded, DEC, undefined, (n) => inRussian.format(n));
    expect(russian.map((i) => i.label)).toEqual(russian.map((i) => inRussian.format(i.count ?? 0)));
    expect(russian.some((i) => /^\d\u00a0\d{3}$/.test(i.label))).toBe(true);
  });

  it('draws a few background spans one by one, outside the counts', () => {
    const withBackground = [
      ...events,
      ...prepare([
        makeEvent({
          id: 'years',
          start: '2009-01-01',
          end: '2014-12-16',
          ongoing: true,
          kind: 'advocacy',
        }),
      ]).events,
    ];
    const items = toTimelineItems(withBackground, DEC, undefined);
    expect(items.filter((i) => !i.id.startsWith(CLUSTER_PREFIX)).map((i) => i.id)).toEqual([
      'years',
    ]);
    expect(drawnCount(items)).toBe(withBackground.length);
  });
});

describe('toTimelineItems with many long spans', () => {
  it('counts 3,000 spans over 60 days like any other event, drawing no more than the cap', () => {
    const spans = manyEvents(3000, (i) => ({
      start: msToCivilDay(at('2014-10-15') + (i % 30) * DAY_MS),
      end: msToCivilDay(at('2014-10-15') + (i % 30) * DAY_MS + 90 * DAY_MS),
    }));
    expect(spans.every((e) => e.isBackground)).toBe(true);
    const items = toTimelineItems(spans, DEC, spans[7]?.id);
    expect(items.length).toBeLessThanOrEqual(MAX_DRAWN_ITEMS);
    expect(drawnCount(items)).toBe(spans.length);
    expect(items.filter((i) => !i.id.startsWith(CLUSTER_PREFIX)).map((i) => i.id)).toEqual([
      spans[7]?.id,
    ]);
  });

  it('keeps the cap with every lane crowded and a few background spans drawn', () => {
    const crowded = manyEvents(4000, (i) => ({ kind: EVENT_KINDS[i % EVENT_KINDS.length] }));
    const withBackground = [
      ...crowded,
      ...prepare(
        Array.from({ length: MAX_BACKGROUND_DRAWN }, (_, i) =>
          makeEvent({
            id: `years-${i}`,
            start: '2009-01-01',
            end: '2014-12-16',
            ongoing: true,
            kind: 'advocacy',
          }),
        ),
      ).events,
    ];
    const items = toTimelineItems(withBackground, DEC, 'e5');
    expect(items.length).toBeLessThanOrEqual(MAX_DRAWN_ITEMS);
    expect(drawnCount(items)).toBe(withBackground.length);
  });
});

describe('toTimelineItems for any events and view', () => {
  const eventsArbitrary = fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: 120 }),
        length: fc.integer({ min: 0, max: 80 }),
        kind: fc.constantFrom(...EVENT_KINDS),
        certainty: fc.constantFrom('stated' as const, 'approximate' as const, 'inferred' as const),
      }),
      { maxLength: 700, size: 'max' },
    )
    .map(
      (specs) =>
        prepare(
          specs.map((s, i) =>
            makeEvent({
              id: `e${i}`,
              start: msToCivilDay(at('2014-10-01') + s.day * DAY_MS),
              end: msToCivilDay(at('2014-10-01') + (s.day + s.length) * DAY_MS),
              kind: s.kind,
              certainty: s.certainty,
            }),
          ),
        ).events,
    );
  const viewArbitrary = fc
    .tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 90 }))
    .map(([day, width]) => ({
      start: at('2014-09-15') + day * DAY_MS,
      end: at('2014-09-15') + (day + width) * DAY_MS,
    }));

  it('accounts for every event near the view exactly once, with unique ids, and draws the selected one', () => {
    fc.assert(
      fc.property(eventsArbitrary, viewArbitrary, fc.nat({ max: 800 }), (events, view, pick) => {
        const selectedId = events.length > 0 ? events[pick % events.length]?.id : undefined;
        const items = toTimelineItems(events, view, selectedId);
        const ids = items.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);

        const span = view.end - view.start;
        const near = events.filter(
          (e) => e.startMs <= view.end + span && e.endMs >= view.start - span,
        );
        expect(drawnCount(items)).toBe(near.length);
        if (near.length <= MAX_DRAWN_ITEMS) expect(ids).toEqual(near.map((e) => e.id));
        else
          expect(items.length).toBeLessThanOrEqual(
            Math.min(MAX_DRAWN_ITEMS, EVENT_KINDS.length * BUCKETS + MAX_BACKGROUND_DRAWN + 1),
          );

        const selected = near.find((e) => e.id === selectedId);
        if (selected) expect(items).toContainEqual(itemForEvent(selected));
      }),
      { numRuns: 60 },
    );
  });
});

describe('toTimelineItems for a dense view of many events', () => {
  /**
   * 900 to 1,500 events from a seed (so a failure names a seed, not the events): points, some
   * with a time, on crowded days, and ranges, a few longer than 60 days.
   */
  function denseEvents(seed: number): PreparedEvent[] {
    let state = seed >>> 0 || 1;
    const next = (n: number) => {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      return state % n;
    };
    const count = 900 + next(600);
    return prepare(
      Array.from({ length: count }, (_, i) => {
        const day = next(200);
        const shape = next(10);
        const length = shape < 6 ? 0 : shape < 9 ? 1 + next(9) : 61 + next(240);
        const start = msToCivilDay(at('2014-06-01') + day * DAY_MS);
        const timed = length === 0 && next(3) === 0;
        return makeEvent({
          id: `e${i}`,
          start: timed ? `${start}T${String(next(24)).padStart(2, '0')}:00` : start,
          end: length === 0 ? undefined : msToCivilDay(at('2014-06-01') + (day + length) * DAY_MS),
          precision: length === 0 ? 'day' : 'days',
          kind: EVENT_KINDS[next(EVENT_KINDS.length)],
        });
      }),
    ).events;
  }
  const viewArbitrary = fc
    .tuple(fc.integer({ min: -60, max: 260 }), fc.integer({ min: 1, max: 200 }))
    .map(([day, width]) => ({
      start: at('2014-06-01') + day * DAY_MS,
      end: at('2014-06-01') + (day + width) * DAY_MS,
    }));
  const byId = (items: TimelineItemSpec[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('counts each lane and period as one pass over the events would', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.tuple(viewArbitrary, fc.nat()), { minLength: 8, maxLength: 8 }),
        (seed, views) => {
          const events = denseEvents(seed);
          // Out of order, the list cannot be searched: every event is visited instead.
          const unsorted = [...events].reverse();
          return views.every(([view, pick]) => {
            const selectedId = pick % 3 === 0 ? undefined : events[pick % events.length]?.id;
            const searched = byId(toTimelineItems(events, view, selectedId));
            const visited = byId(toTimelineItems(unsorted, view, selectedId));
            return JSON.stringify(searched) === JSON.stringify(visited);
          });
        },
      ),
      { numRuns: 10, endOnFailure: true },
    );
  }, 60_000);
});
