import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import type { PurseError } from '../../shared/errors';
import { asPurseError, callPurse } from './call-purse';
import type { QueryMethod } from '../../shared/contract';

/** The cache key of a read: the method name first, so a write can invalidate by method. */
export function purseQueryKey<M extends QueryMethod>(method: M, input?: MethodInput<M>) {
  return input === undefined ? ([method] as const) : ([method, input] as const);
}

export interface PurseQueryOptions {
  readonly enabled?: boolean;
  /** Polls every so many milliseconds (the lock gate watches the security status). */
  readonly refetchInterval?: number;
  /** Keeps polling while the window is hidden. */
  readonly refetchIntervalInBackground?: boolean;
}

/** Reads through window.purse: data, or a PurseError with a stable `code`. */
export function usePurseQuery<M extends QueryMethod>(
  method: M,
  input?: MethodInput<M>,
  options: PurseQueryOptions = {},
): UseQueryResult<MethodOutput<M>, PurseError> {
  return useQuery<MethodOutput<M>, PurseError>({
    queryKey: purseQueryKey(method, input),
    queryFn: async () => {
      try {
        return await callPurse(method, input);
      } catch (thrown) {
        throw asPurseError(thrown);
      }
    },
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    ...(options.refetchInterval === undefined ? {} : { refetchInterval: options.refetchInterval }),
    ...(options.refetchIntervalInBackground === undefined
      ? {}
      : { refetchIntervalInBackground: options.refetchIntervalInBackground }),
  });
}
