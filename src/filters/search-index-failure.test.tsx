import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { makeLargeSearchDataset } from '../test/datasets.ts';
import { renderWithProviders } from '../test/render-with-providers.tsx';
import type { UrlState } from '../url-state/url-state.ts';
import { FilterBar } from './FilterBar.tsx';
import { useStoryFilters } from './use-story-filters.ts';

// Building the index fails, as it would if the page ran out of memory.
vi.mock('../dataset/search/search-index-builder.ts', () => ({
  createIndexBuilder: () => {
    throw new Error('out of memory');
  },
}));

/** More text than is read at every search, so an index is wanted. */
const large = prepareDataset(makeLargeSearchDataset());
const t = (id: Parameters<typeof i18n._>[0], values?: Record<string, string | number>) =>
  i18n._(id, values);

function Story({ state }: { state: UrlState }) {
  const filters = useStoryFilters(large, state, vi.fn(), t);
  return (
    <>
      <FilterBar
        query={filters.draft}
        onQueryChange={filters.setDraft}
        onSearchFocus={filters.prepare}
        searchNote={filters.searchNote}
        choices={filters.choices}
        chosen={filters.chosen}
        onToggle={filters.toggle}
        filtering={filters.filtering}
        onClear={filters.clear}
      />
      <p role="status">{filters.status}</p>
      <ul aria-label="Events">
        {filters.events.slice(0, 10).map((event) => (
          <li key={event.id}>{event.title}</li>
        ))}
      </ul>
    </>
  );
}

describe('a search index that cannot be built', () => {
  it('says so beside the field, and search reads every event instead, with the filters', async () => {
    renderWithProviders(<Story state={{ q: 'arso', kind: ['violence'] }} />);
    // Not ready yet: the kind narrows, the search waits.
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the search…');
    expect(screen.getByRole('list', { name: 'Events' }).children).toHaveLength(10);
    const field = screen.getByRole('searchbox', { name: 'Search events' });
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'The search could not be prepared: it reads every event in turn, which may be slow.',
      ),
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('Preparing');
    const list = screen.getByRole('list', { name: 'Events' });
    const found = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(found).toEqual(['Arson number 0', 'Arson number 1000', 'Arson number 2000']);
  });
});
