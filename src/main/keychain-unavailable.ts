import { PurseError } from '../shared/errors';
import type { SecretStore } from './gateway/security/secret-store';

/**
 * Stands in when no keychain answers (see chooseSecretStore): every use fails with
 * KEYCHAIN_UNAVAILABLE, so the UI can explain how to enable a keyring. Nothing is stored.
 */
export function keychainUnavailable(): SecretStore {
  const refuse = () =>
    Promise.reject(
      new PurseError(
        'KEYCHAIN_UNAVAILABLE',
        'No system keychain is available. Enable a keyring, then restart Purse.',
      ),
    );
  return { kind: 'os-keychain', get: refuse, set: refuse, delete: refuse };
}
