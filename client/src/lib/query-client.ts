// React Query defaults, set once: calm refetching, retries only for transient failures, and a lost session
// (401, or a stale CSRF token) sends the app back to its session check.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionKeys } from './auth/session-keys.ts';
import { ApiError } from './api-client.ts';

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

function recheckSessionOn(error: unknown) {
  if (error instanceof ApiError && (error.status === 401 || (error.status === 403 && error.code === 'csrf'))) {
    void queryClient.invalidateQueries({ queryKey: sessionKeys.current() });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: recheckSessionOn }),
  mutationCache: new MutationCache({ onError: recheckSessionOn }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => failureCount < 2 && isTransient(error),
    },
    mutations: {
      retry: false,
    },
  },
});
