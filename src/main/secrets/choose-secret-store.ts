import type { SecretStore } from '../../gateway/security/secret-store';
import { createKeytarStore, type KeytarLike } from './keytar-store';
import { PURSE_SECRETS } from './purse-secrets';
import {
  createSafeStorageStore,
  safeStorageIsReal,
  type SafeStorageLike,
} from './safe-storage-store';
import { readSecretHome, writeSecretHome, type StoreKind } from './secret-home';

export interface SecretStoreChoice {
  readonly store: SecretStore | null;
  /**
   * Why there is no store: no keychain at all (the "enable a keyring" screen), or the one
   * that holds this ledger's key did not answer at this start.
   */
  readonly problem?: 'no-keychain' | 'key-unreachable';
  /** The store that holds the key, when it could not be reached. */
  readonly keptIn?: StoreKind;
  /** A data key may be made in `store` only when no ledger sealed with another can exist. */
  readonly mayMakeKey: boolean;
  /** Records that a data key now lives in `store`. */
  readonly keyMade: () => Promise<void>;
}

export interface ChooseSecretStoreOptions {
  readonly loadKeytar: () => Promise<KeytarLike>;
  readonly safeStorage: SafeStorageLike;
  readonly platform: string;
  /** The safeStorage-sealed secrets file. */
  readonly fallbackFile: string;
  /** Where the record of the secrets' store is kept (see SecretHome). */
  readonly homeFile: string;
  /** The ledger's data folder existed before this start (for installs made before the record). */
  readonly ledgerOnDisk: boolean;
  readonly warn?: (message: string, error?: unknown) => void;
}

const PROBE = 'probe';
const DATA_KEY = PURSE_SECRETS[0];

interface Candidate {
  readonly kind: StoreKind;
  readonly store: SecretStore;
}

/** The stores that answer at this start, best first: the OS keychain, then safeStorage. */
async function reachableStores(options: ChooseSecretStoreOptions): Promise<Candidate[]> {
  const found: Candidate[] = [];
  try {
    const store = createKeytarStore(await options.loadKeytar());
    await store.get(PROBE);
    found.push({ kind: 'os-keychain', store });
  } catch {
    // keytar is missing, failed to load, or no Secret Service answered.
  }
  if (safeStorageIsReal(options.safeStorage, options.platform)) {
    found.push({
      kind: 'safe-storage',
      store: createSafeStorageStore(options.safeStorage, options.fallbackFile),
    });
  }
  return found;
}

async function holdsKey(candidate: Candidate): Promise<boolean> {
  try {
    return (await candidate.store.get(DATA_KEY)) !== null;
  } catch {
    return false;
  }
}

/** Copies every secret into the better store, checks it, records it, then clears the old one. */
async function migrate(from: Candidate, to: Candidate, homeFile: string): Promise<void> {
  for (const name of PURSE_SECRETS) {
    const value = await from.store.get(name);
    if (value === null) continue;
    await to.store.set(name, value);
    if ((await to.store.get(name)) !== value) throw new Error(`${name} did not read back`);
  }
  await writeSecretHome(homeFile, { store: to.kind, keyMade: true });
  for (const name of PURSE_SECRETS) await from.store.delete(name);
}

/**
 * The store that holds Purse's secrets. The data key is looked up in every store that
 * answers, the recorded one first, before a new key is ever made; when the key sits in
 * safeStorage and the OS keychain answers now, the secrets move there. When the key was
 * made but no store that answers holds it, there is no store: the ledger waits for its own
 * key instead of getting a second one it could never open with.
 */
export async function chooseSecretStore(
  options: ChooseSecretStoreOptions,
): Promise<SecretStoreChoice> {
  const warn = options.warn ?? ((message, error) => console.warn(message, error));
  const home = await readSecretHome(options.homeFile);
  const recorded = home === null || home === 'unreadable' ? undefined : home;
  const stores = await reachableStores(options);
  const best = stores[0];
  const holders: Candidate[] = [];
  for (const candidate of stores) if (await holdsKey(candidate)) holders.push(candidate);

  const chosen = (store: SecretStore, mayMakeKey: boolean, kind: StoreKind) => ({
    store,
    mayMakeKey,
    keyMade: () => writeSecretHome(options.homeFile, { store: kind, keyMade: true }),
  });

  const holder = holders.find((each) => each.kind === recorded?.store) ?? holders[0];
  if (holder && best) {
    if (holder.kind !== best.kind) {
      try {
        await migrate(holder, best, options.homeFile);
        return chosen(best.store, false, best.kind);
      } catch (error) {
        warn(
          'Purse could not move its secrets to the system keychain; they stay where they are.',
          error,
        );
      }
    } else if (recorded?.store !== holder.kind || !recorded.keyMade) {
      await writeSecretHome(options.homeFile, { store: holder.kind, keyMade: true });
    }
    return chosen(holder.store, false, holder.kind);
  }

  const keyMayExist = home === null ? options.ledgerOnDisk : home === 'unreadable' || home.keyMade;
  if (keyMayExist) {
    const keptIn = recorded?.store;
    return {
      store: null,
      problem: 'key-unreachable',
      ...(keptIn ? { keptIn } : {}),
      mayMakeKey: false,
      keyMade: () => Promise.resolve(),
    };
  }
  if (!best)
    return {
      store: null,
      problem: 'no-keychain',
      mayMakeKey: false,
      keyMade: () => Promise.resolve(),
    };
  await writeSecretHome(options.homeFile, { store: best.kind, keyMade: false });
  return chosen(best.store, true, best.kind);
}
