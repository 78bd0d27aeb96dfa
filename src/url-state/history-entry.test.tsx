import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHistory } from '../test/fake-history.ts';
import { useUrlState } from './use-url-state.ts';

const WINDOW = { start: '2014-12-05', end: '2014-12-10' };

describe('a write bound to a history entry', () => {
  it('is made while its entry is current', () => {
    const history = fakeHistory('/?event=a');
    const { result } = renderHook(() => useUrlState());
    const entry = result.current.currentEntry();
    act(() => result.current.navigate(WINDOW, { replace: true, entry }));
    expect(history.queries()).toEqual(['?event=a&start=2014-12-05&end=2014-12-10']);
    expect(result.current.state).toMatchObject({ event: 'a', ...WINDOW });
  });

  it('is dropped once Back or Forward has made another entry current', () => {
    const history = fakeHistory('/?event=a');
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.navigate({ event: 'b' }));
    const entryOfB = result.current.currentEntry();
    act(() => history.back());
    act(() => result.current.navigate(WINDOW, { replace: true, entry: entryOfB }));
    expect(history.queries()).toEqual(['?event=a', '?event=b']);
    // Forward again is a new visit of the entry: the old write stays dropped.
    act(() => history.forward());
    act(() => result.current.navigate(WINDOW, { replace: true, entry: entryOfB }));
    expect(history.queries()).toEqual(['?event=a', '?event=b']);
    expect(result.current.state).toEqual({ event: 'b' });
  });

  it('is dropped once a new entry has been pushed', () => {
    const history = fakeHistory('/?event=a');
    const { result } = renderHook(() => useUrlState());
    const entryOfA = result.current.currentEntry();
    act(() => result.current.navigate({ event: 'b' }));
    act(() => result.current.navigate(WINDOW, { replace: true, entry: entryOfA }));
    expect(history.queries()).toEqual(['?event=a', '?event=b']);
  });

  it('does not change which entry is current when it replaces it', () => {
    fakeHistory('/');
    const { result } = renderHook(() => useUrlState());
    const before = result.current.currentEntry();
    act(() => result.current.navigate(WINDOW, { replace: true }));
    expect(result.current.currentEntry()).toBe(before);
  });
});
