import type { FacetChoice } from '../dataset/filter-events.ts';

/** More choices than this are shortened to the ones with most events (and any chosen). */
const MAX_LISTED = 100;

export interface FacetFilterProps {
  /** The facet's name as readers see it ("Actor"). */
  label: string;
  choices: readonly FacetChoice[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
}

/** One facet (actors or places): a disclosure with a checkbox per choice and its count. */
export function FacetFilter({ label, choices, chosen, onToggle }: FacetFilterProps) {
  if (choices.length === 0) return null;
  const listed = choices.filter((c, i) => i < MAX_LISTED || chosen.includes(c.value));
  return (
    <details className="facet">
      <summary>
        {label}
        {chosen.length > 0 ? <span className="facet-chosen"> ({chosen.length} chosen)</span> : null}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        <ul>
          {listed.map((choice) => (
            <li key={choice.value}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(choice.value)}
                  onChange={() => onToggle(choice.value)}
                />{' '}
                <bdi>{choice.value}</bdi> <span className="facet-count">({choice.count.toLocaleString('en')})</span>
              </label>
            </li>
          ))}
        </ul>
        {listed.length < choices.length ? (
          <p className="facet-note">
            The {MAX_LISTED} with the most events are listed; search finds the other {choices.length - listed.length}.
          </p>
        ) : null}
      </fieldset>
    </details>
  );
}
