import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIVIL_RANGE, DAY_MS } from '../dates/civil-date.ts';
import {
  MAX_SPAN,
  MIN_SPAN,
  panWindow,
  windowsDiffer,
  windowShowing,
  zoomAnchor,
  zoomWindow,
} from './timeline-window.ts';

const DEC_1 = Date.UTC(2014, 11, 1);
const days = (n: number) => n * DAY_MS;
const view = { start: DEC_1, end: DEC_1 + days(20) };

/** Windows anywhere from year 1 to 9999, at least a minute wide. */
const anyWindow = fc
  .tuple(
    fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 }),
    fc.integer({ min: 60_000, max: 400 * 365 * DAY_MS }),
  )
  .map(([start, width]) => ({
    start: Math.min(start, CIVIL_RANGE.end - width),
    end: Math.min(start, CIVIL_RANGE.end - width) + width,
  }));

const inRange = (w: { start: number; end: number }) => {
  expect(w.start).toBeGreaterThanOrEqual(CIVIL_RANGE.start);
  expect(w.end).toBeLessThanOrEqual(CIVIL_RANGE.end);
};

describe('zoomWindow', () => {
  it.each([
    [
      'zooms in around the centre with a factor below 1',
      0.5,
      { start: DEC_1 + days(5), end: DEC_1 + days(15) },
    ],
    [
      'zooms out around the centre with a factor above 1',
      2,
      { start: DEC_1 - days(10), end: DEC_1 + days(30) },
    ],
    ['keeps the window with a factor of 1', 1, view],
  ])('%s', (_what, factor, expected) => {
    expect(zoomWindow(view, factor)).toEqual(expected);
  });

  it('never zooms in closer than an hour', () => {
    const zoomed = zoomWindow(view, 1e-9);
    expect(zoomed.end - zoomed.start).toBe(MIN_SPAN);
    expect((zoomed.start + zoomed.end) / 2).toBe(DEC_1 + days(10));
  });

  it('never zooms out further than the whole range of years 1 to 9999', () => {
    const zoomed = zoomWindow(view, 1e9);
    expect(zoomed).toEqual({ start: CIVIL_RANGE.start, end: CIVIL_RANGE.end });
  });

  it.each([
    ['the first years', { start: CIVIL_RANGE.start, end: CIVIL_RANGE.start + days(3650) }],
    ['the last years', { start: CIVIL_RANGE.end - days(3650), end: CIVIL_RANGE.end }],
  ])(
    'zooming out from %s stays inside the range, where every link can be read back',
    (_what, w) => {
      inRange(zoomWindow(w, 4));
      expect(zoomWindow(w, 4).end - zoomWindow(w, 4).start).toBe(days(3650) * 4);
    },
  );

  it('keeps the centre (unless an edge of the range is in the way) and a width between an hour and the range, for any window and factor', () => {
    fc.assert(
      fc.property(anyWindow, fc.double({ min: 0.01, max: 100, noNaN: true }), (w, factor) => {
        const zoomed = zoomWindow(w, factor);
        const span = zoomed.end - zoomed.start;
        inRange(zoomed);
        expect(span).toBeGreaterThanOrEqual(MIN_SPAN - 1);
        expect(span).toBeLessThanOrEqual(MAX_SPAN + 1);
        const centre = (w.start + w.end) / 2;
        if (centre - span / 2 >= CIVIL_RANGE.start && centre + span / 2 <= CIVIL_RANGE.end)
          expect(Math.abs((zoomed.start + zoomed.end) / 2 - centre)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('panWindow', () => {
  it.each([
    [
      'moves earlier by a share of the width',
      -0.5,
      { start: DEC_1 - days(10), end: DEC_1 + days(10) },
    ],
    [
      'moves later by a share of the width',
      0.5,
      { start: DEC_1 + days(10), end: DEC_1 + days(30) },
    ],
  ])('%s', (_what, share, expected) => {
    expect(panWindow(view, share)).toEqual(expected);
  });

  it('keeps the width and stays in the civil range, for any window and share', () => {
    fc.assert(
      fc.property(anyWindow, fc.double({ min: -2, max: 2, noNaN: true }), (w, share) => {
        const moved = panWindow(w, share);
        inRange(moved);
        expect(moved.end - moved.start).toBeCloseTo(w.end - w.start, -3);
      }),
    );
  });
});

describe('windowShowing', () => {
  it('leaves the window alone when the event is well inside it', () => {
    expect(windowShowing(view, DEC_1 + days(5), DEC_1 + days(6))).toBe(view);
  });

  it.each([
    ['an event just inside the left edge', DEC_1 + days(1), DEC_1 + days(2)],
    ['an event just inside the right edge', DEC_1 + days(19), DEC_1 + days(20)],
    ['an event before the window', DEC_1 - days(40), DEC_1 - days(39)],
    ['an event after the window', DEC_1 + days(100), DEC_1 + days(101)],
  ])('centres %s, keeping the width', (_what, from, to) => {
    const moved = windowShowing(view, from, to);
    expect(moved.end - moved.start).toBe(view.end - view.start);
    expect((moved.start + moved.end) / 2).toBe((from + to) / 2);
  });

  it.each([
    ['reaches into it', DEC_1 - days(2000), DEC_1 + days(10), view],
    [
      'ends before it',
      DEC_1 - days(2000),
      DEC_1 - days(100),
      { start: DEC_1 - days(118), end: DEC_1 - days(98) },
    ],
    [
      'starts after it',
      DEC_1 + days(100),
      DEC_1 + days(2000),
      { start: DEC_1 + days(98), end: DEC_1 + days(118) },
    ],
  ])('keeps the width for an event longer than the window that %s', (_what, from, to, expected) => {
    expect(windowShowing(view, from, to)).toEqual(expected);
  });

  it('shows any event, completely when it fits and at least in part otherwise, keeping the width, for any window', () => {
    fc.assert(
      fc.property(anyWindow, anyWindow, (w, event) => {
        const shown = windowShowing(w, event.start, event.end);
        inRange(shown);
        expect(Math.abs(shown.end - shown.start - (w.end - w.start))).toBeLessThanOrEqual(1);
        const fits = event.end - event.start <= (w.end - w.start) * 0.8;
        if (fits) {
          expect(shown.start).toBeLessThanOrEqual(event.start);
          expect(shown.end).toBeGreaterThanOrEqual(event.end);
        } else {
          expect(shown.start).toBeLessThanOrEqual(event.end);
          expect(shown.end).toBeGreaterThanOrEqual(event.start);
        }
      }),
    );
  });
});

describe('windowsDiffer', () => {
  it.each([
    ['the same window', view, false],
    [
      'a window moved by a tenth of a percent',
      { start: view.start + days(0.02), end: view.end + days(0.02) },
      false,
    ],
    [
      'a window moved by one percent',
      { start: view.start + days(0.2), end: view.end + days(0.2) },
      true,
    ],
    [
      'a window with only its end moved by a day',
      { start: view.start, end: view.end + days(1) },
      true,
    ],
    ['a window zoomed out', zoomWindow(view, 2), true],
  ])('says %s differs: %s', (_what, other, differs) => {
    expect(windowsDiffer(view, other)).toBe(differs);
    expect(windowsDiffer(other, view)).toBe(differs);
  });

  it('is symmetric and says no window differs from itself', () => {
    fc.assert(
      fc.property(anyWindow, anyWindow, (a, b) => {
        expect(windowsDiffer(a, b)).toBe(windowsDiffer(b, a));
        expect(windowsDiffer(a, { ...a })).toBe(false);
      }),
    );
  });
});

describe('zooming around the open event', () => {
  const at = (share: number) => view.start + (view.end - view.start) * share;
  const shareOf = (w: { start: number; end: number }, instant: number) =>
    (instant - w.start) / (w.end - w.start);

  it.each([
    ['keeps an instant in view where it is on screen', 0.3, 0.5, 0.3],
    ['and when zooming out', 0.7, 2, 0.7],
    ['brings an instant near the left edge a tenth of the width in', 0.02, 0.5, 0.1],
    ['and one near the right edge', 0.99, 0.5, 0.9],
  ])('%s', (_what, share, factor, expected) => {
    const zoomed = zoomWindow(view, factor, at(share));
    expect(zoomed.end - zoomed.start).toBeCloseTo((view.end - view.start) * factor);
    expect(shareOf(zoomed, at(share))).toBeCloseTo(expected);
  });

  it('zooms around the centre when the instant is out of view', () => {
    expect(zoomWindow(view, 0.5, view.end + days(3))).toEqual(zoomWindow(view, 0.5));
  });

  it('keeps the instant in view for any window, factor and instant in it', () => {
    fc.assert(
      fc.property(
        anyWindow,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, factor, share) => {
          const instant = w.start + (w.end - w.start) * share;
          const zoomed = zoomWindow(w, factor, instant);
          inRange(zoomed);
          expect(instant).toBeGreaterThanOrEqual(zoomed.start - 1);
          expect(instant).toBeLessThanOrEqual(zoomed.end + 1);
        },
      ),
    );
  });

  const point = { isRange: false, startMs: at(0.4), endMs: at(0.45), pointMs: at(0.42) };
  const span = { isRange: true, startMs: view.start - days(100), endMs: at(0.5), pointMs: 0 };
  it.each([
    ['a point at the instant it is drawn', point, at(0.42)],
    ['a span at the middle of its part in view', span, at(0.25)],
    ['an event out of view nowhere', { ...point, pointMs: view.end + days(1) }, undefined],
    [
      'a span out of view nowhere',
      { ...span, startMs: view.end + 1, endMs: view.end + days(9) },
      undefined,
    ],
  ])('anchors %s', (_what, event, expected) => {
    expect(zoomAnchor(view, event)).toBe(expected);
  });
});
