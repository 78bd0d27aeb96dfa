import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { eventsInView } from './events-in-view.ts';

const DAY = 24 * 60 * 60 * 1000;

function event(index: number, startDay: number, days: number): PreparedEvent {
  return {
    index,
    id: `e${index}`,
    startMs: startDay * DAY,
    endMs: (startDay + days) * DAY,
  } as PreparedEvent;
}

/** What a scan of every event finds. */
const scan = (events: readonly PreparedEvent[], from: number, to: number) =>
  events.filter((e) => e.startMs <= to && e.endMs >= from).map((e) => e.id);

describe('eventsInView', () => {
  it.each([
    ['a point inside', [event(0, 10, 1)], 9, 12, ['e0']],
    ['a point before', [event(0, 1, 1)], 9, 12, []],
    [
      'a long span that began long before',
      [event(0, 0, 3650), event(1, 100, 1)],
      99,
      102,
      ['e0', 'e1'],
    ],
    ['a span ending on the first day', [event(0, 5, 4)], 9, 12, ['e0']],
  ])('finds %s', (_name, events, fromDay, toDay, ids) => {
    expect(eventsInView(events, fromDay * DAY, toDay * DAY).map((e) => e.id)).toEqual(ids);
  });

  it('finds what a scan of every event finds, in the same order, sorted or not', () => {
    const spec = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 })),
      {
        maxLength: 120,
      },
    );
    fc.assert(
      fc.property(
        spec,
        fc.boolean(),
        fc.integer({ min: -50, max: 2500 }),
        fc.integer({ min: 0, max: 800 }),
        (raw, sort, fromDay, days) => {
          const ordered = sort ? [...raw].sort((a, b) => a[0] - b[0]) : raw;
          const events = ordered.map(([start, length], i) => event(i, start, length));
          const from = fromDay * DAY;
          const to = (fromDay + days) * DAY;
          expect(eventsInView(events, from, to).map((e) => e.id)).toEqual(scan(events, from, to));
        },
      ),
      { numRuns: 300 },
    );
  });
});
