import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { PurseError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { unwrap } from '../../shared/result';

type AnyMethod = (input?: unknown) => Promise<Result<unknown>>;

/**
 * Calls `window.purse` by contract method name and unwraps the Result envelope: the value,
 * or a thrown PurseError carrying the stable `code` the UI translates.
 */
export async function callPurse<M extends MethodName>(
  method: M,
  input?: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const [domain, verb] = method.split('.') as [string, string];
  const api = (globalThis as { purse?: unknown }).purse as
    Record<string, Record<string, AnyMethod | undefined> | undefined> | undefined;
  const fn = api?.[domain]?.[verb];
  if (!fn) throw new PurseError('UNAVAILABLE', 'Purse is not connected to its ledger.');
  let result: Result<unknown>;
  try {
    result = await fn(input);
  } catch {
    // The bridge itself failed (IPC closed, host gone): nothing reached the ledger.
    throw new PurseError('UNAVAILABLE', 'Purse could not reach its ledger.');
  }
  return unwrap(result) as MethodOutput<M>;
}

/** Anything caught from a call, as a PurseError (unknown throws become INTERNAL). */
export function asPurseError(thrown: unknown): PurseError {
  if (thrown instanceof PurseError) return thrown;
  return new PurseError('INTERNAL', 'Something went wrong. Nothing was changed.');
}
