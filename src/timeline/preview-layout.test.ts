import { describe, expect, it } from 'vitest';
import { POINT_LABEL_CHARS, previewLayout } from './preview-layout.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import type { Window } from '../dataset/prepare-dataset.ts';

/** The first lane of a layout (every case here has one). */
function laneOf(items: readonly TimelineItemSpec[], width = 1000, window: Window = view) {
  const [lane] = previewLayout(['a'], items, window, width);
  if (!lane) throw new Error('no lane');
  return lane;
}
const itemOf = (lane: ReturnType<typeof laneOf>, id: string) => {
  const item = lane.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};

const DAY = 86_400_000;
const view = { start: 0, end: 100 * DAY };

function point(id: string, day: number, group = 'a', label = id): TimelineItemSpec {
  return { id, group, type: 'point', start: day * DAY, label, className: `kind--${group}` };
}
function range(id: string, from: number, to: number, group = 'a'): TimelineItemSpec {
  return { id, group, type: 'range', start: from * DAY, end: to * DAY, label: id, className: 'k' };
}

describe('previewLayout', () => {
  it('stacks items that would overlap, in the order of their starts, and keeps apart ones on one row', () => {
    // At 1,000 px a day is 10 px: a point and its label take far more than a day.
    const lane = laneOf([point('late', 50), point('b', 1), point('a', 0)]);
    const rows = Object.fromEntries(lane.items.map((item) => [item.id, item.row]));
    expect(rows).toEqual({ a: 0, b: 1, late: 0 });
    expect(lane.rows).toBe(2);
    expect(lane.items.map((item) => item.id)).toEqual(['a', 'b', 'late']);
  });

  it('places items as fractions of the view, clips ranges to it and leaves out what is outside', () => {
    const lane = laneOf([
      point('p', 25),
      range('r', -10, 40),
      range('gone', 101, 120),
      point('before', -1),
    ]);
    expect(lane.items.map((item) => item.id)).toEqual(['r', 'p']);
    expect(itemOf(lane, 'r')).toMatchObject({ x: 0, width: 0.4, type: 'range' });
    expect(itemOf(lane, 'p').x).toBe(0.25);
  });

  it('gives each lane, in the lanes’ order, its own items and at least one row', () => {
    const layout = previewLayout(
      ['b', 'a', 'empty'],
      [point('x', 1, 'a'), point('y', 1, 'b')],
      view,
      1000,
    );
    expect(layout.map((lane) => [lane.id, lane.rows, lane.items.map((i) => i.id)])).toEqual([
      ['b', 1, ['y']],
      ['a', 1, ['x']],
      ['empty', 1, []],
    ]);
  });

  it('stacks more at a narrower width', () => {
    const label = 'fifteen letters';
    const items = [
      point('a', 0, 'a', label),
      point('b', 20, 'a', label),
      point('c', 40, 'a', label),
    ];
    expect(laneOf(items, 2000).rows).toBe(1);
    expect(laneOf(items, 300).rows).toBe(3);
  });

  it('cuts a long point label as the engine does, with an ellipsis, and leaves whole a range’s that fits', () => {
    const long = 'word '.repeat(40).trim();
    const lane = laneOf([point('p', 1, 'a', long), { ...range('r', 0, 100), label: long }]);
    const label = itemOf(lane, 'p').label;
    expect([...label]).toHaveLength(POINT_LABEL_CHARS);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(itemOf(lane, 'r').label).toBe(long);
  });

  it('cuts a label by whole characters: an emoji sequence or an accent is never split', () => {
    const family = '👩‍👩‍👧';
    const label = `${'a'.repeat(POINT_LABEL_CHARS - 2)}${family}e\u0301 and more`;
    const cutLabel = itemOf(laneOf([point('p', 1, 'a', label)]), 'p').label;
    expect(cutLabel).toBe(`${'a'.repeat(POINT_LABEL_CHARS - 2)}${family}…`);
  });

  it('cuts a range’s label to what the widest screen could show of it', () => {
    const huge = 'x'.repeat(10_000);
    const label = itemOf(laneOf([{ ...range('r', 0, 10), label: huge }]), 'r').label;
    expect(label.length).toBeLessThan(100);
    expect(huge.startsWith(label)).toBe(true);
  });

  it('marks the open event', () => {
    const [lane] = previewLayout(['a'], [point('x', 1), point('y', 50)], view, 1000, 'y');
    expect(lane?.items.map((item) => [item.id, item.selected])).toEqual([
      ['x', false],
      ['y', true],
    ]);
  });

  it('draws nothing for a view drawn as counts, or for an empty window', () => {
    const bundle = { ...range('cluster:a:0', 0, 10), count: 55 };
    expect(previewLayout(['a'], [point('a', 1), bundle], view, 1000)).toEqual([]);
    expect(previewLayout(['a'], [point('a', 1)], { start: 5, end: 5 }, 1000)).toEqual([]);
  });
});
