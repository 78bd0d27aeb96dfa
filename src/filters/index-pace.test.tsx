import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexPace } from './index-pace.ts';

describe('IndexPace', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for idle time until search is wanted, then builds the next slice without waiting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // A page that is never idle: only `hurry` can start the slice.
    const cancelled = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancelled);
    const pace = new IndexPace();
    const turn = vi.fn();
    void pace.next(new AbortController().signal).then(turn);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(turn).not.toHaveBeenCalled();
    pace.hurry();
    await vi.advanceTimersByTimeAsync(0);
    expect(cancelled).toHaveBeenCalledWith(7);
    expect(turn).toHaveBeenCalledWith(25);
  });

  it('stops waiting when its build is cancelled', async () => {
    const pace = new IndexPace();
    const controller = new AbortController();
    const turn = pace.next(controller.signal);
    controller.abort(new Error('the reader left'));
    await expect(turn).rejects.toThrow('the reader left');
  });
});
