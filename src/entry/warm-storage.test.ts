import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmStorage } from './warm-storage.ts';

describe('warmStorage', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens the storage in a later task, not in the one that asks', () => {
    vi.useFakeTimers();
    const opened = vi.fn(() => ({ length: 0 }));
    vi.stubGlobal('window', {
      get localStorage() {
        return opened();
      },
    });
    warmStorage();
    expect(opened).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(opened).toHaveBeenCalledOnce();
  });

  it('says nothing when the browser refuses storage', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {
      get localStorage() {
        throw new Error('refused');
      },
    });
    warmStorage();
    expect(() => vi.runAllTimers()).not.toThrow();
  });
});
