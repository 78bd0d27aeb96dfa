import type { FacetChoice } from '../dataset/filter-events.ts';
import { useT } from '../i18n/use-t.ts';
import { MAX_QUERY_LENGTH } from '../url-state/url-values.ts';
import { FacetFilter } from './FacetFilter.tsx';

export interface FilterBarProps {
  query: string;
  onQueryChange: (text: string) => void;
  /** Called when the search field is first used, so the search can get ready. */
  onSearchFocus: () => void;
  actors: readonly FacetChoice[];
  places: readonly FacetChoice[];
  chosenActors: readonly string[];
  chosenPlaces: readonly string[];
  onToggle: (facet: 'actor' | 'place', value: string) => void;
  filtering: boolean;
  onClear: () => void;
  /** The language of the actors' and places' names: the source's. */
  valuesLang?: string | undefined;
  /** A choice's name in the reader's language (see FacetFilter). */
  labelOf?: ((value: string) => { text: string; lang: string | undefined }) | undefined;
}

/** The search field, the actor and place filters, and "Clear filters". */
export function FilterBar(props: FilterBarProps) {
  const { t } = useT();
  return (
    <div className="filter-bar" role="search" aria-label={t('filters.label')}>
      <input
        type="search"
        className="search-field"
        aria-label={t('filters.search')}
        placeholder={t('filters.search')}
        maxLength={MAX_QUERY_LENGTH}
        value={props.query}
        onFocus={props.onSearchFocus}
        onChange={(e) => props.onQueryChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
      />
      <FacetFilter
        label={t('filters.actor')}
        valuesLang={props.valuesLang}
        labelOf={props.labelOf}
        choices={props.actors}
        chosen={props.chosenActors}
        onToggle={(value) => props.onToggle('actor', value)}
      />
      <FacetFilter
        label={t('filters.place')}
        valuesLang={props.valuesLang}
        labelOf={props.labelOf}
        choices={props.places}
        chosen={props.chosenPlaces}
        onToggle={(value) => props.onToggle('place', value)}
      />
      {props.filtering ? (
        <button type="button" className="clear-filters" onClick={props.onClear}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
