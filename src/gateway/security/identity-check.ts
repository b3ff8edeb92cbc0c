import type { LedgerInternalApi } from '../../shared/contract';

/**
 * The PIN reset's identity check against the real-name verification in the ledger. Only
 * yes or no comes back: the stored name and ID number never reach main or the UI this way.
 */
export interface IdentityCheck {
  verified(): Promise<boolean>;
  matches(typed: { readonly name: string; readonly number: string }): Promise<boolean>;
}

export function ledgerIdentityCheck(
  internal: Pick<LedgerInternalApi, 'identity.verified' | 'identity.matches'>,
): IdentityCheck {
  return {
    verified: () => internal['identity.verified']({}),
    matches: (typed) => internal['identity.matches']({ name: typed.name, number: typed.number }),
  };
}

/** For a platform with no ledger identity (tests of the PIN alone). */
export const noIdentity: IdentityCheck = {
  verified: () => Promise.resolve(false),
  matches: () => Promise.resolve(false),
};
