import moment from 'moment';
import { useEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { useT } from '../i18n/use-t.ts';
import { CIVIL_RANGE } from '../dates/civil-date.ts';
import type { Window } from '../dataset/prepare-dataset.ts';
import { checkSizeOnResize } from './check-size-on-resize.ts';
import { MAX_SPAN, MIN_SPAN, windowsDiffer } from './timeline-window.ts';
import {
  AXIS_MARGIN,
  ITEM_MARGIN,
  MAX_HEIGHT,
  MIN_HEIGHT,
  PHONE_QUERY,
} from './timeline-geometry.ts';
import type { TimelineLane } from './timeline-lane.ts';
import { TimelinePreview } from './TimelinePreview.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { CLUSTER_PREFIX, type TimelineItemSpec } from './to-timeline-items.ts';

interface VisItem {
  id: string;
  group: string;
  type: 'point' | 'range';
  start: Date;
  end?: Date;
  content: HTMLElement;
  className: string;
}

export interface EventTimelineProps {
  /** The lanes, in order; they may change (a filter hides the kinds it leaves empty). */
  lanes: readonly TimelineLane[];
  items: readonly TimelineItemSpec[];
  selectedId: string | undefined;
  view: Window;
  /** Changes when the view must be set again even though `view` did not change ("Show all"). */
  resetKey: number;
  reducedMotion: boolean;
  onSelect: (id: string | null) => void;
  onOpenCluster: (view: Window) => void;
  /**
   * `settled` is false while the view moves and true once it has come to rest; `byUser` is true
   * when the reader moved it (drag, wheel, pinch), false when it follows `view`.
   */
  onViewChange: (view: Window, settled: boolean, byUser: boolean) => void;
  /** The interface's language, for the axis's month and day names. */
  locale?: string;
}

/** The axis's calendar words come from moment; a language's are fetched when it is first used. */
const MOMENT_LOCALES: Record<string, () => Promise<unknown>> = {
  ru: () => import('moment/dist/locale/ru.js'),
};

/** Item text goes in as DOM text, never as an HTML string, so the XSS filter never has to act. */
function contentFor(spec: TimelineItemSpec): HTMLElement {
  const element = document.createElement('span');
  element.className = 'item-label';
  element.dir = 'auto';
  if (spec.lang !== undefined) element.lang = spec.lang;
  element.textContent = spec.label;
  if (spec.title !== undefined) element.title = spec.title;
  return element;
}

function laneContent(lane: TimelineLane): HTMLElement {
  const element = document.createElement('span');
  element.className = 'lane-label';
  if (lane.lang !== undefined) element.lang = lane.lang;
  element.textContent = lane.label;
  return element;
}

/**
 * vis-timeline keeps items and groups in plain objects keyed by id, so an id such as
 * "constructor" would find Object.prototype's member and crash it. Every id handed to the engine
 * carries a prefix that no built-in property name has; ids coming back lose it.
 */
const ENGINE_PREFIX = '#';
const toEngineId = (id: string) => `${ENGINE_PREFIX}${id}`;
const fromEngineId = (id: string | number) => String(id).slice(ENGINE_PREFIX.length);

interface RangeEvent {
  start: Date;
  end: Date;
  byUser?: boolean;
}

function engineWindow(timeline: Timeline): Window {
  const current = timeline.getWindow();
  return { start: current.start.getTime(), end: current.end.getTime() };
}

interface VisGroup {
  id: string;
  content: HTMLElement;
  className: string;
  order: number;
  /** The lane's text and its language, kept to tell whether they changed. */
  label: string;
  lang: string | undefined;
}

function toVisGroup(lane: TimelineLane, order: number): VisGroup {
  return {
    id: toEngineId(lane.id),
    content: laneContent(lane),
    className: lane.className,
    order,
    label: lane.label,
    lang: lane.lang,
  };
}

function toVisItem(spec: TimelineItemSpec): VisItem {
  const item: VisItem = {
    id: toEngineId(spec.id),
    group: toEngineId(spec.group),
    type: spec.type,
    start: new Date(spec.start),
    content: contentFor(spec),
    className: spec.className,
  };
  if (spec.end !== undefined) item.end = new Date(spec.end);
  return item;
}

/**
 * The only owner of the vis-timeline instance. It draws on a floating UTC axis (civil dates
 * read as UTC, shown with a zero offset), so every reader sees the source's calendar day.
 */
export function EventTimeline(props: EventTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem> | null>(null);
  const groupsRef = useRef<DataSet<VisGroup> | null>(null);
  const drawnRef = useRef(new Map<string, TimelineItemSpec>());
  /** The window the engine was last sent to, until the reader takes the view (see below). */
  const headingRef = useRef<Window | undefined>(undefined);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  /** Whether the engine has drawn once: until then its box keeps its room. */
  const [engineHasDrawn, setEngineHasDrawn] = useState(false);
  // A page written ahead (and its hydration) draws the first view in plain markup until the
  // engine has drawn; a page the app draws itself has the engine's drawing a frame later.
  const hydrated = useHydrated();
  const [fromPage] = useState(!hydrated);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<VisItem>();
    const groups = new DataSet<VisGroup>(latest.current.lanes.map(toVisGroup));
    const initial = latest.current.view;
    const options: TimelineOptions = {
      moment: (date: moment.MomentInput) => moment(date).utcOffset(0),
      start: new Date(initial.start),
      end: new Date(initial.end),
      zoomMin: MIN_SPAN,
      zoomMax: MAX_SPAN,
      // The view never leaves the range that dates and links share.
      min: new Date(CIVIL_RANGE.start),
      max: new Date(CIVIL_RANGE.end),
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { ...ITEM_MARGIN }, axis: AXIS_MARGIN },
      groupHeightMode: 'auto',
      groupOrder: 'order',
      minHeight: MIN_HEIGHT,
      maxHeight: window.matchMedia(PHONE_QUERY).matches ? MAX_HEIGHT.phone : MAX_HEIGHT.wide,
      verticalScroll: true,
      zoomFriction: 8,
      // Day numbers need room for two digits, not the engine's seven characters: a narrow
      // timeline (a phone, the panel open, 200% zoom) then still shows its days, not a year.
      maxMinorChars: 3,
      format: { minorLabels: { day: 'D', weekday: 'D' } },
    };
    // The typings say `content: string`, but the engine accepts a DOM element, which is how
    // text is shown without going through HTML.
    const timeline = new Timeline(
      container,
      items as unknown as DataSet<DataItem>,
      groups as unknown as DataSet<DataGroup>,
      options,
    );
    // With `start`/`end` in the options the engine stays hidden behind its loading screen
    // until its first range change settles (about 200 ms later, see vis-timeline's
    // Timeline.js, `initialRangeChangeDone`); the window is already the one asked for, so the
    // first draw may show it at once.
    (timeline as unknown as { initialRangeChangeDone: boolean }).initialRangeChangeDone = true;
    timelineRef.current = timeline;
    itemsRef.current = items;
    groupsRef.current = groups;

    const onFirstDraw = () => {
      timeline.off('changed', onFirstDraw);
      setEngineHasDrawn(true);
    };
    timeline.on('changed', onFirstDraw);

    let firstRangeChanged = true;
    timeline.on('select', (event: { items: (string | number)[] }) => {
      const id = event.items[0];
      if (id === undefined) return latest.current.onSelect(null);
      const key = fromEngineId(id);
      if (!key.startsWith(CLUSTER_PREFIX)) return latest.current.onSelect(key);
      const cluster = drawnRef.current.get(key);
      timeline.setSelection([]);
      if (cluster?.end !== undefined)
        latest.current.onOpenCluster({ start: cluster.start, end: cluster.end });
    });
    timeline.on('rangechange', (event: RangeEvent) => {
      // The reader took the view: it goes where they take it, not where it was sent.
      if (event.byUser) headingRef.current = undefined;
      latest.current.onViewChange(
        { start: event.start.getTime(), end: event.end.getTime() },
        false,
        event.byUser === true,
      );
    });
    timeline.on('rangechanged', (event: RangeEvent) => {
      // A window given in the options can leave the timeline hidden behind its loading
      // screen until the next change; one redraw after the first settle shows it.
      if (firstRangeChanged) {
        firstRangeChanged = false;
        timeline.redraw();
      }
      latest.current.onViewChange(
        { start: event.start.getTime(), end: event.end.getTime() },
        true,
        event.byUser === true,
      );
    });

    const stopSizeChecks = checkSizeOnResize(timeline, container);

    return () => {
      stopSizeChecks();
      timeline.destroy();
      // Destroying before the first draw leaves the loading screen behind.
      container.replaceChildren();
      timelineRef.current = null;
      headingRef.current = undefined;
      itemsRef.current = null;
      groupsRef.current = null;
      // What was drawn went with this timeline: a new one (StrictMode mounts twice) starts empty.
      drawnRef.current = new Map();
    };
  }, []);

  // Lanes: added or changed before the items that go in them, removed after the items have
  // left them (the next effects), diffed by id like the items.
  useEffect(() => {
    const groups = groupsRef.current;
    if (!groups) return;
    const next = props.lanes.map(toVisGroup);
    const changed = next.filter((g) => {
      const before = groups.get(g.id);
      return (
        !before ||
        before.order !== g.order ||
        before.className !== g.className ||
        before.label !== g.label ||
        before.lang !== g.lang
      );
    });
    if (changed.length > 0) groups.update(changed);
  }, [props.lanes]);

  // Items: update and remove by id, never rebuild the timeline.
  useEffect(() => {
    const items = itemsRef.current;
    if (!items) return;
    const drawn = drawnRef.current;
    const next = new Map(props.items.map((spec) => [spec.id, spec]));
    const removed = [...drawn.keys()].filter((id) => !next.has(id));
    const changed: VisItem[] = [];
    for (const spec of props.items) {
      const before = drawn.get(spec.id);
      if (
        !before ||
        before.label !== spec.label ||
        before.title !== spec.title ||
        before.lang !== spec.lang ||
        before.className !== spec.className ||
        before.start !== spec.start ||
        before.end !== spec.end ||
        before.type !== spec.type
      ) {
        changed.push(toVisItem(spec));
      }
    }
    if (removed.length > 0) items.remove(removed.map(toEngineId));
    if (changed.length > 0) items.update(changed);
    drawnRef.current = next;
  }, [props.items]);

  useEffect(() => {
    const groups = groupsRef.current;
    if (!groups) return;
    const keep = new Set(props.lanes.map((lane) => toEngineId(lane.id)));
    const removed = groups.getIds().filter((id) => !keep.has(String(id)));
    if (removed.length > 0) groups.remove(removed);
  }, [props.lanes]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const id = props.selectedId;
    timeline.setSelection(id !== undefined && drawnRef.current.has(id) ? [toEngineId(id)] : []);
  }, [props.selectedId, props.items]);

  const { start, end } = props.view;
  const { reducedMotion, resetKey, locale = 'en' } = props;
  const { t } = useT();

  useEffect(() => {
    let live = true;
    void (MOMENT_LOCALES[locale]?.() ?? Promise.resolve())
      .then(() => {
        if (live) timelineRef.current?.setOptions({ locale });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [locale]);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    // Compared with where the engine is going, not where it is: a Back then a Forward before
    // the first frame of the animation would otherwise find the engine still on this window,
    // leave it animating to the other one, and show (and write) the wrong entry's window.
    if (windowsDiffer(headingRef.current ?? engineWindow(timeline), { start, end })) {
      headingRef.current = { start, end };
      timeline.setWindow(new Date(start), new Date(end), {
        animation: reducedMotion ? false : { duration: 350, easingFunction: 'easeInOutQuad' },
      });
    }
  }, [start, end, reducedMotion, resetKey]);

  return (
    <>
      <p className="visually-hidden">{t('timeline.hint')}</p>
      {/* The list is the drawing's accessible twin: the drawing's loose fragments (titles
          without dates, axis numbers) are not read out a second, worse time. */}
      <div
        className={`event-timeline-frame${engineHasDrawn ? '' : ' is-waiting'}`}
        aria-hidden="true"
      >
        <div ref={containerRef} className="event-timeline" />
        {fromPage && !engineHasDrawn ? (
          <TimelinePreview
            lanes={props.lanes}
            items={props.items}
            view={props.view}
            selectedId={props.selectedId}
          />
        ) : null}
      </div>
    </>
  );
}
