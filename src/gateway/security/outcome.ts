import type { PurseError } from '../../shared/errors';

/** A decision taken inside a serialised auth-state update, thrown only once it is saved. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PurseError };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = (error: PurseError): Outcome<never> => ({ ok: false, error });

export function unwrapOutcome<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
