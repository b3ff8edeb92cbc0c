import { PurseError, type ErrorCode, type ErrorDetails, type PurseErrorInfo } from './errors';
import { isQuotaExceeded, storageFull } from './storage-errors';

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Fail = { readonly ok: false; readonly error: PurseErrorInfo };
/** The envelope every call returns across IPC and RPC. */
export type Result<T> = Ok<T> | Fail;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: ErrorDetails): Fail {
  return { ok: false, error: { code, message, ...(details ? { details } : {}) } };
}

/**
 * Turns anything thrown into a Fail. A full disk or quota becomes STORAGE_FULL; other
 * unknown errors become INTERNAL with a generic message so that stack traces and secrets
 * never leave the process.
 */
export function toFail(thrown: unknown): Fail {
  if (thrown instanceof PurseError) return { ok: false, error: thrown.toInfo() };
  if (isQuotaExceeded(thrown)) return { ok: false, error: storageFull().toInfo() };
  return fail('INTERNAL', 'Something went wrong. Nothing was changed.');
}

/** Runs `work` and wraps its outcome; never throws. */
export async function settle<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (thrown) {
    return toFail(thrown);
  }
}

/** Unwraps a Result, rethrowing its error as a PurseError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { code, message, details, issues } = result.error;
  throw new PurseError(code, message, details, issues);
}
