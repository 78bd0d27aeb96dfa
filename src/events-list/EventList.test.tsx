import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { EventList } from './EventList.tsx';

const dataset = letterDataset();

describe('EventList', () => {
  it('lists every event in chronological order as a button with its date and title', () => {
    renderWithProviders(
      <EventList events={dataset.events} selectedId={undefined} onSelect={() => undefined} />,
    );
    const list = within(screen.getByRole('navigation', { name: /Events in order/ })).getByRole(
      'list',
    );
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(dataset.events.length);
    const names = items.map((item) => within(item).getByRole('button').textContent ?? '');
    expect(names[0]).toContain('about 2009 – ongoing');
    expect(names[1]).toContain('4 December 2014');
    expect(names[1]).toContain('Deadly insurgent attack on Grozny');
    const thirteenth = names.filter((n) => n.includes('13 December 2014'));
    expect(thirteenth.map((n) => n.replace(/.*2014(, )?/, ''))).toEqual([
      'Government-sponsored demonstration against terrorism in GroznyHarassment',
      ' (date inferred), Unknown men, at least one of them armed, try to break into the JMG’s apartment in GroznyViolence',
      ' (date inferred), JMG office destroyed by fire in an apparent arson attackViolence',
    ]);
  });

  it('marks the open event with aria-current and says when a date is approximate or inferred', () => {
    renderWithProviders(
      <EventList
        events={dataset.events}
        selectedId="jmg-office-arson"
        onSelect={() => undefined}
      />,
    );
    const current = screen.getByRole('button', { current: true });
    expect(current).toHaveTextContent('JMG office destroyed by fire');
    expect(screen.getAllByRole('button', { current: false })).toHaveLength(
      dataset.events.length - 1,
    );
    expect(screen.getByRole('button', { name: /learn of several homes/ })).toHaveAccessibleName(
      /approximate date/,
    );
    expect(screen.getByRole('button', { name: /Russian media report/ })).toHaveAccessibleName(
      /date inferred/,
    );
    // A date read from the sentences before is never announced as stated.
    expect(current).toHaveAccessibleName(/date inferred/);
    expect(
      screen.getByRole('button', { name: /Chechen police officials forcibly enter/ }),
    ).not.toHaveAccessibleName(/inferred|approximate/);
  });

  it('opens an event when its entry is activated', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithProviders(
      <EventList events={dataset.events} selectedId={undefined} onSelect={onSelect} />,
    );
    await user.click(screen.getByRole('button', { name: /Two men pelt eggs/ }));
    expect(onSelect).toHaveBeenCalledWith('press-conference-eggs');
  });
});
