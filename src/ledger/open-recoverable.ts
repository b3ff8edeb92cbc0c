import Dexie from 'dexie';
import type { LedgerApi, LedgerInternalApi } from '../shared/contract';
import { PurseError } from '../shared/errors';
import type { QuickCheck } from '../shared/snapshots';
import { DEFAULT_DB_NAME } from './db';
import { inspectBackup } from './engine/backup/backup';
import { openLedger, type OpenLedger, type OpenLedgerOptions } from './open-ledger';

export interface RecoverableLedger {
  readonly api: LedgerApi;
  readonly internal: LedgerInternalApi;
  close(): void;
}

type Methods = Record<string, (input: unknown) => Promise<unknown>>;

/** Whether a failed open may be repaired by a snapshot: never when the key is the problem. */
function repairable(thrown: unknown): boolean {
  if (!(thrown instanceof PurseError)) return true;
  if (thrown.code === 'KEYCHAIN_UNAVAILABLE') return false;
  return thrown.details?.['reason'] !== 'wrong-key';
}

function toPurseError(thrown: unknown): PurseError {
  return thrown instanceof PurseError
    ? thrown
    : new PurseError('UNAVAILABLE', 'The ledger could not be opened. Restart Purse.');
}

function keyBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** Calls to `current()` by method name, whatever ledger is current when they arrive. */
function forwarding<T>(current: () => object): T {
  return new Proxy(
    {},
    {
      get: (_target, method) => {
        if (typeof method !== 'string') return undefined;
        return (input: unknown) => (current() as Methods)[method]!(input);
      },
      has: () => true,
    },
  ) as T;
}

/**
 * Opens the ledger; when it cannot be opened, stands in for it instead of failing: every
 * method answers why it did not open, the quick check says so, and a snapshot can still be
 * read and restored. Restoring deletes the database that would not open, makes a fresh one
 * and runs the backups' checked restore into it; from then on every call reaches it. A key
 * that does not open the ledger is never repaired this way: the data is there for the right
 * key.
 */
export async function openRecoverableLedger(
  options: OpenLedgerOptions,
  open: (options: OpenLedgerOptions) => Promise<OpenLedger> = openLedger,
): Promise<RecoverableLedger> {
  let ledger: OpenLedger | undefined;
  let failure: PurseError | undefined;
  try {
    ledger = await open(options);
  } catch (thrown) {
    console.error('The ledger could not be opened', thrown);
    failure = toPurseError(thrown);
    if (!repairable(thrown)) throw failure;
  }

  const refuse = () => Promise.reject(failure ?? new PurseError('UNAVAILABLE', 'Not open.'));
  const damaged: Methods = new Proxy({}, { get: () => refuse });
  const damagedInternal: Methods = new Proxy(
    {},
    {
      get: (_target, method) => {
        if (method === 'ledger.quickCheck')
          return (): Promise<QuickCheck> =>
            Promise.resolve({
              ok: false,
              opened: false,
              problems: [failure?.code ?? 'UNAVAILABLE'],
            });
        if (method === 'snapshots.restore') return restoreIntoFresh;
        return refuse;
      },
    },
  );

  async function restoreIntoFresh(input: unknown): Promise<unknown> {
    const { file, key, confirm } = input as { file: string; key: string; confirm: boolean };
    // Read and checked before anything is deleted: a snapshot that does not open changes nothing.
    const inspected = await inspectBackup(file, { key: keyBytes(key) });
    if (!confirm) return inspected;
    await Dexie.delete(options.name ?? DEFAULT_DB_NAME);
    ledger = await open(options);
    failure = undefined;
    return ledger.internal['snapshots.restore']({ file, key, confirm: true });
  }

  return {
    api: forwarding<LedgerApi>(() => ledger?.api ?? damaged),
    internal: forwarding<LedgerInternalApi>(() => ledger?.internal ?? damagedInternal),
    close: () => ledger?.close(),
  };
}
