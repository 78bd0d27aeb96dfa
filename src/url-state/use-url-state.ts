import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import {
  hrefFor,
  PageSiteContext,
  readLocation,
  readRenderedLocation,
  splitLocation,
} from './page-location.ts';
import { historyFor, parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

const CHANGE = 'source-timeline:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * Which history entry is current, as a number that changes with every new entry and every
 * step through history (Back, Forward, a followed fragment link), never with a replace. A write
 * made for one entry is bound to it: once another entry is current, the write is dropped.
 */
let entryCount = 0;
let watchingEntries = false;

function watchEntries(): void {
  if (watchingEntries || typeof window === 'undefined') return;
  watchingEntries = true;
  const step = () => {
    entryCount += 1;
  };
  // Capture, so that the count has moved before any other listener hears of the step.
  window.addEventListener('popstate', step, true);
  window.addEventListener('hashchange', step, true);
}

/** The current history entry (see `entryCount`): compare it later to tell whether it changed. */
export function currentEntry(): number {
  watchEntries();
  return entryCount;
}

export interface Navigate {
  /**
   * Merges `patch` into the URL state: a new history entry, or the current one replaced. Without
   * `replace`, the parameter table decides (see `historyFor`). `renamedFrom` is the former id
   * of the event the patch names: a page at the former id's address moves to the current one's.
   * `entry` (from `currentEntry`) binds the write to the entry it was made for: when another
   * entry is current by the time it is made (the reader went Back or Forward), it is dropped.
   */
  (
    patch: Partial<UrlState>,
    options?: { replace?: boolean; renamedFrom?: string; entry?: number },
  ): void;
}

/**
 * The only hook that touches history. Selecting and opening push entries; panning and
 * zooming replace the current one. Components read state from here, never copy it.
 */
export function useUrlState() {
  // A prerendered page hydrates from the state it was rendered for, then takes the address's.
  const { letterStart, renderedPath } = useContext(PageSiteContext);
  const read = useCallback(() => readLocation({ letterStart }), [letterStart]);
  const readRendered = useCallback(
    () => readRenderedLocation({ letterStart, renderedPath }),
    [letterStart, renderedPath],
  );
  const location = useSyncExternalStore(subscribe, read, readRendered);
  const { search, page, prefix } = splitLocation(location);
  const parsed = useMemo(() => parseUrlState(search), [search]);

  const navigate = useCallback<Navigate>(
    (patch, options) => {
      if (options?.entry !== undefined && options.entry !== currentEntry()) return;
      // The query the address stands for: a page's path (`event/<id>/`) counts as its query.
      const current = parseUrlState(splitLocation(read()).search).state;
      const merged = { ...current, ...patch };
      const url = hrefFor(merged, { letterStart }, options?.renamedFrom);
      if (url === window.location.href) return;
      const replace =
        options?.replace ??
        historyFor(current, parseUrlState(serializeUrlState(merged)).state) === 'replace';
      if (replace) window.history.replaceState(window.history.state, '', url);
      else {
        watchEntries();
        entryCount += 1;
        window.history.pushState(null, '', url);
      }
      window.dispatchEvent(new Event(CHANGE));
    },
    [read, letterStart],
  );

  return { state: parsed.state, notices: parsed.notices, navigate, search, page, prefix };
}
