import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { prepareDataset, type PreparedDataset } from '../dataset/prepare-dataset.ts';
import { readLetterDataset } from './letter.ts';

/** Renders with a fresh QueryClient that does not retry, at the given URL. */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}

export function letterDataset(): PreparedDataset {
  return prepareDataset(readLetterDataset());
}

/** A wrapper for `renderHook` that gives a fresh QueryClient that does not retry. */
export function withQueryClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return function Providers({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  };
}
