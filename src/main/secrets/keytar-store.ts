import { PurseError } from '../../shared/errors';
import type { SecretStore } from '../../gateway/security/secret-store';

export const KEYCHAIN_SERVICE = 'Purse';

/** The part of keytar Purse uses. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

function unavailable(): PurseError {
  return new PurseError(
    'KEYCHAIN_UNAVAILABLE',
    'The system keychain did not answer. Unlock your keyring (or log in again) and retry.',
  );
}

/** Secrets in the OS keychain: macOS Keychain, Windows Credential Vault, Secret Service. */
export function createKeytarStore(keytar: KeytarLike, service = KEYCHAIN_SERVICE): SecretStore {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch {
      throw unavailable();
    }
  };
  return {
    kind: 'os-keychain',
    get: (name) => guard(() => keytar.getPassword(service, name)),
    set: (name, value) => guard(() => keytar.setPassword(service, name, value)),
    delete: (name) => guard(async () => void (await keytar.deletePassword(service, name))),
  };
}
