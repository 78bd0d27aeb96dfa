import { describe, expect, it } from 'vitest';
import { copySize, messageSlices } from './message-slices.ts';

const sized = (id: number, characters: number) => ({ id, title: 'x'.repeat(characters) });

describe('messageSlices', () => {
  it('cuts many small events by count', () => {
    const events = Array.from({ length: 10 }, (_v, i) => sized(i, 1));
    expect(messageSlices(events, 4, 1_000).map((s) => s.length)).toEqual([4, 4, 2]);
  });

  it('cuts a few large events by size, whatever their number', () => {
    const events = Array.from({ length: 6 }, (_v, i) => sized(i, 400));
    expect(messageSlices(events, 4_000, 1_000).map((s) => s.map((e) => e.id))).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it('sends an event larger than a message alone, and loses or repeats none', () => {
    const events = [sized(0, 10), sized(1, 5_000), sized(2, 10)];
    const slices = messageSlices(events, 4_000, 1_000);
    expect(slices.map((s) => s.map((e) => e.id))).toEqual([[0], [1], [2]]);
    expect(slices.flat()).toEqual(events);
  });

  it('counts the text anywhere in an event, its quotes and any other field included', () => {
    const base = copySize({ id: 'a', sources: [{ quote: '' }] });
    expect(copySize({ id: 'a', sources: [{ quote: 'q'.repeat(1_000) }] })).toBe(base + 1_000);
    expect(copySize({ id: 'a', extra: { deep: ['y'.repeat(500)] } })).toBeGreaterThan(500);
  });
});
