import { PurseError } from '../../shared/errors';
import type { SecretStore } from './secret-store';

export const DATA_KEY_SECRET = 'data-key';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface DataKeyOptions {
  /**
   * Whether a missing key may be made. False when a ledger sealed with an earlier key may
   * exist: a second key could never open it.
   */
  readonly mayCreate?: boolean;
  /** Called once a new key is stored, to record where it lives. */
  readonly onCreated?: () => Promise<void>;
}

/**
 * The 256-bit key that seals the ledger at rest: made once, kept only in the keychain, and
 * handed to the ledger host at start. A damaged entry is an error, never a silent new key,
 * and so is a missing one for a ledger that already exists.
 */
export async function loadOrCreateDataKey(
  secrets: SecretStore,
  options: DataKeyOptions = {},
): Promise<Uint8Array> {
  const stored = await secrets.get(DATA_KEY_SECRET);
  if (stored !== null) {
    const key = Uint8Array.from(atob(stored), (char) => char.charCodeAt(0));
    if (key.length !== 32)
      throw new PurseError('DATA_CORRUPT', 'The data key in the keychain is damaged.');
    return key;
  }
  if (options.mayCreate === false) {
    throw new PurseError(
      'KEYCHAIN_UNAVAILABLE',
      'The key that opens this ledger is not in the keychain Purse can reach now. Unlock the keychain that holds it, then restart Purse.',
      { store: secrets.kind },
    );
  }
  const key = crypto.getRandomValues(new Uint8Array(32));
  await secrets.set(DATA_KEY_SECRET, toBase64(key));
  await options.onCreated?.();
  return key;
}
