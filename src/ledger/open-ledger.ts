import { systemClock, type Clock } from '../shared/clock';
import type { LedgerApi, LedgerInternalApi } from '../shared/contract';
import type { Category } from '../shared/domain';
import { systemTimeZone } from '../shared/dates';
import { checkDataKey } from './crypto/check-data-key';
import { FieldCipher } from './crypto/field-cipher';
import { createDb, DEFAULT_DB_NAME, type PurseDb } from './db';
import { purgeOrphanAttachments } from './engine/attachments/orphans';
import { seedDefaultCategories } from './engine/categories';
import { createLedgerEngine } from './engine';
import { createLedgerInternal } from './engine/audit-entries';
import { UndoStack } from './engine/corrections/undo-stack';

export interface OpenLedgerOptions {
  /** The 256-bit data key from the OS keychain; every row is sealed with it. */
  readonly dataKey: Uint8Array;
  readonly name?: string;
  readonly clock?: Clock;
  readonly timeZone?: string;
  /** scrypt cost of new backups (log2 N); only tests lower it. */
  readonly backupKdfLogN?: number;
  /**
   * What seals the rows: XChaCha20-Poly1305 with `dataKey` unless given. Only the bench
   * passes another (one that leaves rows in clear), to show what sealing costs on each line.
   */
  readonly cipher?: FieldCipher;
}

export interface OpenLedger {
  readonly api: LedgerApi;
  /** Main's own methods (audit log); never exposed to the UI. */
  readonly internal: LedgerInternalApi;
  readonly db: PurseDb;
  close(): void;
}

/** Opens the ledger database (creating and seeding it on first use) and its engine. */
export async function openLedger(options: OpenLedgerOptions): Promise<OpenLedger> {
  const clock = options.clock ?? systemClock;
  const db = createDb(
    options.cipher ?? new FieldCipher(options.dataKey),
    options.name ?? DEFAULT_DB_NAME,
  );
  // Runs once, inside the transaction that creates a brand-new database.
  db.on('populate', (tx) =>
    seedDefaultCategories(tx.table<Category, string>('categories'), clock.now()),
  );
  await db.open();
  try {
    await checkDataKey(db);
  } catch (thrown) {
    db.close();
    throw thrown;
  }
  const ctx = {
    db,
    clock,
    timeZone: options.timeZone ?? systemTimeZone(),
    ...(options.backupKdfLogN ? { backupKdfLogN: options.backupKdfLogN } : {}),
  };
  // No undo can bring back a transaction deleted before the ledger opened; a purge that
  // fails only leaves hidden rows for the next time, it never keeps the ledger shut.
  await purgeOrphanAttachments(ctx).catch(() => 0);
  // One queue and undo stack for every correction, whichever side (UI or main) asked for it.
  const undo = new UndoStack();
  return {
    api: createLedgerEngine(ctx, undo),
    internal: createLedgerInternal(ctx, undo),
    db,
    close: () => db.close(),
  };
}
