import { usePurseMutation } from './use-purse-mutation';
import { purseQueryKey, usePurseQuery } from './use-purse-query';

export function useSettings() {
  return usePurseQuery('settings.get');
}

/** Saves a setting and shows it at once (the ledger returns the full settings). */
export function useUpdateSettings() {
  return usePurseMutation('settings.update', {
    applyToCache: (queryClient, settings) =>
      queryClient.setQueryData(purseQueryKey('settings.get'), settings),
  });
}
