import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { useT } from '../i18n/use-t.ts';
import type { Window } from '../dataset/prepare-dataset.ts';
import { windowsDiffer } from './timeline-window.ts';
import { PHONE_QUERY } from './timeline-geometry.ts';
import type { TimelineLane } from './timeline-lane.ts';
import { TimelinePreview } from './TimelinePreview.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { useMediaQuery } from '../ui/use-media-query.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import { useEngineSync } from './use-engine-sync.ts';
import { useTimelineEngine } from './use-timeline-engine.ts';

export interface EventTimelineProps {
  /** The lanes, in order; they may change (a filter hides the kinds it leaves empty). */
  lanes: readonly TimelineLane[];
  items: readonly TimelineItemSpec[];
  selectedId: string | undefined;
  /** The window the first drawing shows; later windows are sent through the handle. */
  view: Window;
  ref?: Ref<EventTimelineHandle>;
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

/** How the viewport's owner moves the drawing. */
export interface EventTimelineHandle {
  /** Sends the engine to `window` unless it is already there or on its way there. */
  setWindow: (window: Window, animate: boolean) => void;
  /** Sends the engine to `window` whatever it was last sent to ("Show all"). */
  showAll: (window: Window, animate: boolean) => void;
}

const ANIMATION = { duration: 350, easingFunction: 'easeInOutQuad' } as const;

/**
 * The only owner of the vis-timeline instance (see use-timeline-engine.ts); the effects of
 * use-engine-sync.ts keep it in step with the props.
 */
export function EventTimeline({ ref, ...props }: EventTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const phone = useMediaQuery(PHONE_QUERY, false);
  const { engineRef, hasDrawn } = useTimelineEngine(containerRef, props.view, phone, props);
  const { locale = 'en' } = props;
  useEngineSync(engineRef, props.lanes, props.items, props.selectedId, locale, phone);
  // A page written ahead (and its hydration) draws the first view in plain markup until the
  // engine has drawn; a page the app draws itself has the engine's drawing a frame later.
  const hydrated = useHydrated();
  const [fromPage] = useState(!hydrated);
  const { t } = useT();

  useImperativeHandle(ref, () => {
    const setWindow = (window: Window, animate: boolean) => {
      const engine = engineRef.current;
      if (!engine) return;
      const current = engine.timeline.getWindow();
      const at = { start: current.start.getTime(), end: current.end.getTime() };
      // Compared with where the engine is going, not where it is: a Back then a Forward before
      // the first frame of the animation would otherwise find the engine still on this window,
      // leave it animating to the other one, and show (and write) the wrong entry's window.
      if (!windowsDiffer(engine.heading ?? at, window)) return;
      engine.heading = window;
      engine.timeline.setWindow(new Date(window.start), new Date(window.end), {
        animation: animate ? ANIMATION : false,
      });
    };
    const showAll = (window: Window, animate: boolean) => {
      if (engineRef.current) engineRef.current.heading = undefined;
      setWindow(window, animate);
    };
    return { setWindow, showAll };
  }, [engineRef]);

  return (
    <>
      <p className="visually-hidden">{t('timeline.hint')}</p>
      {/* The list is the drawing's accessible twin: the drawing's loose fragments (titles
          without dates, axis numbers) are not read out a second, worse time. */}
      <div className={`event-timeline-frame${hasDrawn ? '' : ' is-waiting'}`} aria-hidden="true">
        <div ref={containerRef} className="event-timeline" />
        {fromPage && !hasDrawn ? (
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
