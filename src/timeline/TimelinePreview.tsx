import { useMemo } from 'react';
import type { Window } from '../dataset/prepare-dataset.ts';
import { PreviewItem } from './PreviewItem.tsx';
import { previewLayout } from './preview-layout.ts';
import { ROW_PITCH } from './timeline-geometry.ts';
import type { TimelineLane } from './timeline-lane.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import './timeline-preview.css';

/**
 * The layouts, each used from a width of the timeline's box on (timeline-preview.css picks one
 * with a container query), and the item area it is stacked for: the narrowest it has there,
 * once the lane labels have taken their column.
 */
const LAYOUTS = [
  { name: 's', areaPx: 240 },
  { name: 'm', areaPx: 360 },
  { name: 'l', areaPx: 600 },
  { name: 'xl', areaPx: 900 },
] as const;

export interface TimelinePreviewProps {
  lanes: readonly TimelineLane[];
  items: readonly TimelineItemSpec[];
  view: Window;
  selectedId: string | undefined;
}

/**
 * The timeline's first view drawn in plain markup, until the engine has drawn it: a page
 * written ahead shows the events' words in the timeline's box at once, before any script has
 * run. It is aria-hidden with the drawing it stands for (the list is their accessible twin).
 */
export function TimelinePreview({ lanes, items, view, selectedId }: TimelinePreviewProps) {
  const { start, end } = view;
  const layouts = useMemo(() => {
    const ids = lanes.map((lane) => lane.id);
    return LAYOUTS.map(({ name, areaPx }) => ({
      name,
      lanes: previewLayout(ids, items, { start, end }, areaPx, selectedId),
    }));
  }, [lanes, items, start, end, selectedId]);
  if (layouts.some((layout) => layout.lanes.length === 0)) return null;
  return (
    <div className="timeline-preview">
      {layouts.map((layout) => (
        <div className={`preview-grid preview-grid--${layout.name}`} key={layout.name}>
          <div className="preview-axis" />
          {layout.lanes.map((lane, i) => (
            <div className="preview-lane" key={lane.id}>
              <div className="preview-lane-label">
                <span className={`lane-label ${lanes[i]?.className ?? ''}`} lang={lanes[i]?.lang}>
                  {lanes[i]?.label}
                </span>
              </div>
              <svg className="preview-items" width="100%" height={lane.rows * ROW_PITCH}>
                {lane.items.map((item) => (
                  <PreviewItem key={item.id} item={item} />
                ))}
              </svg>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
