import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { civilToMs, clampToCivilRange } from '../dates/civil-date.ts';
import type { PreparedDataset, Window } from '../dataset/prepare-dataset.ts';
import { useReducedMotion } from '../ui/use-reduced-motion.ts';
import { useHistoryStore } from '../url-state/history-store.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import type { UrlState } from '../url-state/url-state.ts';
import type { EventTimelineHandle } from './EventTimeline.tsx';
import {
  panWindow,
  windowShowing,
  windowsDiffer,
  zoomAnchor,
  zoomWindow,
} from './timeline-window.ts';
import { MAX_DRAWN_ITEMS } from './to-timeline-items.ts';
import { Viewport } from './viewport.ts';
import { ViewportUrl } from './viewport-url.ts';

/**
 * The visible window: read from the URL (or the dataset's default view), written back to it
 * when the reader zooms or pans (see viewport-url.ts), and sent to the timeline through its
 * handle. Between renders the window is held by one `Viewport`.
 */
export function useTimelineView(
  dataset: PreparedDataset,
  state: UrlState,
  navigate: Navigate,
  timelineRef: RefObject<EventTimelineHandle | null>,
) {
  const selected = state.event === undefined ? undefined : dataset.byId.get(state.event);
  const urlWindow = useMemo<Window | undefined>(() => {
    if (state.start === undefined || state.end === undefined) return undefined;
    return { start: civilToMs(state.start), end: civilToMs(state.end) };
  }, [state.start, state.end]);
  /** The view without a window in the link: the default, moved to show the open event. */
  const fallback = useMemo<Window>(
    () =>
      selected
        ? windowShowing(dataset.defaultWindow, selected.startMs, selected.endMs)
        : dataset.defaultWindow,
    [selected, dataset.defaultWindow],
  );
  const view = urlWindow ?? fallback;
  const { entry: currentEntry } = useHistoryStore();

  const [viewport] = useState(() => new Viewport(view, urlWindow !== undefined));
  const url = useMemo(() => new ViewportUrl(navigate, viewport), [navigate, viewport]);
  useEffect(() => () => url.cancel(), [url]);
  useLayoutEffect(() => viewport.follow(view, urlWindow !== undefined));
  const reducedMotion = useReducedMotion();
  const animate = !reducedMotion;

  // The timeline follows the link (Back, Forward, a zoom, an event opened out of view).
  useEffect(() => {
    timelineRef.current?.setWindow({ start: view.start, end: view.end }, animate);
  }, [timelineRef, view.start, view.end, animate]);

  const dense = dataset.events.length > MAX_DRAWN_ITEMS;
  // Only a dense view redraws when the engine comes to rest (its items are counted in the window).
  const settledNow = dense ? viewport.getSettled : () => view;
  const settled = useSyncExternalStore(viewport.subscribe, settledNow, settledNow);

  const onViewChange = (next: Window, rested: boolean, byUser: boolean) => {
    const entry = viewport.engineMoved(next, rested, byUser, currentEntry());
    if (entry !== undefined) url.rested(next, entry);
  };

  const setView = (next: Window) => {
    const inRange = clampToCivilRange(next);
    // The window asked for is the view from now on, even while the engine animates there: a
    // zoom that follows at once builds on it, not on a window passed on the way.
    url.ask(inRange);
    viewport.request(currentEntry(), inRange);
    return inRange;
  };

  /** Zooms around the open event while it is in view (it stays in sight), else the centre. */
  const zoomBy = (factor: number) => {
    const from = viewport.base(currentEntry());
    return setView(zoomWindow(from, factor, selected && zoomAnchor(from, selected)));
  };

  /** Moves the view by a share of its width (negative: earlier) without dragging (WCAG 2.5.7). */
  const panBy = (share: number) => setView(panWindow(viewport.base(currentEntry()), share));

  /** Drops the window from the link; the timeline goes back to the view without one. */
  const showAll = () => {
    url.drop();
    viewport.request(currentEntry(), fallback);
    timelineRef.current?.showAll(fallback, animate);
  };

  /** Opens an event (a new history entry), moving the view only when it is out of sight. */
  const select = (id: string | undefined, extra: Partial<UrlState> = {}) => {
    url.cancel();
    const event = id === undefined ? undefined : dataset.byId.get(id);
    if (!event) return navigate({ event: undefined, ...extra });
    const from = viewport.base(currentEntry());
    const next = windowShowing(from, event.startMs, event.endMs);
    if (!windowsDiffer(next, from) && !viewport.view().fromUrl)
      return navigate({ event: event.id, ...extra });
    navigate({ event: event.id, ...extra, ...url.patchFor(next) });
  };

  return {
    view,
    itemsView: dense ? settled : view,
    /** Where the engine is, as it last said: what a copied link of the view shows. */
    engineWindow: viewport.engineWindow,
    onViewChange,
    setView,
    zoomBy,
    panBy,
    showAll,
    select,
  };
}
