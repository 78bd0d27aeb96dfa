import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { DownloadMenu } from './DownloadMenu.tsx';

const dataset = letterDataset();

function renderMenu(
  sourceFile = { href: 'data/letter.txt', name: 'letter.txt', sha256: 'ab'.repeat(32) },
) {
  renderWithProviders(
    <DownloadMenu
      dataset={dataset}
      shortName="letter"
      selection={{ events: dataset.events }}
      eventLink={(id) => `http://app.test/?event=${id}`}
      viewLink={() => 'http://app.test/'}
      sourceFile={sourceFile}
    />,
  );
  return screen.getByRole('button', { name: 'Download' });
}

describe('DownloadMenu', () => {
  it('opens its items from a button that says so, and Esc closes them and gives focus back', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Events as CSV' })).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const csv = screen.getByRole('button', { name: 'Events as CSV' });
    expect(screen.getByRole('button', { name: 'Dataset as JSON' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Source file' })).toHaveAttribute(
      'href',
      'data/letter.txt',
    );
    expect(screen.getByRole('link', { name: 'Source file' })).toHaveAttribute(
      'download',
      'letter.txt',
    );
    expect(screen.getByText('ab'.repeat(32))).toBeVisible();

    // The app's own Esc (closing the open event) listens on the window: it must not run too.
    const appEscape = vi.fn();
    const onKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) appEscape();
    };
    window.addEventListener('keydown', onKey);
    csv.focus();
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', onKey);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(appEscape).not.toHaveBeenCalled();
  });

  it('closes when the reader clicks elsewhere', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    await user.click(button);
    await user.click(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers no source file when the dataset names none', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <DownloadMenu
        dataset={dataset}
        shortName="letter"
        selection={{ events: dataset.events, filter: { description: 'kind: Violence' } }}
        eventLink={(id) => id}
        viewLink={() => ''}
        sourceFile={undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(screen.queryByRole('link', { name: 'Source file' })).toBeNull();
    const count = dataset.events.length;
    expect(screen.getByText(new RegExp(`${count} events of ${count}, filtered`))).toBeVisible();
  });
});
