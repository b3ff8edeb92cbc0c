import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateDataKey } from '../../../../src/main/gateway/security/data-key';
import { createSecretHasher, nobleScrypt } from '../../../../src/main/gateway/security/pin-hasher';
import { chooseSecretStore } from '../../../../src/main/secrets/choose-secret-store';
import { createKeytarStore, type KeytarLike } from '../../../../src/main/secrets/keytar-store';
import { nodeScrypt } from '../../../../src/main/secrets/node-scrypt';
import {
  createSafeStorageStore,
  type SafeStorageLike,
} from '../../../../src/main/secrets/safe-storage-store';
import { MemorySecretStore } from '../../../support/memory-secret-store';

/** A stand-in for Electron's safeStorage: reversible, but visibly not plain text. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.from(`enc:${Buffer.from(plain).toString('hex')}`),
    decryptString: (sealed) => Buffer.from(sealed.toString().slice(4), 'hex').toString(),
  };
}

class FakeKeytar implements KeytarLike {
  readonly values = new Map<string, string>();
  broken = false;
  getPassword(service: string, account: string) {
    if (this.broken) return Promise.reject(new Error('org.freedesktop.DBus.Error.ServiceUnknown'));
    return Promise.resolve(this.values.get(`${service}/${account}`) ?? null);
  }
  setPassword(service: string, account: string, password: string) {
    if (this.broken) return Promise.reject(new Error('no keyring'));
    this.values.set(`${service}/${account}`, password);
    return Promise.resolve();
  }
  deletePassword(service: string, account: string) {
    return Promise.resolve(this.values.delete(`${service}/${account}`));
  }
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function tempFile() {
  dir = mkdtempSync(join(tmpdir(), 'purse-secrets-'));
  return join(dir, 'secrets.json');
}

describe('chooseSecretStore', () => {
  it('uses the OS keychain through keytar when it answers, under the service name "Purse"', async () => {
    const keytar = new FakeKeytar();
    const choice = await chooseSecretStore({
      loadKeytar: () => Promise.resolve(keytar),
      safeStorage: fakeSafeStorage('gnome_libsecret'),
      platform: 'linux',
      fallbackFile: tempFile(),
    });
    expect(choice.store?.kind).toBe('os-keychain');
    await choice.store!.set('data-key', 'abc');
    expect(keytar.values.get('Purse/data-key')).toBe('abc');
  });

  it('falls back to safeStorage when keytar fails to load or no Secret Service answers', async () => {
    const broken = new FakeKeytar();
    broken.broken = true;
    for (const loadKeytar of [
      () => Promise.reject(new Error('Cannot find module keytar')),
      () => Promise.resolve(broken),
    ]) {
      const choice = await chooseSecretStore({
        loadKeytar,
        safeStorage: fakeSafeStorage('kwallet5'),
        platform: 'linux',
        fallbackFile: tempFile(),
      });
      expect(choice.store?.kind).toBe('safe-storage');
    }
  });

  it("refuses Linux's basic_text backend and an unavailable safeStorage: no store, a problem to show", async () => {
    for (const safeStorage of [
      fakeSafeStorage('basic_text'),
      fakeSafeStorage('gnome_libsecret', false),
    ]) {
      const choice = await chooseSecretStore({
        loadKeytar: () => Promise.reject(new Error('no keytar')),
        safeStorage,
        platform: 'linux',
        fallbackFile: tempFile(),
      });
      expect(choice).toEqual({ store: null, problem: 'no-keychain' });
    }
  });
});

describe('safeStorage store', () => {
  it('writes only encrypted values to its file and reads them back', async () => {
    const file = tempFile();
    const store = createSafeStorageStore(fakeSafeStorage('kwallet5'), file);
    await store.set('auth-state', '{"pinHash":"scrypt$secret"}');
    await store.set('data-key', 'S3CR3T-KEY');
    expect(readFileSync(file, 'utf8')).not.toMatch(/S3CR3T|scrypt/);
    expect(await store.get('data-key')).toBe('S3CR3T-KEY');
    await store.delete('data-key');
    expect(await store.get('data-key')).toBeNull();
    expect(await store.get('auth-state')).toBe('{"pinHash":"scrypt$secret"}');
  });
});

describe('keytar store', () => {
  it('turns any keychain failure into KEYCHAIN_UNAVAILABLE without leaking the OS message', async () => {
    const keytar = new FakeKeytar();
    keytar.broken = true;
    const store = createKeytarStore(keytar);
    const error = await store.get('data-key').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(String((error as Error).message)).not.toContain('DBus');
  });
});

describe('loadOrCreateDataKey', () => {
  it('makes a 256-bit key once and returns the same key afterwards', async () => {
    const secrets = new MemorySecretStore();
    const first = await loadOrCreateDataKey(secrets);
    expect(first).toHaveLength(32);
    expect(await loadOrCreateDataKey(secrets)).toEqual(first);
  });

  it('refuses a damaged key instead of silently making a new one', async () => {
    const secrets = new MemorySecretStore();
    await secrets.set('data-key', btoa('short'));
    await expect(loadOrCreateDataKey(secrets)).rejects.toMatchObject({ code: 'DATA_CORRUPT' });
  });

  it('fails with KEYCHAIN_UNAVAILABLE when the keychain is locked, writing nothing', async () => {
    const secrets = new MemorySecretStore();
    secrets.available = false;
    await expect(loadOrCreateDataKey(secrets)).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
    });
    expect(secrets.values.size).toBe(0);
  });
});

describe('nodeScrypt', () => {
  it("agrees with noble's scrypt, so hashes made in one verify in the other", async () => {
    const cost = { pin: { logN: 10, r: 8, p: 1 }, recovery: { logN: 8, r: 8, p: 1 } };
    const node = createSecretHasher(nodeScrypt, cost);
    const noble = createSecretHasher(nobleScrypt, cost);
    expect(await noble.verify('258036', await node.hash('258036'))).toBe(true);
    expect(await node.verify('258036', await noble.hash('258036'))).toBe(true);
    expect(await node.verify('258037', await noble.hash('258036'))).toBe(false);
  });
});
