import { useCallback, useMemo, useState } from 'react';
import {
  facetChoices,
  FACETS,
  isFiltering,
  unknownFilterValues,
  type Facet,
} from '../dataset/filter-events.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { searchTerms } from '../dataset/search-text.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import type { UrlState } from '../url-state/url-state.ts';
import { shown } from '../url-state/url-values.ts';
import type { AppNotice } from './UrlNotices.tsx';
import type { Translate } from '../i18n/use-t.ts';
import { useFilteredEvents } from './use-filtered-events.ts';
import { useSearchDraft } from './use-search-draft.ts';
import { useValueChoices } from './use-facet-choices.ts';

const NO_VALUES: readonly string[] = [];
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
  const kind = state.kind ?? NO_VALUES;
  const actor = state.actor ?? NO_VALUES;
  const place = state.place ?? NO_VALUES;
  const filters = useMemo(() => ({ q: draft, kind, actor, place }), [draft, kind, actor, place]);
  const { events, searchPending, prepare } = useFilteredEvents(dataset, filters);
  const filtering = isFiltering(filters);
  const terms = useMemo(() => searchTerms(draft), [draft]);

  const kindChoices = useMemo(
    () => new Map(facetChoices(dataset.events, 'kind').map((c) => [c.value, c.count])),
    [dataset.events],
  );
  const valueChoices = useValueChoices(dataset.events);
  const choices = useMemo(
    () => ({ kind: kindChoices, ...valueChoices }),
    [kindChoices, valueChoices],
  );

  const notices = useMemo<AppNotice[]>(() => {
    // Nothing asked for, nothing unknown: the dataset's values need not be gathered.
    if (kind.length === 0 && actor.length === 0 && place.length === 0) return [];
    const unknown = unknownFilterValues(dataset, { kind, actor, place });
    return FACETS.flatMap((facet) =>
      unknown[facet].map((value): AppNotice => ({
        param: facet,
        code: 'filter-unknown',
        value: shown(value),
      })),
    );
  }, [dataset, kind, actor, place]);

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
    navigate(
      { q: undefined, kind: undefined, actor: undefined, place: undefined },
      { replace: false },
    );
  };

  // Said once the typing pauses (when the link has caught up), and after every toggle.
  const [announced, setAnnounced] = useState('');
  if (settled && !searchPending) {
    const text = filtering
      ? t('filters.status', { shown: events.length, total: dataset.events.length })
      : announced === ''
        ? ''
        : t('filters.statusAll', { total: dataset.events.length });
    if (text !== announced) setAnnounced(text);
  }

  return {
    draft,
    setDraft,
    events,
    filtering,
    /** How many filters other than the kinds are active (the search counts as one). */
    active: (draft.trim() === '' ? 0 : 1) + actor.length + place.length,
    terms,
    choices,
    notices,
    chosen: { kind, actor, place },
    toggle,
    clear,
    prepare,
    status: searchPending ? t('filters.preparing') : announced,
  };
}
