import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { civilToMs, clampToCivilRange } from '../dates/civil-date.ts';
import type { PreparedDataset, Window } from '../dataset/prepare-dataset.ts';
import {
  panWindow,
  windowShowing,
  windowsDiffer,
  zoomWindow,
} from '../timeline/timeline-window.ts';
import { MAX_DRAWN_ITEMS } from '../timeline/to-timeline-items.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import { serializeUrlState, type UrlState } from '../url-state/url-state.ts';
import { windowToUrl } from '../url-state/url-window.ts';

/** How long the view must rest before the URL takes its new window. */
const SETTLE_MS = 300;

/**
 * The visible window: read from the URL (or the dataset's default view), written back to it
 * when the reader zooms or pans, with no feedback loop between the URL and the timeline.
 */
export function useTimelineView(dataset: PreparedDataset, state: UrlState, navigate: Navigate) {
  const selected = state.event === undefined ? undefined : dataset.byId.get(state.event);
  const urlWindow = useMemo<Window | undefined>(() => {
    if (state.start === undefined || state.end === undefined) return undefined;
    return { start: civilToMs(state.start), end: civilToMs(state.end) };
  }, [state.start, state.end]);

  const view = useMemo<Window>(() => {
    if (urlWindow) return urlWindow;
    if (selected) return windowShowing(dataset.defaultWindow, selected.startMs, selected.endMs);
    return dataset.defaultWindow;
  }, [urlWindow, selected, dataset.defaultWindow]);

  const live = useRef<Window>(view);
  /** The window last asked for, until the engine has settled (on it, or wherever the reader took it). */
  const target = useRef<Window | undefined>(undefined);
  const [itemsView, setItemsView] = useState<Window>(view);
  const [resetKey, setResetKey] = useState(0);
  const pending = useRef<number | undefined>(undefined);
  const dense = dataset.events.length > MAX_DRAWN_ITEMS;

  const cancelPending = useCallback(() => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
  }, []);

  // A Back or Forward wins over a write that was waiting for the view to settle.
  useEffect(() => {
    window.addEventListener('popstate', cancelPending);
    return () => {
      window.removeEventListener('popstate', cancelPending);
      cancelPending();
    };
  }, [cancelPending]);

  const viewRef = useRef(view);
  const urlWindowRef = useRef(urlWindow);
  useEffect(() => {
    viewRef.current = view;
    urlWindowRef.current = urlWindow;
  });

  const onViewChange = useCallback(
    (next: Window, settled: boolean) => {
      live.current = next;
      if (!settled) return;
      target.current = undefined;
      if (dense) setItemsView(next);
      cancelPending();
      pending.current = window.setTimeout(() => {
        pending.current = undefined;
        const asUrl = windowToUrl(next.start, next.end);
        const shown = viewRef.current;
        const current = windowToUrl(shown.start, shown.end);
        const moved = serializeUrlState(asUrl) !== serializeUrlState(current);
        if (moved || (urlWindowRef.current === undefined && windowsDiffer(next, shown))) {
          navigate(asUrl, { replace: true });
        }
      }, SETTLE_MS);
    },
    [cancelPending, dense, navigate],
  );

  const setView = useCallback(
    (next: Window) => {
      cancelPending();
      const inRange = clampToCivilRange(next);
      // The window asked for is the view from now on, even while the engine animates there: a
      // zoom that follows at once builds on it, not on a window passed on the way.
      target.current = inRange;
      navigate(windowToUrl(inRange.start, inRange.end), { replace: true });
      return inRange;
    },
    [cancelPending, navigate],
  );

  const zoomBy = useCallback(
    (factor: number) => setView(zoomWindow(target.current ?? live.current, factor)),
    [setView],
  );

  /** Moves the view by a share of its width (negative: earlier) without dragging (WCAG 2.5.7). */
  const panBy = useCallback(
    (share: number) => setView(panWindow(target.current ?? live.current, share)),
    [setView],
  );

  const showAll = useCallback(() => {
    cancelPending();
    navigate({ start: undefined, end: undefined }, { replace: true });
    setResetKey((k) => k + 1);
  }, [cancelPending, navigate]);

  /** Opens an event (a new history entry), moving the view only when it is out of sight. */
  const select = useCallback(
    (id: string | undefined, extra: Partial<UrlState> = {}) => {
      cancelPending();
      const event = id === undefined ? undefined : dataset.byId.get(id);
      if (!event) return navigate({ event: undefined, ...extra });
      const next = windowShowing(live.current, event.startMs, event.endMs);
      const moved = windowsDiffer(next, live.current);
      if (!moved && urlWindowRef.current === undefined)
        return navigate({ event: event.id, ...extra });
      navigate({ event: event.id, ...extra, ...windowToUrl(next.start, next.end) });
    },
    [cancelPending, dataset.byId, navigate],
  );

  return {
    view,
    itemsView: dense ? itemsView : view,
    live,
    resetKey,
    onViewChange,
    setView,
    zoomBy,
    panBy,
    showAll,
    select,
  };
}
