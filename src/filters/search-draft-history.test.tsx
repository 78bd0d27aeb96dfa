import { act, fireEvent, render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHistory } from '../test/fake-history.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import { TYPING_PAUSE_MS, useSearchDraft } from './use-search-draft.ts';

/** The search field on the real URL hook, as the filter bar has it. */
function SearchField() {
  const { state, navigate } = useUrlState();
  const write = useCallback((q: string | undefined) => navigate({ q }), [navigate]);
  const { draft, setDraft } = useSearchDraft(state.q, write);
  return (
    <>
      <input
        type="search"
        aria-label="Search"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="button" onClick={() => navigate({ event: 'jmg-office-arson' })}>
        Open
      </button>
    </>
  );
}

const field = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' });
const type = (text: string) =>
  act(() => void fireEvent.change(field(), { target: { value: text } }));
const pause = () => act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));

describe('the search field over the history', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('keeps what is typed while the link catches up and an event opens, and follows Back and Forward', () => {
    const history = fakeHistory('/?q=grozny');
    render(<SearchField />);
    expect(field().value).toBe('grozny');
    type('arson');
    pause();
    expect(history.queries()).toEqual(['?q=arson']);
    expect(field().value).toBe('arson');
    // Typing on, then opening an event before the pause: a new entry keeps the typing.
    type('arson fire');
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Open' })));
    expect(field().value).toBe('arson fire');
    pause();
    expect(history.queries()).toEqual(['?q=arson', '?event=jmg-office-arson&q=arson+fire']);
    // Back shows the search of the entry gone back to; typing there not yet written is dropped
    // by Forward, which shows the search of the entry it returns to.
    act(() => history.back());
    expect(field().value).toBe('arson');
    type('arson police');
    act(() => history.forward());
    expect(field().value).toBe('arson fire');
    pause();
    expect(history.queries()).toEqual(['?q=arson', '?event=jmg-office-arson&q=arson+fire']);
  });
});
