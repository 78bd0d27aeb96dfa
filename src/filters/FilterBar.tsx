import { useId, useRef } from 'react';
import type { FacetChoice } from '../dataset/search/filter-events.ts';
import { useT } from '../i18n/use-t.ts';
import { FACETS, type Facet } from '../facets/facets.ts';
import { MAX_QUERY_LENGTH } from '../url-state/url-values.ts';
import { FacetFilter } from './FacetFilter.tsx';
import './search-label.css';

export interface FilterBarProps {
  query: string;
  onQueryChange: (text: string) => void;
  /** Called when the search field is first used, so the search can get ready. */
  onSearchFocus: () => void;
  /** What the reader should know about the search itself (it could not be prepared), if anything. */
  searchNote?: string | undefined;
  /** Each facet's choices in the dataset (see facets.ts); the kinds are in the legend. */
  choices: Partial<Record<Facet, readonly FacetChoice[]>>;
  chosen: Partial<Record<Facet, readonly string[]>>;
  onToggle: (facet: Facet, value: string) => void;
  filtering: boolean;
  onClear: () => void;
  /** The language of the actors' and places' names: the source's. */
  valuesLang?: string | undefined;
  /** A choice's name in the reader's language, by facet (see facet-choice-name.ts). */
  labelOf?:
    ((facet: Facet, value: string) => { text: string; lang: string | undefined }) | undefined;
}

const BAR_FACETS = FACETS.filter((facet) => facet.inFilterBar);

/** The search field, a filter for each facet of the bar (actors, places…), and "Clear filters". */
export function FilterBar(props: FilterBarProps) {
  const { t } = useT();
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const noteId = useId();
  return (
    <div className="filter-bar" role="search" aria-label={t('filters.label')}>
      {/* A label that stays in sight once the field holds words, drawn on its top border. */}
      <label className="search-label" htmlFor={searchId}>
        {t('filters.search')}
      </label>
      <input
        ref={searchRef}
        id={searchId}
        type="search"
        className="search-field"
        maxLength={MAX_QUERY_LENGTH}
        value={props.query}
        onFocus={props.onSearchFocus}
        onChange={(e) => props.onQueryChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        aria-describedby={props.searchNote === undefined ? undefined : noteId}
      />
      {props.searchNote === undefined ? null : (
        <p className="search-note" id={noteId}>
          {props.searchNote}
        </p>
      )}
      {BAR_FACETS.map((facet) => (
        <FacetFilter
          key={facet.id}
          label={t(facet.labelId)}
          facet={facet.id}
          valuesLang={props.valuesLang}
          labelOf={
            props.labelOf
              ? (value) => props.labelOf?.(facet.id, value) ?? { text: value, lang: undefined }
              : undefined
          }
          choices={props.choices[facet.id] ?? []}
          chosen={props.chosen[facet.id] ?? []}
          onToggle={(value) => props.onToggle(facet.id, value)}
        />
      ))}
      {props.filtering ? (
        <button
          type="button"
          className="clear-filters"
          // A shorter visible word where the language needs the room; the name stays whole.
          aria-label={
            t('filters.clearShort') === t('filters.clear') ? undefined : t('filters.clear')
          }
          onClick={() => {
            // The button goes once the filters are cleared: focus stays in the filters.
            props.onClear();
            searchRef.current?.focus();
          }}
        >
          {t('filters.clearShort')}
        </button>
      ) : null}
    </div>
  );
}
