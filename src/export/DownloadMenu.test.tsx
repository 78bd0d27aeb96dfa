import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { DownloadMenu } from './DownloadMenu.tsx';

const dataset = letterDataset();

/** The keys that reach the app's root, where its shortcuts listen. */
const appKeys: string[] = [];

function renderMenu(
  sourceFile = { href: 'data/letter.txt', name: 'letter.txt', sha256: 'ab'.repeat(32) },
) {
  appKeys.length = 0;
  renderWithProviders(
    <div onKeyDown={(event) => appKeys.push(event.key)}>
      <DownloadMenu
        dataset={dataset}
        shortName="letter"
        selection={{ events: dataset.events }}
        eventLink={(id) => `http://app.test/?event=${id}`}
        viewLink={() => 'http://app.test/'}
        sourceFile={sourceFile}
      />
    </div>,
  );
  return screen.getByRole('button', { name: 'Download data' });
}

describe('DownloadMenu', () => {
  it('opens its items from a button that says so, and Esc closes them and gives focus back', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Events as CSV' })).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const csv = await screen.findByRole('button', { name: 'Events as CSV' });
    expect(screen.getByRole('button', { name: 'Dataset as JSON' })).toBeVisible();
    // It says what it drops: a dataset's own fields outside the format are not kept.
    expect(
      screen.getByText(/fields the format does not define are left out/, { exact: false }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Source file' })).toHaveAttribute(
      'href',
      'data/letter.txt',
    );
    expect(screen.getByRole('link', { name: 'Source file' })).toHaveAttribute(
      'download',
      'letter.txt',
    );
    expect(screen.getByText('ab'.repeat(32))).toBeVisible();

    // While it is open, its keys are its own: the app's shortcuts (← → step events, Esc
    // closes the open event) listen on the app's root and must not run behind it.
    csv.focus();
    await user.keyboard('{ArrowRight}{ArrowLeft}{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(appKeys).toEqual([]);
    // Closed, the keys go on to the app.
    await user.keyboard('{ArrowRight}');
    expect(appKeys).toEqual(['ArrowRight']);
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
    await user.click(screen.getByRole('button', { name: 'Download data' }));
    const count = dataset.events.length;
    expect(
      await screen.findByText(new RegExp(`${count} events of ${count}, filtered`)),
    ).toBeVisible();
    // Asked once the items are there, so that the absence is the menu's, not the download's.
    expect(screen.queryByRole('link', { name: 'Source file' })).toBeNull();
  });
});
