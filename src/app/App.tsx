import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { DatasetView } from './DatasetView.tsx';

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <DatasetView />
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
