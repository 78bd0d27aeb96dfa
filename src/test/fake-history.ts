import { vi } from 'vitest';

/**
 * A fake of the browser's session history over jsdom's address: entries as URLs, a push that
 * drops the entries ahead, and Back and Forward as the browser makes them (the address changes,
 * then `popstate`), at once and in any rhythm a test needs.
 */
export function fakeHistory(url: string) {
  const setAddress = History.prototype.replaceState.bind(window.history, null, '');
  setAddress(url);
  const entries = [window.location.href];
  let at = 0;
  const absolute = (next: string | URL | null | undefined) =>
    new URL(String(next), window.location.href).href;
  vi.spyOn(window.history, 'pushState').mockImplementation((_state, _title, next) => {
    entries.splice(at + 1, entries.length, absolute(next));
    at += 1;
    setAddress(absolute(next));
  });
  vi.spyOn(window.history, 'replaceState').mockImplementation((_state, _title, next) => {
    entries[at] = absolute(next);
    setAddress(absolute(next));
  });
  const go = (delta: number) => {
    at += delta;
    setAddress(entries[at] ?? '');
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  return {
    entries,
    back: () => go(-1),
    forward: () => go(1),
    /** The query of each entry, for readable assertions. */
    queries: () => entries.map((href) => new URL(href).search),
  };
}
