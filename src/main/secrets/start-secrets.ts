import { loadOrCreateDataKey } from '../../gateway/security/data-key';
import type { SecretStore } from '../../gateway/security/secret-store';
import { keychainUnavailable } from '../keychain-unavailable';
import { chooseSecretStore, type ChooseSecretStoreOptions } from './choose-secret-store';

export interface StartedSecrets {
  /** The store the gateway keeps the PIN and two-factor state in. */
  readonly secrets: SecretStore;
  /** The ledger's data key: the existing one, or a new one only for a new ledger. */
  readonly dataKey: () => Promise<Uint8Array>;
}

/** The secrets of one start of the app: the store that holds them, and the data key. */
export async function startSecrets(options: ChooseSecretStoreOptions): Promise<StartedSecrets> {
  const choice = await chooseSecretStore(options);
  const secrets = choice.store ?? keychainUnavailable(choice.keptIn);
  return {
    secrets,
    dataKey: () =>
      loadOrCreateDataKey(secrets, { mayCreate: choice.mayMakeKey, onCreated: choice.keyMade }),
  };
}
