import { useLayoutEffect } from 'react';
import { resolveEventId, type PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import type { UrlState } from '../url-state/url-state.ts';

/**
 * Links saved with a former event id still open the event: the state shown names its current
 * id at once, and the URL is rewritten to it in place (no new history entry), so that what is
 * copied or shared from here on carries the canonical id.
 */
export function useCanonicalEvent(
  dataset: PreparedDataset | undefined,
  state: UrlState,
  navigate: Navigate,
): UrlState {
  const requested = state.event;
  const canonical =
    dataset && requested !== undefined ? resolveEventId(dataset, requested) : undefined;
  const renamed = canonical !== undefined && canonical !== requested ? canonical : undefined;
  useLayoutEffect(() => {
    if (renamed !== undefined && requested !== undefined)
      navigate({ event: renamed }, { replace: true, renamedFrom: requested });
  }, [renamed, requested, navigate]);
  return renamed === undefined ? state : { ...state, event: renamed };
}
