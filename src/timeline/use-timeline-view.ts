import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { civilToMs, clampToCivilRange } from '../dates/civil-date.ts';
import type { PreparedDataset, Window } from '../dataset/prepare-dataset.ts';
import {
  panWindow,
  windowShowing,
  windowsDiffer,
  zoomAnchor,
  zoomWindow,
} from './timeline-window.ts';
import { MAX_DRAWN_ITEMS } from './to-timeline-items.ts';
import { currentEntry, type Navigate } from '../url-state/use-url-state.ts';
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

  /** Where the engine is, as it last said: what a copied link of the view shows. */
  const live = useRef<Window>(view);
  /**
   * The window last asked for in a history entry (a zoom, a pan, the reader's drag), which the
   * next zoom or pan builds on even while the engine animates there. Another entry's is never
   * built on: after Back or Forward the base is the link's window.
   */
  const asked = useRef<{ entry: number; window: Window } | undefined>(undefined);
  /** The entry the reader's current drag, wheel or pinch began in; its window is written there. */
  const moving = useRef<number | undefined>(undefined);
  const [itemsView, setItemsView] = useState<Window>(view);
  const [resetKey, setResetKey] = useState(0);
  const pending = useRef<number | undefined>(undefined);
  const dense = dataset.events.length > MAX_DRAWN_ITEMS;

  const cancelPending = useCallback(() => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
  }, []);
  useEffect(() => cancelPending, [cancelPending]);

  // Read by callbacks that run between renders: set as soon as a render is committed.
  const viewRef = useRef(view);
  const urlWindowRef = useRef(urlWindow);
  useLayoutEffect(() => {
    viewRef.current = view;
    urlWindowRef.current = urlWindow;
  });

  /** The window the next zoom, pan or step starts from. */
  const base = useCallback((): Window => {
    const last = asked.current;
    return last !== undefined && last.entry === currentEntry() ? last.window : viewRef.current;
  }, []);

  const onViewChange = useCallback(
    (next: Window, settled: boolean, byUser: boolean) => {
      live.current = next;
      if (settled && dense) setItemsView(next);
      // The engine following the link (or a zoom button) has nothing to write back: only the
      // reader's own drag, wheel or pinch changes the link, and only the entry it began in.
      if (!byUser) return;
      const entry = moving.current ?? currentEntry();
      moving.current = settled ? undefined : entry;
      asked.current = { entry, window: next };
      if (!settled) return;
      cancelPending();
      pending.current = window.setTimeout(() => {
        pending.current = undefined;
        const asUrl = windowToUrl(next.start, next.end);
        const shown = viewRef.current;
        const current = windowToUrl(shown.start, shown.end);
        const moved = serializeUrlState(asUrl) !== serializeUrlState(current);
        if (moved || (urlWindowRef.current === undefined && windowsDiffer(next, shown))) {
          navigate(asUrl, { replace: true, entry });
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
      navigate(windowToUrl(inRange.start, inRange.end), { replace: true });
      asked.current = { entry: currentEntry(), window: inRange };
      return inRange;
    },
    [cancelPending, navigate],
  );

  /** Zooms around the open event while it is in view (it stays in sight), else the centre. */
  const zoomBy = useCallback(
    (factor: number) => {
      const from = base();
      return setView(zoomWindow(from, factor, selected && zoomAnchor(from, selected)));
    },
    [base, selected, setView],
  );

  /** Moves the view by a share of its width (negative: earlier) without dragging (WCAG 2.5.7). */
  const panBy = useCallback((share: number) => setView(panWindow(base(), share)), [base, setView]);

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
      const from = base();
      const next = windowShowing(from, event.startMs, event.endMs);
      const moved = windowsDiffer(next, from);
      if (!moved && urlWindowRef.current === undefined)
        return navigate({ event: event.id, ...extra });
      navigate({ event: event.id, ...extra, ...windowToUrl(next.start, next.end) });
    },
    [base, cancelPending, dataset.byId, navigate],
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
