import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyItems } from './lazy-items.tsx';

function Items({ name }: { name: string }) {
  return <button type="button">{name}</button>;
}

describe('lazyItems', () => {
  it('shows the items once fetched, and a failed fetch says so and is asked again next time', async () => {
    let attempts = 0;
    const { Items: Lazy } = lazyItems(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Items);
    });
    const menu = () => (
      <Suspense fallback={null}>
        <Lazy name="Events as CSV" />
      </Suspense>
    );
    const first = render(menu());
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The file could not be prepared: check the connection and try again.',
    );
    first.unmount();
    // The menu opened again: the items are fetched anew, and arrive.
    await act(async () => {
      render(menu());
    });
    expect(await screen.findByRole('button', { name: 'Events as CSV' })).toBeVisible();
    expect(attempts).toBe(2);
  });
});
