import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { z } from 'zod';
import {
  BACKUP_FORMAT,
  backupFileSchema,
  type scryptKdfSchema,
  type BackupCreated,
  type BackupFile,
  type BackupRestored,
  type BackupSummary,
} from '../../../shared/backup';
import { PurseError } from '../../../shared/errors';
import { BLOCKS_TABLE } from '../../blocks/transaction-blocks';
import {
  CURRENT_SCHEMA_VERSION,
  PEOPLE_SCHEMA_VERSION,
  ROLLUPS_SCHEMA_VERSION,
  PERIOD_SHEETS_SCHEMA_VERSION,
  POSTINGS_IN_ROWS_SCHEMA_VERSION,
} from '../../migrations';
import { postingsIntoRows } from './postings-into-rows';
import { rebuildPeople, rebuildRollups } from '../aggregates';
import { logicalRowsOf, sheetsOfRows } from '../aggregate-sheets';
import type { EngineContext } from '../context';
import { verifyInvariants } from '../invariants';

/** scrypt N = 2^17, r = 8, p = 1: about a second a try, and 128 MiB of memory. */
export const BACKUP_KDF_LOG_N = 17;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

const contentSchema = z.object({
  schemaVersion: z.number().int().min(1),
  createdAt: z.number(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type BackupContent = z.infer<typeof contentSchema>;
type Content = BackupContent;

type ScryptKdf = z.infer<typeof scryptKdfSchema>;

/** What opens or seals a file: a backup's passphrase, or the snapshot key (32 bytes). */
export type BackupSecret =
  { readonly passphrase: string; readonly logN?: number } | { readonly key: Uint8Array };

function keyFor(passphrase: string, salt: Uint8Array, kdf: ScryptKdf): Promise<Uint8Array> {
  return scryptAsync(encoder.encode(passphrase.normalize('NFKC')), salt, {
    N: 2 ** kdf.logN,
    r: kdf.r,
    p: kdf.p,
    dkLen: 32,
    maxmem: 2 ** 31,
  });
}

function summarise(content: Content): BackupSummary {
  const transactions = (content.tables.transactions ?? []) as { occurredAt?: number }[];
  const times = transactions
    .map((t) => t.occurredAt)
    .filter((at): at is number => typeof at === 'number');
  return {
    schemaVersion: content.schemaVersion,
    createdAt: content.createdAt,
    accounts: content.tables.accounts?.length ?? 0,
    transactions: transactions.length,
    firstTransactionAt: times.length ? Math.min(...times) : null,
    lastTransactionAt: times.length ? Math.max(...times) : null,
  };
}

/** The tables a backup holds: all but the transaction blocks, which are built from rows. */
function storedTables(ctx: EngineContext) {
  return ctx.db.tables.filter((table) => table.name !== BLOCKS_TABLE);
}

/**
 * The whole ledger in one file: every table read in one transaction, then sealed with
 * XChaCha20-Poly1305 under a key made from the passphrase with scrypt (N = 2^17, r = 8).
 */
export async function createBackup(ctx: EngineContext, passphrase: string): Promise<BackupCreated> {
  const content = await readContent(ctx);
  const file = await sealBackup(content, {
    passphrase,
    logN: ctx.backupKdfLogN ?? BACKUP_KDF_LOG_N,
  });
  return { file, summary: summarise(content) };
}

/** The whole ledger as an automatic snapshot: the same file, sealed with the snapshot key. */
export async function createSnapshot(ctx: EngineContext, key: Uint8Array): Promise<BackupCreated> {
  const content = await readContent(ctx);
  return { file: await sealBackup(content, { key }), summary: summarise(content) };
}

async function readContent(ctx: EngineContext): Promise<Content> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  await ctx.db.transaction('r', ctx.db.tables, async () => {
    for (const table of storedTables(ctx))
      tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
  });
  return { schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: ctx.clock.now(), tables };
}

async function keyAndKdf(secret: BackupSecret): Promise<[Uint8Array, BackupFile['kdf']]> {
  if ('key' in secret) return [secret.key, { name: 'keychain', secret: 'snapshot-key' }];
  const salt = randomBytes(16);
  const kdf = { name: 'scrypt', logN: secret.logN ?? BACKUP_KDF_LOG_N, r: 8, p: 1 } as const;
  return [
    await keyFor(secret.passphrase, salt, { ...kdf, salt: '' }),
    { ...kdf, salt: toBase64(salt) },
  ];
}

/** A backup file's text for `content` (any schema version: tests make older ones). */
export async function sealBackup(content: BackupContent, secret: BackupSecret): Promise<string> {
  const nonce = randomBytes(24);
  const [key, kdf] = await keyAndKdf(secret);
  const sealed = xchacha20poly1305(key, nonce, encoder.encode(BACKUP_FORMAT)).encrypt(
    encoder.encode(JSON.stringify(content)),
  );
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: 1,
    kdf,
    cipher: 'xchacha20poly1305',
    nonce: toBase64(nonce),
    data: toBase64(sealed),
  };
  return JSON.stringify(file);
}

/** The key that opens `file` with `secret`; a snapshot never opens with a passphrase. */
function openingKey(file: BackupFile, secret: BackupSecret): Promise<Uint8Array> {
  if (file.kdf.name === 'keychain') {
    if ('key' in secret) return Promise.resolve(secret.key);
    throw new PurseError(
      'BACKUP_UNREADABLE',
      'This is one of Purse’s automatic snapshots: restore it from Settings → Snapshots.',
    );
  }
  if ('passphrase' in secret) return keyFor(secret.passphrase, fromBase64(file.kdf.salt), file.kdf);
  throw new PurseError('BACKUP_UNREADABLE', 'This is a backup: it opens with its passphrase.');
}

async function openBackup(text: string, secret: BackupSecret): Promise<Content> {
  let file: BackupFile;
  try {
    file = backupFileSchema.parse(JSON.parse(text));
  } catch {
    throw new PurseError('DATA_CORRUPT', 'This is not a Purse backup, or the file is damaged.');
  }
  const key = await openingKey(file, secret);
  let plain: Uint8Array;
  try {
    plain = xchacha20poly1305(key, fromBase64(file.nonce), encoder.encode(BACKUP_FORMAT)).decrypt(
      fromBase64(file.data),
    );
  } catch {
    throw new PurseError(
      'BACKUP_UNREADABLE',
      'Wrong passphrase, or the backup was changed after it was made.',
    );
  }
  const parsed = contentSchema.safeParse(JSON.parse(decoder.decode(plain)));
  if (!parsed.success)
    throw new PurseError(
      'DATA_CORRUPT',
      'The backup opened but what it holds is not a Purse ledger.',
    );
  if (parsed.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new PurseError(
      'VALIDATION',
      'This backup comes from a newer Purse. Update Purse to restore it.',
      {
        schemaVersion: parsed.data.schemaVersion,
      },
    );
  }
  return parsed.data;
}

/**
 * A backed-up table's rows as this version stores them: a backup made before the period
 * sheets holds aggregate rows of one scope, scopeId, period and currency (before v10) or
 * sheets of one scope and period (v10), re-packed here; one made before v16 holds the
 * postings apart from their transactions, put back into them here.
 */
function rowsToStore(content: Content, table: string): readonly object[] | undefined {
  const rows = content.tables[table];
  if (table === 'transactions' && rows && content.schemaVersion < POSTINGS_IN_ROWS_SCHEMA_VERSION)
    return postingsIntoRows(rows, content.tables['postings'] ?? []);
  if (table !== 'aggregates' || !rows || content.schemaVersion >= PERIOD_SHEETS_SCHEMA_VERSION)
    return rows;
  // Rows that are not aggregates at all are left to verify, which reports what they break.
  return sheetsOfRows(logicalRowsOf(rows));
}

/** What a backup or snapshot holds, without a ledger: nothing is changed. */
export async function inspectBackup(file: string, secret: BackupSecret): Promise<BackupRestored> {
  return { summary: summarise(await openBackup(file, secret)), restored: false };
}

/**
 * Restores a backup: reads it and answers what it holds; with `confirm`, replaces the whole
 * ledger in one transaction that also checks every invariant, so a bad file changes nothing.
 */
export async function restoreBackup(
  ctx: EngineContext,
  input: { file: string; confirm: boolean } & BackupSecret,
): Promise<BackupRestored> {
  const content = await openBackup(input.file, input);
  const summary = summarise(content);
  if (!input.confirm) return { summary, restored: false };
  // A file holding blocks is not refused: they are rebuilt from its transactions all the same.
  const known = new Set(ctx.db.tables.map((table) => table.name));
  const unknown = Object.keys(content.tables).filter(
    (name) =>
      !known.has(name) &&
      !(name === 'postings' && content.schemaVersion < POSTINGS_IN_ROWS_SCHEMA_VERSION),
  );
  if (unknown.length)
    throw new PurseError('DATA_CORRUPT', 'The backup holds tables this Purse does not know.');

  await ctx.db.transaction('rw', ctx.db.tables, async () => {
    // The security log is about this machine, not the ledger: it survives a restore.
    const securityLog = await ctx.db.auditLog.where('kind').startsWith('security.').toArray();
    // Clearing and filling `transactions` clears and rebuilds their blocks (blocks middleware).
    for (const table of storedTables(ctx)) {
      await table.clear();
      const rows = rowsToStore(content, table.name);
      if (rows?.length) await table.bulkAdd(rows);
    }
    await ctx.db.auditLog.bulkPut(securityLog);
    // A backup from before the roll-ups holds only the monthly rows: sum them up here.
    if (content.schemaVersion < ROLLUPS_SCHEMA_VERSION)
      await rebuildRollups(ctx.db.aggregates, ctx.db.categories);
    // One from before the money to each contact was kept: sum it up from the postings.
    if (content.schemaVersion < PEOPLE_SCHEMA_VERSION)
      await rebuildPeople(ctx.db.aggregates, ctx.db.transactions);
    const report = await verifyInvariants(ctx.db);
    if (!report.ok) {
      throw new PurseError('DATA_CORRUPT', 'The backup does not add up; nothing was restored.', {
        problems: report.problems.length,
      });
    }
  });
  return { summary, restored: true };
}
