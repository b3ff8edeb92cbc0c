import { z } from 'zod';
import { authSchema } from './payment-schemas';

export const BACKUP_FORMAT = 'purse-backup';

/** A backup's key, made from its passphrase with scrypt. */
export const scryptKdfSchema = z.strictObject({
  name: z.literal('scrypt'),
  logN: z.number().int().min(14).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: z.string().min(16).max(64),
});

/** A snapshot's key: 32 random bytes kept in the keychain, used as they are. */
export const keychainKdfSchema = z.strictObject({
  name: z.literal('keychain'),
  secret: z.literal('snapshot-key'),
});

/**
 * The file on disk: the whole ledger, sealed with a key derived from the passphrase (a
 * backup) or with the snapshot key from the keychain (an automatic snapshot). One format,
 * one cipher, one checked restore; only where the key comes from differs.
 */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  kdf: z.discriminatedUnion('name', [scryptKdfSchema, keychainKdfSchema]),
  cipher: z.literal('xchacha20poly1305'),
  nonce: z.string().min(32).max(64),
  data: z.string().min(1),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export interface BackupSummary {
  readonly schemaVersion: number;
  readonly createdAt: number;
  readonly accounts: number;
  readonly transactions: number;
  readonly firstTransactionAt: number | null;
  readonly lastTransactionAt: number | null;
}

export const passphraseSchema = z
  .string()
  .min(10, 'Use at least 10 characters for the backup passphrase')
  .max(200);

export const backupsCreateInput = z.strictObject({
  passphrase: passphraseSchema,
  auth: authSchema,
});
/** A backup file's text and the passphrase it was sealed with (any, as typed then). */
export const backupFileFields = {
  file: z
    .string()
    .min(1)
    .max(512 * 1024 * 1024),
  passphrase: z.string().min(1).max(200),
};

/** The backup file's text and its passphrase; `confirm: false` only reads what it holds. */
export const backupsRestoreInput = z.strictObject({
  ...backupFileFields,
  confirm: z.boolean(),
  auth: authSchema,
});
/** What main passes on to the ledger once the person is authenticated. */
export const backupsCreateCommit = z.strictObject({ passphrase: passphraseSchema });
export const backupsRestoreCommit = backupsRestoreInput.omit({ auth: true });

/** The snapshot key as main hands it to the ledger: 32 bytes in base64. */
export const snapshotKeySchema = z
  .string()
  .length(44)
  .regex(/^[A-Za-z0-9+/]{43}=$/);

export const snapshotsCreateCommit = z.strictObject({ key: snapshotKeySchema });
/** A snapshot's text and its key; `confirm: false` only reads what it holds. */
export const snapshotsRestoreCommit = z.strictObject({
  file: backupsRestoreInput.shape.file,
  key: snapshotKeySchema,
  confirm: z.boolean(),
});

export interface BackupCreated {
  readonly file: string;
  readonly summary: BackupSummary;
}

export interface BackupRestored {
  readonly summary: BackupSummary;
  readonly restored: boolean;
}
