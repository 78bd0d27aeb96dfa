import { useState } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import type { useTimelineView } from './use-timeline-view.ts';

/**
 * Stepping through the events shown, zooming and panning by buttons and keys, each said in the
 * view's polite status where the drawing alone would show it (a zoom's window, the last event).
 */
export function useViewSteps(
  shownEvents: readonly PreparedEvent[],
  selected: PreparedEvent | undefined,
  timelineView: ReturnType<typeof useTimelineView>,
) {
  const { t } = useT();
  const dates = useDateWords();
  // Each message is counted, so the status can say the same words again (see StoryStatus).
  const [said, setSaidState] = useState({ text: '', count: 0 });
  const setSaid = (text: string) => setSaidState((last) => ({ text, count: last.count + 1 }));

  /** The next or previous of the events shown, counting from the open one even when it is hidden. */
  const step = (direction: 1 | -1) => {
    if (shownEvents.length === 0) return;
    let target;
    if (!selected) target = direction === 1 ? shownEvents[0] : shownEvents[shownEvents.length - 1];
    else if (direction === 1) target = shownEvents.find((e) => e.index > selected.index);
    else target = shownEvents.findLast((e) => e.index < selected.index);
    if (target && target.id !== selected?.id) {
      setSaid('');
      timelineView.select(target.id, { read: undefined, about: undefined });
    } else setSaid(t(direction === 1 ? 'status.lastEvent' : 'status.firstEvent'));
  };
  const zoom = (factor: number) => {
    const view = timelineView.zoomBy(factor);
    const window = dates.window(view.start, view.end);
    setSaid(t(factor < 1 ? 'status.zoomedIn' : 'status.zoomedOut', { window }));
  };
  const pan = (share: number) => {
    const view = timelineView.panBy(share);
    const window = dates.window(view.start, view.end);
    setSaid(t(share < 0 ? 'status.earlier' : 'status.later', { window }));
  };
  const showAll = () => {
    setSaid(t('status.showingAll'));
    timelineView.showAll();
  };
  return { said: said.text, saidCount: said.count, step, zoom, pan, showAll };
}
