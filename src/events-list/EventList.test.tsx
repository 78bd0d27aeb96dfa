import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { filterEvents, type EventFilters } from '../dataset/search/filter-events.ts';
import { searchTerms } from '../dataset/search/search-text.ts';
import { EventList, type EventListProps } from './EventList.tsx';

const dataset = letterDataset();

function renderList(props: Partial<EventListProps> = {}) {
  return renderWithProviders(
    <EventList
      events={dataset.events}
      total={dataset.events.length}
      filtering={false}
      terms={[]}
      kindLabel={(kind) => ({ text: dataset.kindById.get(kind)?.label ?? kind, lang: undefined })}
      selectedId={undefined}
      onSelect={() => undefined}
      onClearFilters={() => undefined}
      {...props}
    />,
  );
}

/**
 * The list's entries, found once by role. A query by accessible name checks every button's
 * visibility through jsdom's slow getComputedStyle (about 40 ms a button here, seconds under
 * load), so tests pick entries by their text from this one list instead.
 */
function entries(): HTMLElement[] {
  return within(screen.getByRole('navigation', { name: /Events in order/ })).getAllByRole('button');
}

function entry(text: RegExp): HTMLElement {
  const found = entries().filter((button) => text.test(button.textContent ?? ''));
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

function renderFiltered(filters: EventFilters, onClearFilters = () => undefined) {
  return renderList({
    events: filterEvents(dataset, filters),
    filtering: true,
    terms: searchTerms(filters.q ?? ''),
    onClearFilters,
  });
}

describe('EventList', () => {
  it('lists every event in chronological order as a button with its date and title', () => {
    renderList();
    const list = within(screen.getByRole('navigation', { name: /Events in order/ })).getByRole(
      'list',
    );
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(dataset.events.length);
    const names = items.map((item) => within(item).getByRole('button').textContent ?? '');
    expect(names[0]).toContain('about 2009 – still going on 16 December 2014');
    expect(names[1]).toContain('between 4 and 16 December 2014');
    expect(names[2]).toContain('4 December 2014');
    expect(names[2]).toContain('Deadly insurgent attack on Grozny');
    const thirteenth = names.filter((n) => n.includes('13 December 2014'));
    expect(thirteenth.map((n) => n.replace(/.*2014(, )?/, ''))).toEqual([
      'Banners with slogans such as “Kalyapin go home $” and “Stop the Lying Activists!” (as the letter gives them) at a government-sponsored demonstration against terrorism in GroznyHarassment (our call)',
      ' (date inferred), Unknown men, at least one of them armed, try to break into the JMG’s apartment in GroznyViolence (our call)',
      ' (date inferred), JMG office destroyed by fire in an apparent arson attackViolence',
    ]);
  });

  it('marks the open event with aria-current and says when a date is approximate or inferred', () => {
    renderList({ selectedId: 'jmg-office-arson' });
    const current = entries().filter((button) => button.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('JMG office destroyed by fire');
    expect(entries().filter((button) => !button.hasAttribute('aria-current'))).toHaveLength(
      dataset.events.length - 1,
    );
    expect(entry(/learn of several instances/)).toHaveAccessibleName(/approximate date/);
    expect(entry(/Russian media report/)).toHaveAccessibleName(/date inferred/);
    // A date read from the sentences before is never announced as stated.
    expect(current[0]).toHaveAccessibleName(/date inferred/);
    expect(entry(/Chechen police officials forcibly enter/)).not.toHaveAccessibleName(
      /inferred|approximate/,
    );
  });

  it('opens an event when its entry is activated', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderList({ onSelect });
    await user.click(entry(/Two men pelt eggs/));
    expect(onSelect).toHaveBeenCalledWith('press-conference-eggs');
  });

  it('says how many of the events match, and emphasises the matching words as marks', () => {
    renderFiltered({ q: 'kalyap' });
    const total = dataset.events.length;
    const nav = screen.getByRole('navigation', { name: /Events in order/ });
    const shown = within(nav).getAllByRole('listitem');
    expect(
      screen.getByRole('heading', { name: `Events in order (${shown.length} of ${total} events)` }),
    ).toBeInTheDocument();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    const marks = nav.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toContain('Kalyapin');
    expect([...marks].every((m) => /^kalyap/i.test(m.textContent ?? ''))).toBe(true);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const onClear = vi.fn();
    renderFiltered({ q: 'zzzz' }, onClear);
    expect(screen.getByText('No events match the search and filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('moves focus between entries with ↑ ↓ Home End PageUp PageDown, consuming those keys and opening nothing', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderList({ onSelect });
    const entries = within(
      screen.getByRole('navigation', { name: /Events in order/ }),
    ).getAllByRole('button');
    const last = entries.length - 1;
    const at = (i: number) => entries[i] as HTMLElement;
    act(() => at(0).focus());
    await user.keyboard('{ArrowUp}');
    expect(at(0)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(at(2)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(at(1)).toHaveFocus();
    await user.keyboard('{End}');
    expect(at(last)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(at(last)).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(at(last - 10)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(at(0)).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(at(10)).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    // The page does not scroll as well; other keys are left to the browser.
    expect(fireEvent.keyDown(at(10), { key: 'ArrowDown' })).toBe(false);
    expect(fireEvent.keyDown(at(11), { key: 'a' })).toBe(true);
    expect(at(11)).toHaveFocus();
  });

  it('moves among the entries shown when filters hide some', async () => {
    const user = userEvent.setup();
    renderFiltered({ q: 'kalyap' });
    const entries = within(
      screen.getByRole('navigation', { name: /Events in order/ }),
    ).getAllByRole('button');
    act(() => (entries[0] as HTMLElement).focus());
    await user.keyboard('{End}');
    expect(entries[entries.length - 1]).toHaveFocus();
  });

  it('gives paper every entry of a long list, which on screen renders only those in view', async () => {
    const many = Array.from({ length: 300 }, (_, i) => {
      const event = dataset.events[i % dataset.events.length];
      if (!event) throw new Error('the letter has events');
      return { ...event, id: `event-${i}`, index: i };
    });
    renderList({ events: many, total: many.length });
    const entries = () =>
      within(screen.getByRole('navigation', { name: /Events in order/ })).queryAllByRole('button');
    await screen.findByRole('navigation', { name: /Events in order/ });
    expect(entries().length).toBeLessThan(300);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(entries()).toHaveLength(300);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(entries().length).toBeLessThan(300);
  });
});
