import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from './fetchData';

export interface QueryClientOptions {
  /** Automatic retries of failed reads; tests turn them off to see the error state at once. */
  retry?: boolean;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const retry = options.retry ?? true;
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data files are immutable within one build, so a cached answer never goes stale.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => retry && !isNotFound(error) && failureCount < 2,
      },
    },
  });
}
