import { z } from 'zod';
import type { BackupSummary } from './backup';
import { authSchema } from './payment-schemas';

/**
 * A snapshot's file name: when it was taken (UTC, to the second) and what it holds. The
 * counts are no more than the ledger's own files show (their rows keep ids in clear), and
 * they let Settings list snapshots without opening each one.
 */
export const snapshotNameSchema = z
  .string()
  .regex(/^purse-snapshot-\d{8}T\d{6}Z-\d{1,9}a-\d{1,9}t\.purse$/);

/** One automatic snapshot, as Settings and the recovery screen list it. */
export interface SnapshotInfo {
  readonly name: string;
  readonly createdAt: number;
  /** Bytes on disk. */
  readonly size: number;
  readonly accounts: number;
  readonly transactions: number;
}

/** `snapshots.restore`: which snapshot, and the PIN (with the code when two-factor is on). */
export const snapshotsRestoreInput = z.strictObject({
  name: snapshotNameSchema,
  auth: authSchema,
});

/** `recovery.restore`: the same, at start, when the ledger failed to open or its check. */
export const recoveryRestoreInput = snapshotsRestoreInput;

export interface SnapshotRestored {
  readonly restored: boolean;
  readonly summary: BackupSummary;
}

/**
 * The quick check the ledger runs at start: it opened, its schema is known, a sample of its
 * sealed rows opens, and each account's cached balance equals its monthly aggregates.
 */
export interface QuickCheck {
  readonly ok: boolean;
  /** False when the ledger did not open at all. */
  readonly opened: boolean;
  /** What failed, in words for logs; never ledger data. */
  readonly problems: readonly string[];
}

/** What the start-up screen needs: is the ledger sound, and if not, what can replace it. */
export interface RecoveryStatus {
  readonly damaged: boolean;
  /** False when the ledger did not open at all (else its quick check failed). */
  readonly opened: boolean;
  /** The newest snapshot that opens with the key in the keychain, if any. */
  readonly snapshot: SnapshotInfo | null;
}
