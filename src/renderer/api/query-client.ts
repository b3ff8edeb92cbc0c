import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { PurseError } from '../../shared/errors';
import type { SecurityStatus } from '../../shared/security';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: PurseError;
  }
}

/** Only a bridge that is momentarily unavailable is worth retrying; refusals are final. */
function shouldRetry(failureCount: number, error: PurseError): boolean {
  return error.code === 'UNAVAILABLE' && failureCount < 2;
}

/**
 * Any call answering APP_LOCKED (the idle timer ran out, another window locked) means the
 * app is locked now: mark the cached status locked at once, so the shell swaps to the lock
 * screen, and ask the gateway for the real status behind it.
 */
function noticeLocked(client: QueryClient, error: unknown): void {
  if ((error as Partial<PurseError> | null)?.code !== 'APP_LOCKED') return;
  client.setQueryData<SecurityStatus>(['security.status'], (status) =>
    status && !status.appLocked ? { ...status, appLocked: true } : status,
  );
  void client.invalidateQueries({ queryKey: ['security.status'] });
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => noticeLocked(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => noticeLocked(client, error) }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      // PINs and codes travel as mutation variables: keep no finished mutation around.
      mutations: { retry: false, gcTime: 0 },
    },
  });
  return client;
}
