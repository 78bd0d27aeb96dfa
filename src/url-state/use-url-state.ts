import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import {
  hrefFor,
  PageSiteContext,
  readLocation,
  readRenderedLocation,
  splitLocation,
} from './page-location.ts';
import { historyFor, parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';
import { useHistoryStore } from './history-store.ts';

export interface Navigate {
  /**
   * Merges `patch` into the URL state: a new history entry, or the current one replaced. Without
   * `replace`, the parameter table decides (see `historyFor`). `renamedFrom` is the former id
   * of the event the patch names: a page at the former id's address moves to the current one's.
   * `entry` (see history-store.ts) binds the write to the entry it was made for: when another
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
  const history = useHistoryStore();
  // A prerendered page hydrates from the state it was rendered for, then takes the address's.
  const { letterStart, renderedPath } = useContext(PageSiteContext);
  const read = useCallback(() => readLocation({ letterStart }), [letterStart]);
  const readRendered = useCallback(
    () => readRenderedLocation({ letterStart, renderedPath }),
    [letterStart, renderedPath],
  );
  const location = useSyncExternalStore(history.subscribe, read, readRendered);
  const { search, page, prefix } = splitLocation(location);
  const parsed = useMemo(() => parseUrlState(search), [search]);

  const navigate = useCallback<Navigate>(
    (patch, options) => {
      if (options?.entry !== undefined && options.entry !== history.entry()) return;
      // The query the address stands for: a page's path (`event/<id>/`) counts as its query.
      const current = parseUrlState(splitLocation(read()).search).state;
      const merged = { ...current, ...patch };
      const url = hrefFor(merged, { letterStart }, options?.renamedFrom);
      if (url === window.location.href) return;
      const replace =
        options?.replace ??
        historyFor(current, parseUrlState(serializeUrlState(merged)).state) === 'replace';
      if (replace) history.replace(url);
      else history.push(url);
    },
    [history, read, letterStart],
  );

  return {
    state: parsed.state,
    notices: parsed.notices,
    navigate,
    search,
    page,
    prefix,
    /** The current history entry at the moment of asking, for a write made later. */
    currentEntry: history.entry,
  };
}
