export interface LegendKind {
  id: string;
  label: string;
  description?: string | undefined;
  /** How many events of this kind the dataset has. */
  count: number;
}

export interface TimelineLegendProps {
  kinds: readonly LegendKind[];
  /** The kinds the reader chose to show; none chosen shows every kind. */
  chosen: readonly string[];
  onToggle: (kind: string) => void;
}

/**
 * What the colours and marks on the timeline mean; each kind is also a toggle that shows only
 * the kinds pressed (any of them).
 */
export function TimelineLegend({ kinds, chosen, onToggle }: TimelineLegendProps) {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {kinds.map((kind) => (
          <li key={kind.id} className="legend-kind">
            <button
              type="button"
              className={`kind-toggle kind--${kind.id}`}
              aria-pressed={chosen.includes(kind.id)}
              title={kind.description}
              onClick={() => onToggle(kind.id)}
            >
              <span className="kind-swatch" aria-hidden="true" />
              <bdi>{kind.label}</bdi>{' '}
              <span className="kind-count">({kind.count.toLocaleString('en')})</span>
            </button>
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
