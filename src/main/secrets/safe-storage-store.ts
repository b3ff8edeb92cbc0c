import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { PurseError } from '../../shared/errors';
import type { SecretStore } from '../../gateway/security/secret-store';
import { serial } from '../../gateway/security/serial';

/** The part of Electron's safeStorage Purse uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Whether safeStorage protects data with a real key. On Linux `basic_text` means a
 * hard-coded password: no better than plain text, so Purse refuses it.
 */
export function safeStorageIsReal(safeStorage: SafeStorageLike, platform: string): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (platform !== 'linux') return true;
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  return backend !== 'basic_text' && backend !== 'unknown';
}

/**
 * Secrets in one file in userData, each value encrypted by safeStorage (Keychain, DPAPI or
 * kwallet/libsecret underneath). Written atomically: a crash leaves the old file whole.
 */
export function createSafeStorageStore(safeStorage: SafeStorageLike, file: string): SecretStore {
  const load = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new PurseError('KEYCHAIN_UNAVAILABLE', 'The encrypted secrets file cannot be read.');
    }
  };
  const save = async (entries: Record<string, string>) => {
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, JSON.stringify(entries), { mode: 0o600 });
    await rename(temp, file);
  };
  const oneAtATime = serial();
  return {
    kind: 'safe-storage',
    get: (name) =>
      oneAtATime(async () => {
        const sealed = (await load())[name];
        if (sealed === undefined) return null;
        try {
          return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
        } catch {
          throw new PurseError(
            'KEYCHAIN_UNAVAILABLE',
            'A secret could not be decrypted by the OS.',
          );
        }
      }),
    set: (name, value) =>
      oneAtATime(async () => {
        const entries = await load();
        entries[name] = safeStorage.encryptString(value).toString('base64');
        await save(entries);
      }),
    delete: (name) =>
      oneAtATime(async () => {
        const entries = await load();
        delete entries[name];
        await save(entries);
      }),
  };
}
