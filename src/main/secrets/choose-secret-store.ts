import type { SecretStore } from '../gateway/security/secret-store';
import { createKeytarStore, type KeytarLike } from './keytar-store';
import {
  createSafeStorageStore,
  safeStorageIsReal,
  type SafeStorageLike,
} from './safe-storage-store';

export interface SecretStoreChoice {
  readonly store: SecretStore | null;
  /** Why the keychain could not be used, for the "enable a keyring" screen. */
  readonly problem?: 'no-keychain';
}

const PROBE = 'probe';

/**
 * The OS keychain through keytar when it loads and answers; else Electron safeStorage when
 * it has a real backend; else nothing, and the UI explains how to enable a keyring. Never a
 * plain-text file.
 */
export async function chooseSecretStore(options: {
  readonly loadKeytar: () => Promise<KeytarLike>;
  readonly safeStorage: SafeStorageLike;
  readonly platform: string;
  readonly fallbackFile: string;
}): Promise<SecretStoreChoice> {
  try {
    const keytar = await options.loadKeytar();
    const store = createKeytarStore(keytar);
    await store.get(PROBE);
    return { store };
  } catch {
    // keytar is missing, failed to load, or no Secret Service answered: try the fallback.
  }
  if (safeStorageIsReal(options.safeStorage, options.platform)) {
    return { store: createSafeStorageStore(options.safeStorage, options.fallbackFile) };
  }
  return { store: null, problem: 'no-keychain' };
}
