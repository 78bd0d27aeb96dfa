import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { isolatedField } from '../text/plain-text.ts';

export interface LegendKind {
  id: string;
  label: string;
  /** The language of the label, when it is the dataset's own words. */
  labelLang?: string | undefined;
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
 * What the colours and marks on the timeline mean (a bar is a span of days, a dot one day); each kind is also a toggle that shows only
 * the kinds pressed (any of them).
 */
export function TimelineLegend({ kinds, chosen, onToggle }: TimelineLegendProps) {
  const { t } = useT();
  const { number } = useDateWords();
  return (
    <div className="legend" role="group" aria-label={t('legend.label')}>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.id} className="legend-kind">
            <button
              type="button"
              className={`kind-toggle kind--${kind.id}`}
              aria-pressed={chosen.includes(kind.id)}
              // A tooltip is text outside the DOM's isolation: the field is isolated with characters.
              title={kind.description === undefined ? undefined : isolatedField(kind.description)}
              onClick={() => onToggle(kind.id)}
            >
              <span className="kind-swatch" aria-hidden="true" />
              <bdi lang={kind.labelLang}>{kind.label}</bdi>{' '}
              <span className="kind-count">({number(kind.count)})</span>
            </button>
          </li>
        ))}
        <li className="legend-mark">
          <span className="legend-bar" aria-hidden="true" /> {t('legend.span')}
        </li>
        <li className="legend-mark">
          <span className="legend-dot" aria-hidden="true" /> {t('legend.point')}
        </li>
        <li className="legend-mark">
          <span aria-hidden="true">~</span> {t('legend.approximate')}
        </li>
        <li className="legend-mark">
          <span aria-hidden="true">?</span> {t('legend.inferred')}
        </li>
      </ul>
    </div>
  );
}
