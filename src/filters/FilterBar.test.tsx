import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../i18n/i18n.ts';
import { FilterBar, type FilterBarProps } from './FilterBar.tsx';

function renderBar(props: Partial<FilterBarProps> = {}) {
  const all: FilterBarProps = {
    query: '',
    onQueryChange: vi.fn(),
    onSearchFocus: vi.fn(),
    choices: {
      actor: [
        { value: 'Kalyapin', count: 3 },
        { value: 'Police', count: 2 },
      ],
      place: [{ value: 'Grozny', count: 9 }],
    },
    chosen: {},
    onToggle: vi.fn(),
    filtering: false,
    onClear: vi.fn(),
    ...props,
  };
  render(<FilterBar {...all} />);
  return all;
}

describe('FilterBar', () => {
  afterEach(async () => {
    await act(() => activateLanguage('en'));
  });

  it('hands what is typed in "Search events" to its owner, and says when the search is first used', async () => {
    const user = userEvent.setup();
    const props = renderBar();
    const field = within(screen.getByRole('search', { name: 'Search and filters' })).getByRole(
      'searchbox',
      { name: 'Search events' },
    );
    await user.type(field, 'k');
    expect(props.onSearchFocus).toHaveBeenCalledOnce();
    expect(props.onQueryChange).toHaveBeenCalledExactlyOnceWith('k');
  });

  it('offers each actor and place with its count, marks the chosen ones and toggles by facet', async () => {
    const user = userEvent.setup();
    const props = renderBar({ chosen: { actor: ['Police'] } });
    expect(screen.getByText('(1 chosen)').closest('summary')).toHaveTextContent('Actor (1 chosen)');
    expect(screen.getByRole('checkbox', { name: 'Police (2)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kalyapin (3)' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Kalyapin (3)' }));
    expect(props.onToggle).toHaveBeenCalledExactlyOnceWith('actor', 'Kalyapin');
    await user.click(screen.getByRole('checkbox', { name: 'Grozny (9)' }));
    expect(props.onToggle).toHaveBeenLastCalledWith('place', 'Grozny');
  });

  it('says a paragraph’s count with its noun in Russian («Абзац 5 (5 событий)»), and in brackets elsewhere', async () => {
    renderBar({
      choices: { paragraph: [{ value: 'p8', count: 5 }], place: [{ value: 'Grozny', count: 9 }] },
      labelOf: (facet, value) =>
        facet === 'paragraph' ? { text: 'Абзац 5', lang: 'ru' } : { text: value, lang: 'ru' },
    });
    await act(() => activateLanguage('ru'));
    expect(screen.getByRole('checkbox', { name: 'Абзац 5 (5 событий)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Grozny (9)' })).toBeInTheDocument();
  });

  it('keeps an Actor popup open while its words are pressed, and closes it on a press or focus outside', async () => {
    const user = userEvent.setup();
    const props = renderBar();
    const summary = screen.getByText('Actor', { selector: 'summary' });
    const popup = summary.closest('details');
    if (!popup) throw new Error('no Actor popup');
    await user.click(summary);
    expect(popup.open).toBe(true);
    // Pressing a choice's name (not its box) moves focus nowhere: the popup stays and the box ticks.
    await user.click(within(popup).getByText('Kalyapin'));
    expect(popup.open).toBe(true);
    expect(props.onToggle).toHaveBeenCalledExactlyOnceWith('actor', 'Kalyapin');
    await user.click(document.body);
    expect(popup.open).toBe(false);
    await user.click(summary);
    expect(popup.open).toBe(true);
    await user.click(screen.getByRole('searchbox', { name: 'Search events' }));
    expect(popup.open).toBe(false);
  });

  it('offers "Clear filters" only while filtering', async () => {
    renderBar();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    const props = renderBar({ filtering: true });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(props.onClear).toHaveBeenCalledOnce();
  });

  it('lists the 100 choices with most events and any chosen beyond them, and says the rest are found by search', () => {
    const actors = Array.from({ length: 150 }, (_, i) => ({ value: `Actor ${i}`, count: 150 - i }));
    renderBar({
      choices: { actor: actors },
      chosen: { actor: ['Actor 120'] },
    });
    const facet = screen.getByRole('group', { name: 'Actor' });
    // (By label, not by role: naming 150 checkboxes by role takes seconds here.)
    expect(facet.querySelectorAll('input[type="checkbox"]')).toHaveLength(101);
    expect(within(facet).getByLabelText('Actor 120 (30)')).toBeChecked();
    expect(within(facet).getByLabelText('Actor 99 (51)')).not.toBeChecked();
    expect(within(facet).queryByLabelText('Actor 100 (50)')).toBeNull();
    expect(facet).toHaveTextContent(
      'The 100 with the most events are listed; search finds the other 49.',
    );
  });
});
