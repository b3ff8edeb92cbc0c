import { PurseError } from '../../../shared/errors';
import type { SecretStore } from './secret-store';

export const DATA_KEY_SECRET = 'data-key';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The 256-bit key that seals the ledger at rest: made once, kept only in the keychain, and
 * handed to the ledger host at start. A damaged entry is an error, never a silent new key.
 */
export async function loadOrCreateDataKey(secrets: SecretStore): Promise<Uint8Array> {
  const stored = await secrets.get(DATA_KEY_SECRET);
  if (stored !== null) {
    const key = Uint8Array.from(atob(stored), (char) => char.charCodeAt(0));
    if (key.length !== 32)
      throw new PurseError('DATA_CORRUPT', 'The data key in the keychain is damaged.');
    return key;
  }
  const key = crypto.getRandomValues(new Uint8Array(32));
  await secrets.set(DATA_KEY_SECRET, toBase64(key));
  return key;
}
