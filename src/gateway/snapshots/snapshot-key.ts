import { PurseError } from '../../shared/errors';
import type { SecretStore } from '../security/secret-store';

export const SNAPSHOT_KEY_SECRET = 'snapshot-key';

/**
 * The 256-bit key that seals automatic snapshots, kept in the keychain beside the data key,
 * so a snapshot needs no passphrase and opens on this computer only. Made with the first
 * snapshot; handed to the ledger as base64. A damaged entry is an error, never a new key,
 * which could not open the snapshots already made.
 */
export async function snapshotKey(
  secrets: SecretStore,
  options: { readonly mayCreate: boolean },
): Promise<string | null> {
  const stored = await secrets.get(SNAPSHOT_KEY_SECRET);
  if (stored !== null) {
    if (!/^[A-Za-z0-9+/]{43}=$/.test(stored))
      throw new PurseError('DATA_CORRUPT', 'The snapshot key in the keychain is damaged.');
    return stored;
  }
  if (!options.mayCreate) return null;
  const key = crypto.getRandomValues(new Uint8Array(32));
  const text = btoa(String.fromCharCode(...key));
  await secrets.set(SNAPSHOT_KEY_SECRET, text);
  return text;
}
