import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationResult,
} from '@tanstack/react-query';
import {
  contract,
  type MethodInput,
  type MethodOutput,
  type MutationMethod,
} from '../../shared/contract';
import type { PurseError } from '../../shared/errors';
import { asPurseError, callPurse } from './call-purse';

export interface PurseMutationOptions<M extends MutationMethod> {
  /** Puts what the write returned straight into the cache, before stale reads refetch. */
  readonly applyToCache?: (queryClient: QueryClient, data: MethodOutput<M>) => void;
  /** Runs once every stale read has been refetched, so the screen already shows the change. */
  readonly onSuccess?: (data: MethodOutput<M>, input: MethodInput<M>) => void;
}

/** Writes through window.purse, then invalidates every read the write makes stale. */
export function usePurseMutation<M extends MutationMethod>(
  method: M,
  options: PurseMutationOptions<M> = {},
): UseMutationResult<MethodOutput<M>, PurseError, MethodInput<M>> {
  const queryClient = useQueryClient();
  const { onSuccess, applyToCache } = options;
  return useMutation<MethodOutput<M>, PurseError, MethodInput<M>>({
    mutationFn: async (input) => {
      try {
        return await callPurse(method, input);
      } catch (thrown) {
        throw asPurseError(thrown);
      }
    },
    onSuccess: async (data, input) => {
      applyToCache?.(queryClient, data);
      const stale: readonly string[] | 'all' = contract[method].stale;
      await (stale === 'all'
        ? queryClient.invalidateQueries()
        : Promise.all(stale.map((name) => queryClient.invalidateQueries({ queryKey: [name] }))));
      onSuccess?.(data, input);
    },
  });
}
