import { describe, expect, it } from 'vitest';
import { secondFrameAfter, stepTimes } from './step-times.ts';

const frames = [100, 116, 133, 150, 166, 183, 200];

describe('secondFrameAfter', () => {
  it.each([
    [90, 116],
    [100, 133],
    [140, 166],
    [183, undefined],
  ])('after %d ms it is the frame at %s ms', (at, expected) => {
    expect(secondFrameAfter(at, frames)).toBe(expected);
  });
});

describe('stepTimes', () => {
  it('ends the result at the last change on screen and the settling at the last change of all', () => {
    // Input at 95; the list and the timeline change at 120, a hidden status at 160.
    expect(stepTimes(95, 160, 120, frames)).toEqual({ settledMs: 183 - 95, shownMs: 150 - 95 });
  });

  it('takes a step with no change on screen as over at the second frame after the input', () => {
    expect(stepTimes(95, 160, 0, frames)).toEqual({ settledMs: 183 - 95, shownMs: 116 - 95 });
  });

  it('never counts a change before the input', () => {
    expect(stepTimes(140, 130, 120, frames)).toEqual({ settledMs: 26, shownMs: 26 });
  });

  it('gives nothing until the frames after the last change have come', () => {
    expect(stepTimes(95, 190, 120, frames)).toBeUndefined();
  });
});
