import { EVENT_KINDS, type EventKind } from '../dataset/schema.ts';
import { KIND_LABELS } from '../ui/kind-labels.ts';

/**
 * What the colours and marks on the timeline mean; lists only the kinds the dataset uses.
 * Where the lanes show their names, the kinds are hidden here (see the stylesheet).
 */
export function TimelineLegend({ kinds }: { kinds: ReadonlySet<EventKind> }) {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {EVENT_KINDS.filter((k) => kinds.has(k)).map((kind) => (
          <li key={kind} className="legend-kind">
            <span className={`kind-swatch kind-${kind}`} aria-hidden="true" />
            {KIND_LABELS[kind]}
          </li>
        ))}
        <li className="legend-mark">
          <span aria-hidden="true">~</span> approximate date
        </li>
        <li className="legend-mark">
          <span aria-hidden="true">?</span> date inferred
        </li>
      </ul>
    </div>
  );
}
