import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSpokenChange } from './use-spoken-change.ts';

describe('useSpokenChange', () => {
  it('speaks at first and after its subject changes, not after a change of language alone', () => {
    const hook = renderHook(({ what, language }) => useSpokenChange(what, language), {
      initialProps: { what: 'a', language: 'en' },
    });
    expect(hook.result.current).toBe(true);
    hook.rerender({ what: 'a', language: 'ru' });
    expect(hook.result.current).toBe(false);
    hook.rerender({ what: 'a', language: 'ru' });
    expect(hook.result.current).toBe(false);
    hook.rerender({ what: 'b', language: 'ru' });
    expect(hook.result.current).toBe(true);
    hook.rerender({ what: 'b', language: 'ru' });
    expect(hook.result.current).toBe(true);
  });
});
