import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHistory } from '../test/fake-history.ts';
import { HistoryStore } from './history-store.ts';

/** A store of its own over a fake history, heard by one listener as a component would be. */
function setup() {
  const history = fakeHistory('/?event=a');
  const store = new HistoryStore();
  const heard = vi.fn();
  const stop = store.subscribe(heard);
  return { history, store, heard, stop };
}

describe('HistoryStore', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts a new entry, and every step Back and Forward, each a visit of its own', () => {
    const { history, store } = setup();
    const seen = [store.entry()];
    store.push('/?event=b');
    seen.push(store.entry());
    history.back();
    seen.push(store.entry());
    history.forward();
    seen.push(store.entry());
    history.back();
    seen.push(store.entry());
    // Each is a different visit, even when Forward brings entry b back and Back entry a.
    expect(new Set(seen).size).toBe(5);
    expect(history.queries()).toEqual(['?event=a', '?event=b']);
  });

  it('keeps the entry when it is replaced, and says each change to whoever listens', () => {
    const { history, store, heard } = setup();
    const before = store.entry();
    store.replace('/?event=c');
    expect(store.entry()).toBe(before);
    expect(history.queries()).toEqual(['?event=c']);
    expect(heard).toHaveBeenCalledTimes(1);
    store.push('/?event=d');
    history.back();
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('counts a followed fragment link as a step', () => {
    const { store } = setup();
    const before = store.entry();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.entry()).not.toBe(before);
  });

  it('stops listening to the page once no one listens to it', () => {
    const { history, store, stop } = setup();
    stop();
    const before = store.entry();
    history.back();
    expect(store.entry()).toBe(before);
  });
});
