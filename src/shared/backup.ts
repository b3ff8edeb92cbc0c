import { z } from 'zod';
import { authSchema } from './payment-schemas';

export const BACKUP_FORMAT = 'purse-backup';

/** The file on disk: the whole ledger, sealed with a key derived from the passphrase. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    logN: z.number().int().min(14).max(20),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: z.string().min(16).max(64),
  }),
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
/** The backup file's text and its passphrase; `confirm: false` only reads what it holds. */
export const backupsRestoreInput = z.strictObject({
  file: z
    .string()
    .min(1)
    .max(512 * 1024 * 1024),
  passphrase: z.string().min(1).max(200),
  confirm: z.boolean(),
  auth: authSchema,
});
/** What main passes on to the ledger once the person is authenticated. */
export const backupsCreateCommit = z.strictObject({ passphrase: passphraseSchema });
export const backupsRestoreCommit = backupsRestoreInput.omit({ auth: true });

export interface BackupCreated {
  readonly file: string;
  readonly summary: BackupSummary;
}

export interface BackupRestored {
  readonly summary: BackupSummary;
  readonly restored: boolean;
}
