import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem } from 'vis-timeline/esnext';
import type { Window } from '../dataset/prepare-dataset.ts';
import { checkSizeOnResize } from './check-size-on-resize.ts';
import { timelineOptions } from './timeline-options.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import { CLUSTER_PREFIX } from './to-timeline-items.ts';
import { fromEngineId, type LaneSpec, type VisGroup, type VisItem } from './vis-adapter.ts';
import { showFirstDrawAtOnce } from './vis-engine.ts';

/** The engine and what it was last given, for the effects that keep it in step. */
export interface Engine {
  timeline: Timeline;
  items: DataSet<VisItem>;
  groups: DataSet<VisGroup>;
  drawnItems: Map<string, TimelineItemSpec>;
  drawnLanes: Map<string, LaneSpec>;
  /** The window the engine was last sent to, until the reader takes the view. */
  heading: Window | undefined;
  /**
   * Whether the engine has been given its lanes and items (see `attachData`): until then what
   * is written into them waits, so that it reaches the engine in slices, not all at once.
   */
  attached: boolean;
  /** Its first items are written (use-engine-sync.ts): its drawing may take the page's place. */
  written: boolean;
}

export interface EngineEvents {
  onSelect: (id: string | null) => void;
  onOpenCluster: (view: Window) => void;
  onViewChange: (view: Window, settled: boolean, byUser: boolean) => void;
}

interface RangeEvent {
  start: Date;
  end: Date;
  byUser?: boolean;
}

/**
 * Gives the engine its lanes and items, still empty (use-engine-sync.ts writes them in slices):
 * the engine lays out its empty drawing now, in a task of its own.
 */
function attachData(engine: Engine): void {
  // The typings say `content: string`, but the engine accepts a DOM element, which is how
  // text is shown without going through HTML.
  engine.timeline.setGroups(engine.groups as unknown as DataSet<DataGroup>);
  engine.timeline.setItems(engine.items as unknown as DataSet<DataItem>);
  engine.attached = true;
}

/**
 * Creates the one vis-timeline instance on mount and destroys it completely on unmount
 * (StrictMode mounts twice). Listeners register once and call the latest handlers.
 */
export function useTimelineEngine(
  containerRef: RefObject<HTMLDivElement | null>,
  initial: Window,
  phone: boolean,
  events: EngineEvents,
) {
  const engineRef = useRef<Engine | null>(null);
  /** Whether the engine has drawn once: until then its box keeps its room. */
  const [hasDrawn, setHasDrawn] = useState(false);
  const firstView = useRef({ initial, phone });

  const onSelect = useEffectEvent((id: string | number | undefined) => {
    if (id === undefined) return events.onSelect(null);
    const key = fromEngineId(id);
    if (!key.startsWith(CLUSTER_PREFIX)) return events.onSelect(key);
    const engine = engineRef.current;
    const cluster = engine?.drawnItems.get(key);
    engine?.timeline.setSelection([]);
    if (cluster?.end !== undefined)
      events.onOpenCluster({ start: cluster.start, end: cluster.end });
  });
  const onRange = useEffectEvent((event: RangeEvent, settled: boolean) => {
    // The reader took the view: it goes where they take it, not where it was sent.
    if (event.byUser && engineRef.current) engineRef.current.heading = undefined;
    const view = { start: event.start.getTime(), end: event.end.getTime() };
    events.onViewChange(view, settled, event.byUser === true);
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<VisItem>();
    const groups = new DataSet<VisGroup>();
    const { initial: view, phone: small } = firstView.current;
    // Created without its lanes and items: given them, the engine lays the page out before its
    // constructor returns; without, it only builds its elements, and draws in a later frame.
    // Even an empty list of items is laid out at once, so none is given (the engine accepts null).
    const none = null as unknown as DataItem[];
    const timeline = new Timeline(container, none, timelineOptions(view, small));
    showFirstDrawAtOnce(timeline);
    const engine: Engine = {
      timeline,
      items,
      groups,
      drawnItems: new Map(),
      drawnLanes: new Map(),
      heading: undefined,
      attached: false,
      written: false,
    };
    engineRef.current = engine;
    // Its first layout, in a task after the one that built it (see attachData).
    const attach = setTimeout(() => attachData(engine), 0);
    const onFirstDraw = () => {
      // A frame drawn before the first items are written shows none of them.
      if (!engine.written) return;
      timeline.off('changed', onFirstDraw);
      setHasDrawn(true);
    };
    timeline.on('changed', onFirstDraw);
    timeline.on('select', (event: { items: (string | number)[] }) => onSelect(event.items[0]));
    timeline.on('rangechange', (event: RangeEvent) => onRange(event, false));
    timeline.on('rangechanged', (event: RangeEvent) => onRange(event, true));
    const stopSizeChecks = checkSizeOnResize(timeline, container);
    return () => {
      clearTimeout(attach);
      stopSizeChecks();
      timeline.destroy();
      // Destroying before the first draw leaves the loading screen behind.
      container.replaceChildren();
      engineRef.current = null;
    };
  }, [containerRef]);

  return { engineRef, hasDrawn };
}
