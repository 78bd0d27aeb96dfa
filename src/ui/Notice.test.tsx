import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Notice } from './Notice.tsx';

describe('Notice', () => {
  it('puts its status region in place empty and its words in a frame later, so they are announced', async () => {
    const onDismiss = vi.fn();
    render(<Notice onDismiss={onDismiss}>The event “x” was not found.</Notice>);
    const status = screen.getByRole('status');
    expect(status.querySelector('p')).toBeEmptyDOMElement();
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(status.querySelector('p')).toHaveTextContent('The event “x” was not found.');
    await userEvent.setup().click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
