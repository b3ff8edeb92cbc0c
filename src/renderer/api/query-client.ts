import { QueryClient } from '@tanstack/react-query';
import type { PurseError } from '../../shared/errors';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: PurseError;
  }
}

/** Only a bridge that is momentarily unavailable is worth retrying; refusals are final. */
function shouldRetry(failureCount: number, error: PurseError): boolean {
  return error.code === 'UNAVAILABLE' && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
