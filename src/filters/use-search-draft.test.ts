import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_PAUSE_MS, useSearchDraft } from './use-search-draft.ts';

describe('useSearchDraft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the search to the link once typing pauses, not on every key', () => {
    const write = vi.fn();
    const { result } = renderHook(({ linked }) => useSearchDraft(linked, write), {
      initialProps: { linked: undefined as string | undefined },
    });
    for (const text of ['k', 'ka', 'kal']) {
      act(() => result.current.setDraft(text));
      act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS - 50));
    }
    expect(write).not.toHaveBeenCalled();
    expect(result.current.draft).toBe('kal');
    expect(result.current.settled).toBe(false);
    act(() => void vi.advanceTimersByTime(50));
    expect(write).toHaveBeenCalledExactlyOnceWith('kal');
  });

  it('follows the link when it changes (Back, Forward, Clear filters), and writes nothing back', () => {
    const write = vi.fn();
    const { result, rerender } = renderHook(({ linked }) => useSearchDraft(linked, write), {
      initialProps: { linked: 'grozny' as string | undefined },
    });
    expect(result.current.draft).toBe('grozny');
    rerender({ linked: 'kalyap' });
    expect(result.current.draft).toBe('kalyap');
    rerender({ linked: undefined });
    expect(result.current.draft).toBe('');
    expect(result.current.settled).toBe(true);
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(write).not.toHaveBeenCalled();
  });

  it('drops typing not yet written when Back or Forward leaves the entry, even for one with the same search', () => {
    const write = vi.fn();
    const { result } = renderHook(({ linked }) => useSearchDraft(linked, write), {
      initialProps: { linked: undefined as string | undefined },
    });
    act(() => result.current.setDraft('ars'));
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(result.current.draft).toBe('');
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(write).not.toHaveBeenCalled();
  });

  it('keeps what the reader types as the link catches up with it, and across a new entry that keeps the search', () => {
    // The link takes each write at once, as the URL hook does.
    const write = vi.fn((q: string | undefined) => hook.rerender({ linked: q }));
    const hook = renderHook(({ linked }) => useSearchDraft(linked, write), {
      initialProps: { linked: undefined as string | undefined },
    });
    act(() => hook.result.current.setDraft('gro'));
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(write).toHaveBeenCalledExactlyOnceWith('gro');
    expect(hook.result.current.draft).toBe('gro');
    act(() => hook.result.current.setDraft('groz'));
    // An event opened meanwhile: a new entry with the same search, and no step through history.
    hook.rerender({ linked: 'gro' });
    expect(hook.result.current.draft).toBe('groz');
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(write).toHaveBeenLastCalledWith('groz');
    expect(hook.result.current.draft).toBe('groz');
    expect(hook.result.current.settled).toBe(true);
  });

  it('follows a change of the link it did not make, over typing not yet written', () => {
    const write = vi.fn();
    const { result, rerender } = renderHook(({ linked }) => useSearchDraft(linked, write), {
      initialProps: { linked: 'grozny' as string | undefined },
    });
    act(() => result.current.setDraft('grozny ars'));
    rerender({ linked: undefined });
    expect(result.current.draft).toBe('');
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(write).not.toHaveBeenCalled();
  });

  it('removes the search from the link when the field is emptied or holds only spaces', () => {
    const write = vi.fn();
    const { result } = renderHook(() => useSearchDraft('grozny', write));
    act(() => result.current.setDraft('   '));
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(write).toHaveBeenCalledExactlyOnceWith(undefined);
  });
});
