import { composeGateway } from '../../../src/gateway/compose-gateway';
import type { Gateway } from '../../../src/gateway/create-gateway';
import { createSecretHasher, nobleScrypt } from '../../../src/gateway/security/pin-hasher';
import type { SecretStore } from '../../../src/gateway/security/secret-store';
import { Dexie } from 'dexie';
import { FieldCipher, newDataKey } from '../../../src/ledger/crypto/field-cipher';
import { sealLedger } from '../../../src/ledger/db';
import { SCHEMA_VERSIONS } from '../../../src/ledger/migrations';
import { openLedger, type OpenLedger } from '../../../src/ledger/open-ledger';
import type { Result } from '../../../src/shared/result';
import { labBench } from './lab-bench';
import { labCrash, watchWrites } from './lab-crash';

let ledger: OpenLedger | undefined;
let gateway: Gateway | undefined;

/** The lab's stand-in keychain: one page's memory (the browser layer tests the ledger). */
const labValues = new Map<string, string>();
const labSecrets: SecretStore = {
  kind: 'dev-harness',
  get: (name) => Promise.resolve(labValues.get(name) ?? null),
  set: (name, value) => Promise.resolve(void labValues.set(name, value)),
  delete: (name) => Promise.resolve(void labValues.delete(name)),
};

/**
 * The lab keeps each database's data key in localStorage: a test page, not a keychain. A
 * test that kills the browser passes the key in itself (localStorage is written lazily).
 */
function labDataKey(name: string, given?: readonly number[]): Uint8Array {
  if (given) return Uint8Array.from(given);
  const stored = localStorage.getItem(`lab-key:${name}`);
  if (stored) return Uint8Array.from(stored.split(',').map(Number));
  const key = newDataKey();
  localStorage.setItem(`lab-key:${name}`, key.join(','));
  return key;
}

function requireGateway(): Gateway {
  if (!gateway) throw new Error('lab.open() first');
  return gateway;
}

/** What Playwright drives: the real engine and gateway on Chromium's IndexedDB. */
const lab = {
  /** `fast`: cheap PIN and backup hashing, for tests that are about the ledger, not scrypt. */
  async open(
    name: string,
    options: { dataKey?: readonly number[]; fast?: boolean } = {},
  ): Promise<void> {
    ledger?.close();
    ledger = await openLedger({
      name,
      dataKey: labDataKey(name, options.dataKey),
      ...(options.fast ? { backupKdfLogN: 14 } : {}),
    });
    await watchWrites(ledger.db);
    gateway = composeGateway({
      ledger: ledger.api,
      internal: ledger.internal,
      secrets: labSecrets,
      hasher: options.fast
        ? createSecretHasher(nobleScrypt, {
            pin: { logN: 10, r: 8, p: 1 },
            recovery: { logN: 8, r: 8, p: 1 },
          })
        : createSecretHasher(nobleScrypt),
      clock: { now: () => Date.now() },
      appInfo: { name: 'Purse', version: 'lab', platform: 'web', runtime: 'web' },
    }).gateway;
  },
  call(method: string, input?: unknown): Promise<Result<unknown>> {
    return requireGateway().call(method, input);
  },
  close(): void {
    ledger?.close();
    ledger = undefined;
    gateway = undefined;
  },
  /** The engine itself, as the ledger host serves it (no gateway in between). */
  api() {
    if (!ledger) throw new Error('lab.open() first');
    return ledger.api;
  },
  db() {
    if (!ledger) throw new Error('lab.open() first');
    return ledger.db;
  },
  /**
   * Writes `tables` into a new database exactly as schema `version` stored them (sealed with
   * `dataKey`), for upgrade tests on Chromium's own IndexedDB.
   */
  async makeAtVersion(
    name: string,
    version: number,
    dataKey: readonly number[],
    tables: Record<string, unknown[]>,
  ): Promise<void> {
    const old = new Dexie(name);
    sealLedger(old, new FieldCipher(Uint8Array.from(dataKey)));
    for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= version))
      old.version(step.version).stores(step.stores);
    await old.open();
    await old.transaction('rw', old.tables, () =>
      Promise.all(Object.entries(tables).map(([table, rows]) => old.table(table).bulkAdd(rows))),
    );
    old.close();
  },
  bench: labBench,
  crash: labCrash,
};

declare global {
  interface Window {
    lab: typeof lab;
  }
}

window.lab = lab;
document.body.dataset.ready = 'true';
