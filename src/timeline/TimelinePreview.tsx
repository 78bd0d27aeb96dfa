import { useMemo } from 'react';
import type { Window } from '../dataset/prepare-dataset.ts';
import { previewLayout, ROW_PITCH, type PreviewItem, type PreviewLane } from './preview-layout.ts';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import './timeline-preview.css';

/** The item area's width the rows are stacked for: a laptop's timeline, and a phone's. */
const WIDE_PX = 1085;
const NARROW_PX = 260;
const ITEM_HEIGHT = 26;
const ITEM_TOP = 8;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

function Item({ item }: { item: PreviewItem }) {
  const top = ITEM_TOP + item.row * ROW_PITCH;
  if (item.type === 'range') {
    return (
      <svg
        className={`preview-range ${item.className}`}
        x={percent(item.x)}
        y={top}
        width={percent(item.width)}
        height={ITEM_HEIGHT}
      >
        <rect
          className="preview-box"
          x="0.5"
          y="0.5"
          width="100%"
          height={ITEM_HEIGHT - 1}
          rx="4"
        />
        <rect className="preview-edge" width="4" height={ITEM_HEIGHT} />
        <text x="10" y="17" lang={item.lang}>
          {item.label}
        </text>
      </svg>
    );
  }
  return (
    <g className={`preview-point ${item.className}`}>
      <circle cx={percent(item.x)} cy={top + ITEM_HEIGHT / 2} r="5" />
      <text x={percent(item.x)} dx="10" y={top + 17} lang={item.lang}>
        {item.label}
      </text>
    </g>
  );
}

function Lanes({
  lanes,
  layout,
  kind,
}: {
  lanes: readonly PreviewLaneLabel[];
  layout: PreviewLane[];
  kind: string;
}) {
  return (
    <div className={`preview-grid preview-grid--${kind}`}>
      <div className="preview-axis" />
      {layout.map((lane, i) => {
        const about = lanes[i];
        return (
          <div className="preview-lane" key={lane.id}>
            <div className="preview-lane-label">
              <span className={`lane-label ${about?.className ?? ''}`} lang={about?.lang}>
                {about?.label}
              </span>
            </div>
            <svg className="preview-items" width="100%" height={lane.rows * ROW_PITCH}>
              {lane.items.map((item) => (
                <Item key={item.id} item={item} />
              ))}
            </svg>
          </div>
        );
      })}
    </div>
  );
}

/** A lane as the preview labels it (EventTimeline's lanes are these). */
export interface PreviewLaneLabel {
  id: string;
  label: string;
  lang?: string | undefined;
  className: string;
}

export interface TimelinePreviewProps {
  lanes: readonly PreviewLaneLabel[];
  items: readonly TimelineItemSpec[];
  view: Window;
}

/**
 * The timeline's first view drawn in plain markup, until the engine has drawn it: a page
 * written ahead shows the events' words in the timeline's box at once, before any script has
 * run. Positions are attributes of SVG shapes (the page's policy allows no inline styles); the
 * rows are stacked for a laptop's and a phone's width, and the page's width picks one.
 */
export function TimelinePreview({ lanes, items, view }: TimelinePreviewProps) {
  const { start, end } = view;
  const layouts = useMemo(() => {
    const ids = lanes.map((lane) => lane.id);
    const window = { start, end };
    return {
      wide: previewLayout(ids, items, window, WIDE_PX),
      narrow: previewLayout(ids, items, window, NARROW_PX),
    };
  }, [lanes, items, start, end]);
  if (layouts.wide.length === 0) return null;
  return (
    <div className="timeline-preview">
      <Lanes lanes={lanes} layout={layouts.wide} kind="wide" />
      <Lanes lanes={lanes} layout={layouts.narrow} kind="narrow" />
    </div>
  );
}
