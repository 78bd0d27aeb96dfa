import { useCallback, useMemo, useState } from 'react';
import { facetChoices, isFiltering, unknownFilterValues } from '../dataset/search/filter-events.ts';
import { FACETS, FACET_IDS, type Facet } from '../facets/facets.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { queryTerms } from '../dataset/search/search-text.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import type { UrlState } from '../url-state/url-state.ts';
import { shown } from '../url-state/url-values.ts';
import type { Translate } from '../i18n/use-t.ts';
import { useFilteredEvents } from './use-filtered-events.ts';
import { useSearchDraft } from './use-search-draft.ts';
import { useValueChoices } from './use-value-choices.ts';
import { useSpokenChange } from '../ui/use-spoken-change.ts';

const NO_VALUES: readonly string[] = [];
type Chosen = Record<Facet, readonly string[]>;

/** A value the link asked a facet for that no event of the dataset has (the app says it in words). */
export interface FilterNotice {
  param: Facet;
  code: 'filter-unknown';
  value: string;
}

/** Each facet's values as the link names them, the same object while none of them changes. */
function useChosen(state: UrlState): Chosen {
  const next = Object.fromEntries(FACET_IDS.map((f) => [f, state[f] ?? NO_VALUES])) as Chosen;
  const [kept, setKept] = useState(next);
  if (FACET_IDS.every((f) => kept[f] === next[f])) return kept;
  setKept(next);
  return next;
}

/** The facets shown in the filter bar (the kinds are chosen in the legend). */
const BAR_FACETS = FACETS.filter((f) => f.inFilterBar).map((f) => f.id) as BarFacet[];
export type BarFacet = Exclude<Facet, 'kind'>;

/**
 * Search and filters for a dataset: read from the link (the search text also as it is typed),
 * the events they keep, the facets' choices, and what the link asked for that this dataset
 * does not have.
 */
export function useStoryFilters(
  dataset: PreparedDataset,
  state: UrlState,
  navigate: Navigate,
  t: Translate,
) {
  const writeQuery = useCallback((q: string | undefined) => navigate({ q }), [navigate]);
  const { draft, setDraft, settled } = useSearchDraft(state.q, writeQuery);
  const chosen = useChosen(state);
  const filters = useMemo(() => ({ q: draft, ...chosen }), [draft, chosen]);
  const { events, searchPending, searchFailed, prepare } = useFilteredEvents(dataset, filters);
  const filtering = isFiltering(filters);
  const terms = useMemo(() => queryTerms(draft), [draft]);

  const kindChoices = useMemo(
    () => new Map(facetChoices(dataset.events, 'kind').map((c) => [c.value, c.count])),
    [dataset.events],
  );
  const valueChoices = useValueChoices(dataset.events, BAR_FACETS);

  const notices = useMemo<FilterNotice[]>(() => {
    // Nothing asked for, nothing unknown: the dataset's values need not be gathered.
    if (FACET_IDS.every((f) => chosen[f].length === 0)) return [];
    const unknown = unknownFilterValues(dataset, chosen);
    return FACET_IDS.flatMap((facet) =>
      unknown[facet].map((value): FilterNotice => ({
        param: facet,
        code: 'filter-unknown',
        value: shown(value),
      })),
    );
  }, [dataset, chosen]);

  /** Shows or hides one choice of a facet: a new history entry, so Back undoes it. */
  const toggle = (facet: Facet, value: string) => {
    const current = state[facet] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    navigate({
      [facet]: next.length > 0 ? next : undefined,
      q: draft.trim() === '' ? undefined : draft,
    });
  };

  const clear = () => {
    setDraft('');
    const none = Object.fromEntries(FACET_IDS.map((f) => [f, undefined]));
    navigate({ q: undefined, ...none }, { replace: false });
  };

  // Said once the typing pauses (when the link has caught up), and after every toggle; the
  // count is said when it changes, never again for a switch of language alone.
  const [announced, setAnnounced] = useState('');
  const [count, setCount] = useState('');
  if (settled && !searchPending) {
    const next = filtering ? String(events.length) : count === '' ? '' : 'all';
    if (next !== count) {
      setCount(next);
      setAnnounced(
        next === ''
          ? ''
          : filtering
            ? t('filters.status', { shown: events.length, total: dataset.events.length })
            : t('filters.statusAll', { total: dataset.events.length }),
      );
    }
  }
  const speak = useSpokenChange(count, t);

  return {
    draft,
    setDraft,
    events,
    filtering,
    /** How many filters other than the kinds are active (the search counts as one). */
    active: (draft.trim() === '' ? 0 : 1) + BAR_FACETS.reduce((n, f) => n + chosen[f].length, 0),
    terms,
    /** How many events of the dataset each kind has (the legend's counts). */
    kindCounts: kindChoices,
    /** The choices of each facet in the filter bar. */
    choices: valueChoices,
    notices,
    chosen,
    toggle,
    clear,
    prepare,
    status: searchPending ? t('filters.preparing') : speak ? announced : '',
    /** Said beside the search field when its index could not be built (search still works). */
    searchNote: searchFailed ? t('filters.searchSlow') : undefined,
  };
}
