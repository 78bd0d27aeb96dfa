import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HydrationGate } from './HydrationGate.tsx';

const app = (onClick: () => void) => (
  <HydrationGate>
    <button type="button" onClick={onClick}>
      Download
    </button>
    <a href="letter/">Read the letter</a>
  </HydrationGate>
);

describe('HydrationGate', () => {
  it('writes the page with its controls disabled, and enables them once the app has taken it over', async () => {
    const onClick = vi.fn();
    // The page as the prerender writes it (parsed, as a browser reads the page's HTML).
    const page = new DOMParser().parseFromString(
      `<div id="root">${renderToString(app(onClick))}</div>`,
      'text/html',
    );
    const container = document.adoptNode(page.getElementById('root') as HTMLElement);
    document.body.append(container);
    const button = container.querySelector('button');
    // Before the app runs: the button cannot be pressed; the link is a link.
    expect(button).toBeDisabled();
    expect(container.querySelector('a')).toHaveAttribute('href', 'letter/');

    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, app(onClick), { onRecoverableError: recoverable });
      await Promise.resolve();
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(button).toBeEnabled();
    expect(container.querySelector('button')).toBe(button);
    button?.click();
    expect(onClick).toHaveBeenCalledOnce();
    container.remove();
  });
});
