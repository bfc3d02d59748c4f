// One QueryClient for the window. Refused calls (bad input, not found, conflict) are answers, not
// transient faults, so they are not retried; only unexpected failures get a second try.
import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from './errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof ApiCallError && error.apiError.code !== 'internal'),
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}
