import type { PreviewItem as Item } from './preview-layout.ts';
import { POINT_LEAD_PX } from './preview-layout.ts';
import { POINT_LABEL_PX, ROW_PITCH } from './timeline-geometry.ts';

const ITEM_HEIGHT = 26;
const ITEM_TOP = 8;
const TEXT_BASELINE = 17;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * One event of the preview: a range as a box from its start to its end, its title clipped by
 * the box; a point as a dot at its date with its title beside it, clipped where the engine
 * cuts a point's label. Only attributes place them (the page's policy allows no inline style).
 */
export function PreviewItem({ item }: { item: Item }) {
  const top = ITEM_TOP + item.row * ROW_PITCH;
  const classes = `${item.className}${item.selected ? ' is-selected' : ''}`;
  if (item.type === 'range') {
    return (
      <svg
        className={`preview-range ${classes}`}
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
        <text x="10" y={TEXT_BASELINE} lang={item.lang}>
          {item.label}
        </text>
      </svg>
    );
  }
  return (
    <g className={`preview-point ${classes}`}>
      <circle cx={percent(item.x)} cy={top + ITEM_HEIGHT / 2} r="5" />
      <svg x={percent(item.x)} y={top} width={POINT_LEAD_PX + POINT_LABEL_PX} height={ITEM_HEIGHT}>
        <text x={POINT_LEAD_PX} y={TEXT_BASELINE} lang={item.lang}>
          {item.label}
        </text>
      </svg>
    </g>
  );
}
