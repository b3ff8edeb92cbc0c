import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateDataKey } from '../../../../src/gateway/security/data-key';
import { createSecretHasher, nobleScrypt } from '../../../../src/gateway/security/pin-hasher';
import { chooseSecretStore } from '../../../../src/main/secrets/choose-secret-store';
import { createKeytarStore, type KeytarLike } from '../../../../src/main/secrets/keytar-store';
import { nodeScrypt } from '../../../../src/main/secrets/node-scrypt';
import { PURSE_SECRETS } from '../../../../src/main/secrets/purse-secrets';
import { startSecrets } from '../../../../src/main/secrets/start-secrets';
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
function tempDir() {
  dir ??= mkdtempSync(join(tmpdir(), 'purse-secrets-'));
  return dir;
}
function tempFile() {
  return join(tempDir(), 'secrets.json');
}

/** The options main passes at one start, in one user-data folder. */
function startOptions(options: {
  readonly keytar?: FakeKeytar;
  readonly safeStorage?: SafeStorageLike;
  readonly ledgerOnDisk?: boolean;
}) {
  return {
    loadKeytar: () =>
      options.keytar ? Promise.resolve(options.keytar) : Promise.reject(new Error('no keytar')),
    safeStorage: options.safeStorage ?? fakeSafeStorage('gnome_libsecret', false),
    platform: 'linux',
    fallbackFile: tempFile(),
    homeFile: join(tempDir(), 'secret-home.json'),
    ledgerOnDisk: options.ledgerOnDisk ?? false,
    warn: () => undefined,
  };
}

function brokenKeytar(): FakeKeytar {
  const keytar = new FakeKeytar();
  keytar.broken = true;
  return keytar;
}

function fileSecrets(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(tempFile(), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

describe('chooseSecretStore', () => {
  it('uses the OS keychain through keytar when it answers, under the service name "Purse"', async () => {
    const keytar = new FakeKeytar();
    const choice = await chooseSecretStore(
      startOptions({ keytar, safeStorage: fakeSafeStorage('gnome_libsecret') }),
    );
    expect(choice.store?.kind).toBe('os-keychain');
    await choice.store!.set('data-key', 'abc');
    expect(keytar.values.get('Purse/data-key')).toBe('abc');
  });

  it('falls back to safeStorage when keytar fails to load or no Secret Service answers', async () => {
    for (const keytar of [undefined, brokenKeytar()]) {
      const choice = await chooseSecretStore(
        startOptions({ keytar, safeStorage: fakeSafeStorage('kwallet5') }),
      );
      expect(choice.store?.kind).toBe('safe-storage');
    }
  });

  it("refuses Linux's basic_text backend and an unavailable safeStorage: no store, a problem to show", async () => {
    for (const safeStorage of [
      fakeSafeStorage('basic_text'),
      fakeSafeStorage('gnome_libsecret', false),
    ]) {
      const choice = await chooseSecretStore(startOptions({ safeStorage }));
      expect(choice).toMatchObject({ store: null, problem: 'no-keychain', mayMakeKey: false });
    }
  });
});

describe('startSecrets: one data key for the ledger, whichever store answers at a start', () => {
  it('moves the secrets from safeStorage to the keychain once it answers, keeping the same key', async () => {
    const safeStorage = fakeSafeStorage('kwallet5');
    const first = await startSecrets(startOptions({ keytar: brokenKeytar(), safeStorage }));
    expect(first.secrets.kind).toBe('safe-storage');
    const key = await first.dataKey();
    await first.secrets.set('auth-state', '{"pin":"hash"}');

    const keytar = new FakeKeytar();
    const second = await startSecrets(startOptions({ keytar, safeStorage, ledgerOnDisk: true }));
    expect(second.secrets.kind).toBe('os-keychain');
    expect(await second.dataKey()).toEqual(key);
    expect(keytar.values.get('Purse/auth-state')).toBe('{"pin":"hash"}');
    expect(fileSecrets()).toEqual({});
  });

  it('never makes a second key when the keychain that holds the key does not answer', async () => {
    const keytar = new FakeKeytar();
    const safeStorage = fakeSafeStorage('kwallet5');
    const first = await startSecrets(startOptions({ keytar, safeStorage }));
    const key = await first.dataKey();

    keytar.broken = true;
    const second = await startSecrets(startOptions({ keytar, safeStorage, ledgerOnDisk: true }));
    await expect(second.dataKey()).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
      details: { store: 'os-keychain' },
    });
    await expect(second.secrets.get('auth-state')).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
    });
    expect(fileSecrets()).toEqual({});

    keytar.broken = false;
    const third = await startSecrets(startOptions({ keytar, safeStorage, ledgerOnDisk: true }));
    expect(await third.dataKey()).toEqual(key);
  });

  it('never makes a second key when safeStorage held it and stops answering', async () => {
    const working = fakeSafeStorage('kwallet5');
    const first = await startSecrets(startOptions({ safeStorage: working }));
    const key = await first.dataKey();

    const second = await startSecrets(
      startOptions({ safeStorage: fakeSafeStorage('kwallet5', false), ledgerOnDisk: true }),
    );
    await expect(second.dataKey()).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
      details: { store: 'safe-storage' },
    });
    const third = await startSecrets(startOptions({ safeStorage: working, ledgerOnDisk: true }));
    expect(await third.dataKey()).toEqual(key);
  });

  it('refuses to make a key for a ledger from before the record when no store holds its key', async () => {
    const existing = await startSecrets(
      startOptions({ keytar: new FakeKeytar(), ledgerOnDisk: true }),
    );
    await expect(existing.dataKey()).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });

    rmSync(tempDir(), { recursive: true, force: true });
    dir = undefined;
    const keytar = new FakeKeytar();
    const fresh = await startSecrets(startOptions({ keytar, ledgerOnDisk: false }));
    expect(await fresh.dataKey()).toHaveLength(32);
    expect(keytar.values.has('Purse/data-key')).toBe(true);
  });

  it('keeps using safeStorage, with the same key, when moving to the keychain fails', async () => {
    const safeStorage = fakeSafeStorage('kwallet5');
    const first = await startSecrets(startOptions({ safeStorage }));
    const key = await first.dataKey();

    const refusing = new FakeKeytar();
    refusing.setPassword = () => Promise.reject(new Error('keyring is read-only'));
    const second = await startSecrets(
      startOptions({ keytar: refusing, safeStorage, ledgerOnDisk: true }),
    );
    expect(second.secrets.kind).toBe('safe-storage');
    expect(await second.dataKey()).toEqual(key);
    expect(Object.keys(fileSecrets())).toContain('data-key');
  });

  it('moves every secret Purse keeps: each *_SECRET name in src is listed', () => {
    const names = execFileSync('grep', ['-rhoE', "_SECRET = '[a-z-]+'", 'src'], {
      cwd: join(import.meta.dirname, '..', '..', '..', '..'),
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .map((line) => line.slice(line.indexOf("'") + 1, -1));
    expect([...PURSE_SECRETS].sort()).toEqual([...new Set(names)].sort());
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
