import { describe, expect, it, vi } from 'vitest';
import { Viewport } from './viewport.ts';

const LINK = { start: 0, end: 100 };
const DRAG = { start: 10, end: 110 };

describe('Viewport', () => {
  it('builds on the window asked for in the current entry, and on the link’s view in another', () => {
    const viewport = new Viewport(LINK, true);
    viewport.request(1, DRAG);
    expect(viewport.base(1)).toEqual(DRAG);
    expect(viewport.base(2)).toEqual(LINK);
  });

  it('writes a drag into the entry it began in, once it rests, and never the engine’s own moves', () => {
    const viewport = new Viewport(LINK, true);
    expect(viewport.engineMoved(DRAG, false, true, 1)).toBeUndefined();
    // Back made entry 2 current while the drag went on: the drag still belongs to entry 1.
    expect(viewport.engineMoved(DRAG, true, true, 2)).toBe(1);
    expect(viewport.engineMoved(LINK, true, false, 2)).toBeUndefined();
    expect(viewport.engineWindow()).toEqual(LINK);
  });

  it('tells its readers when the engine comes to rest somewhere new, not while it moves', () => {
    const viewport = new Viewport(LINK, false);
    const listener = vi.fn();
    viewport.subscribe(listener);
    viewport.engineMoved(DRAG, false, false, 0);
    expect(listener).not.toHaveBeenCalled();
    viewport.engineMoved(DRAG, true, false, 0);
    viewport.engineMoved({ ...DRAG }, true, false, 0);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(viewport.getSettled()).toEqual(DRAG);
  });
});
