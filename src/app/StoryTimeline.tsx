import { useMemo, type ReactNode, type RefObject } from 'react';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { EventTimeline, type EventTimelineHandle } from '../timeline/EventTimeline.tsx';
import { TimelineLegend } from '../timeline/TimelineLegend.tsx';
import { toTimelineItems } from '../timeline/to-timeline-items.ts';
import { useLanes } from '../timeline/use-lanes.ts';
import type { useStoryFilters } from '../filters/use-story-filters.ts';
import type { useTimelineView } from '../timeline/use-timeline-view.ts';
import { SKIP_TARGETS } from './SkipLinks.tsx';

export interface StoryTimelineProps {
  dataset: PreparedDataset;
  filters: ReturnType<typeof useStoryFilters>;
  timelineView: ReturnType<typeof useTimelineView>;
  /** The drawing's handle, through which the view moves it. */
  timelineRef: RefObject<EventTimelineHandle | null>;
  selected: PreparedEvent | undefined;
  onOpen: (id: string) => void;
  /** A click on empty space closes the open event (focus stays where the click put it). */
  onClose: () => void;
  /** The toolbar above the drawing. */
  children: ReactNode;
}

/** The timeline's region: its toolbar, the drawing of the events shown, and under it the legend (whose kinds are filters too). */
export function StoryTimeline({
  dataset,
  filters,
  timelineView,
  timelineRef,
  selected,
  ...props
}: StoryTimelineProps) {
  const { t, language } = useT();
  const dates = useDateWords();
  const shown = filters.events;
  const items = useMemo(
    () => toTimelineItems(shown, timelineView.itemsView, selected?.id, dates.number),
    [shown, timelineView.itemsView, selected?.id, dates.number],
  );
  const { lanes, legendKinds } = useLanes(dataset, shown, filters.kindCounts);
  // The area where the single-key shortcuts act: a click in it gives it focus (see StoryView).
  return (
    <section
      id={SKIP_TARGETS.timeline}
      className="timeline-area"
      aria-labelledby="timeline-title"
      data-shortcut-scope
      tabIndex={-1}
    >
      <h2 id="timeline-title" className="visually-hidden">
        {t('timeline.heading')}
      </h2>
      {props.children}
      <EventTimeline
        lanes={lanes}
        items={items}
        selectedId={selected?.id}
        view={timelineView.view}
        ref={timelineRef}
        onSelect={(id) => (id === null ? props.onClose() : props.onOpen(id))}
        onOpenCluster={timelineView.setView}
        onViewChange={timelineView.onViewChange}
        locale={language}
      />
      <TimelineLegend
        kinds={legendKinds}
        chosen={filters.chosen.kind}
        onToggle={(kind) => filters.toggle('kind', kind)}
      />
    </section>
  );
}
