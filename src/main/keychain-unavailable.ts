import { PurseError } from '../shared/errors';
import type { SecretStore } from '../gateway/security/secret-store';
import type { StoreKind } from './secrets/secret-home';

/**
 * Stands in when no keychain answers (see chooseSecretStore): every use fails with
 * KEYCHAIN_UNAVAILABLE, so the UI can explain how to enable a keyring, or which store holds
 * this ledger's key. Nothing is stored.
 */
export function keychainUnavailable(keptIn?: StoreKind): SecretStore {
  const refuse = () =>
    Promise.reject(
      keptIn
        ? new PurseError(
            'KEYCHAIN_UNAVAILABLE',
            `The key that opens this ledger is kept in the ${keptIn === 'os-keychain' ? 'system keychain' : 'safeStorage file'}, which did not answer. Unlock it, then restart Purse.`,
            { store: keptIn },
          )
        : new PurseError(
            'KEYCHAIN_UNAVAILABLE',
            'No system keychain is available. Enable a keyring, then restart Purse.',
          ),
    );
  return { kind: keptIn ?? 'os-keychain', get: refuse, set: refuse, delete: refuse };
}
