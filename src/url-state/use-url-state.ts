import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { hrefFor, readLocation, readRenderedLocation, splitLocation } from './page-location.ts';
import { parseUrlState, type UrlState } from './url-state.ts';

const CHANGE = 'source-timeline:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** The query the address stands for: a page's path (`event/<id>/`) counts as its query. */
const getSearch = () => splitLocation(readLocation()).search;

export interface Navigate {
  /** Merges `patch` into the URL state: a new history entry, or the current one replaced. */
  (patch: Partial<UrlState>, options?: { replace?: boolean }): void;
}

/**
 * The only hook that touches history. Selecting and opening push entries; panning and
 * zooming replace the current one. Components read state from here, never copy it.
 */
export function useUrlState() {
  // A prerendered page hydrates from the state it was rendered for, then takes the address's.
  const location = useSyncExternalStore(subscribe, readLocation, readRenderedLocation);
  const { search, prefix } = splitLocation(location);
  const parsed = useMemo(() => parseUrlState(search), [search]);

  const navigate = useCallback<Navigate>((patch, options) => {
    const current = parseUrlState(getSearch()).state;
    const url = hrefFor({ ...current, ...patch });
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (options?.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);

  return { state: parsed.state, notices: parsed.notices, navigate, search, prefix };
}
