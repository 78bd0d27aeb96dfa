import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../i18n/i18n.ts';
import { FiltersDisclosure } from './FiltersDisclosure.tsx';

/** A browser as wide as `width`, as far as `(min-width: …)` queries go. */
function screenWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    return {
      matches: min !== null && width >= Number(min[1]),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
  });
}

function renderFilters(active = 0, status = '') {
  render(
    <FiltersDisclosure active={active} status={status}>
      <input type="search" aria-label="Search events" />
    </FiltersDisclosure>,
  );
  return screen.getByRole('button', { name: /^Filters/ });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FiltersDisclosure', () => {
  it('is open on a wide screen and closed on a phone, and the reader can switch it', async () => {
    screenWidth(1280);
    const wide = renderFilters();
    expect(wide).toHaveAttribute('aria-expanded', 'true');
    expect(wide.closest('.filters')).not.toHaveClass('is-closed');
    await userEvent.click(wide);
    expect(wide).toHaveAttribute('aria-expanded', 'false');
    expect(wide.closest('.filters')).toHaveClass('is-closed');
  });

  it('starts closed on a phone, with the body controlled by its button', async () => {
    screenWidth(390);
    const button = renderFilters();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleName('Filters');
    const body = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(body).toContainElement(screen.getByRole('searchbox', { name: 'Search events' }));
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button.closest('.filters')).toHaveClass('is-open');
  });

  it('starts open on a phone when the link narrows the view, and says how many filters are on', () => {
    screenWidth(390);
    const button = renderFilters(2);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Filters (2 active)');
    expect(button.closest('.filters')).toHaveClass('is-open');
  });

  it('shows a short count in Russian, so the toolbar keeps one row, and keeps its name', async () => {
    screenWidth(1280);
    await act(() => activateLanguage('ru'));
    try {
      render(
        <FiltersDisclosure active={1} status="">
          <input type="search" aria-label="Поиск по событиям" />
        </FiltersDisclosure>,
      );
      const button = screen.getByRole('button', { name: /^Фильтры/ });
      expect(button).toHaveAccessibleName('Фильтры (включено: 1)');
      expect(button).toHaveTextContent(/^Фильтры\s\(1\)$/);
    } finally {
      await act(() => activateLanguage('en'));
    }
  });

  it('keeps its status outside the part it hides, so the count is said while it is closed', () => {
    screenWidth(390);
    const button = renderFilters(0, '5 of 18 events');
    const body = document.getElementById(button.getAttribute('aria-controls') ?? '');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('5 of 18 events');
    expect(body).not.toContainElement(status);
  });
});
