import type { QueryClient } from '@tanstack/react-query';
import type { SecurityStatus } from '../../shared/security';
import { usePurseMutation } from './use-purse-mutation';
import { purseQueryKey, usePurseQuery } from './use-purse-query';

/** How often the gate asks whether the app locked itself (idle timeout) without a click. */
export const STATUS_POLL_MS = 20_000;

/** PIN set? Locked? 2FA? The one public read the lock gate and Security screen share. */
export function useSecurityStatus(options: { readonly poll?: boolean } = {}) {
  return usePurseQuery(
    'security.status',
    undefined,
    options.poll ? { refetchInterval: STATUS_POLL_MS, refetchIntervalInBackground: true } : {},
  );
}

/** Writes that answer the new status put it in the cache straight away. */
export function applyStatus(queryClient: QueryClient, status: SecurityStatus): void {
  queryClient.setQueryData(purseQueryKey('security.status'), status);
}

type StatusMethod =
  | 'security.unlock'
  | 'security.unlockBiometric'
  | 'security.lock'
  | 'security.recover'
  | 'security.changePin'
  | 'security.setIdleTimeout'
  | 'security.setBiometric'
  | 'security.totpConfirm'
  | 'security.totpDisable';

/** A security write whose answer is the new status. */
export function useStatusMutation<M extends StatusMethod>(
  method: M,
  onSuccess?: (status: SecurityStatus) => void,
) {
  return usePurseMutation(method, {
    applyToCache: applyStatus,
    ...(onSuccess ? { onSuccess } : {}),
  });
}

/** Locks Purse now (Ctrl+L, the Lock button). */
export function useLockNow() {
  return useStatusMutation('security.lock');
}
