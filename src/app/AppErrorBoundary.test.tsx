import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render-with-providers.tsx';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';

const LINK = '/?event=jmg-office-arson&start=2014-12-01&end=2014-12-20';

function Crash({ error }: { error: unknown }): never {
  throw error;
}

describe('AppErrorBoundary', () => {
  beforeEach(() => {
    // React reports the caught error on the console, and the boundary logs it too.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('shows a view that crashes while rendering as a message, with a Reload of the page as it stands', async () => {
    const reload = vi.fn();
    renderWithProviders(
      <AppErrorBoundary reload={reload}>
        <Crash error={new Error('the timeline could not be drawn')} />
      </AppErrorBoundary>,
      { url: LINK },
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This view could not be shown');
    expect(alert).toHaveTextContent(
      'Something went wrong while showing this view (the timeline could not be drawn). Reloading keeps this link.',
    );
    expect(console.warn).toHaveBeenCalledWith(
      'Source Timeline could not show this view:',
      expect.any(Error),
      expect.any(String),
    );

    // A reload of the same address keeps the reader's place; nothing else is navigated to.
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(`${window.location.pathname}${window.location.search}`).toBe(LINK);
  });

  it('always offers the default dataset, at this page without the link that crashed', async () => {
    const open = vi.fn();
    renderWithProviders(
      <AppErrorBoundary reload={vi.fn()} open={open}>
        <Crash error={new Error('crashes on every load')} />
      </AppErrorBoundary>,
      { url: `/?data=crash.json&event=constructor#top` },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load the default dataset' }));
    expect(open).toHaveBeenCalledWith(`${window.location.origin}/`);
  });

  it('shows a thrown value that is not an Error, and hostile text in it as text', () => {
    const { container } = renderWithProviders(
      <AppErrorBoundary reload={vi.fn()}>
        <Crash error={'<img src=x onerror="alert(1)">'} />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('(<img src=x onerror="alert(1)">)');
    expect(container.querySelector('img')).toBeNull();
  });

  it('renders its children untouched when nothing crashes', () => {
    renderWithProviders(
      <AppErrorBoundary>
        <p>The timeline</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('The timeline')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
