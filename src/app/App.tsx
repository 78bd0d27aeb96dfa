import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { datasetQuery } from '../dataset/load/dataset-query.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { DatasetView } from './DatasetView.tsx';
import { LanguageProvider } from './LanguageProvider.tsx';
import { HydrationGate } from '../ui/HydrationGate.tsx';

/** A dataset the page already holds (a prerendered page embeds it), so it is never fetched again. */
export interface DatasetSeed {
  path: string;
  dataset: PreparedDataset;
}

export function App({ seed }: { seed?: DatasetSeed | undefined }) {
  const [queryClient] = useState(() => {
    const client = new QueryClient();
    if (seed)
      client.setQueryData(datasetQuery(seed.path, seed.path, 'page').queryKey, seed.dataset);
    return client;
  });
  return (
    <LanguageProvider>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <HydrationGate>
            <DatasetView />
          </HydrationGate>
        </QueryClientProvider>
      </AppErrorBoundary>
    </LanguageProvider>
  );
}
