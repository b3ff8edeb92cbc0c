import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base32Decode } from '../../../src/gateway/security/base32';
import { totpAt } from '../../../src/gateway/security/totp';
import type { BackupCreated, BackupRestored } from '../../../src/shared/backup';
import type { Account } from '../../../src/shared/domain';
import type { AggregateRow } from '../../../src/ledger/db';
import { ROLLUP_SCOPES } from '../../../src/ledger/engine/aggregates';
import { allRows } from '../../../src/ledger/engine/aggregate-sheets';
import { sealBackup } from '../../../src/ledger/engine/backup/backup';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import {
  POSTINGS_IN_ROWS_SCHEMA_VERSION,
  ROLLUPS_SCHEMA_VERSION,
  SHEETS_SCHEMA_VERSION,
} from '../../../src/ledger/migrations';
import { withPostingsApart } from '../../support/older-layouts';
import { categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';

const PIN = '258036';
const PASSPHRASE = 'correct horse battery staple';
let fx: GatewayFixture;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

beforeEach(async () => {
  fx = await freshGateway();
  await call('security.setupPin', { pin: PIN });
  const wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: '零钱 Wallet',
    currency: 'CNY',
    openingBalance: 88_800,
  });
  const food = await categoryByBuiltin(fx.api, 'food');
  await call('transactions.record', {
    kind: 'expense',
    accountId: wallet.id,
    categoryId: food.id,
    amount: 1_234,
    occurredAt: fx.clock.now(),
    timeZone: 'Asia/Shanghai',
    memo: 'secret lunch',
  });
});
afterEach(() => fx.close());

/** Every table's rows as the ledger holds them now, to edit into an older backup's. */
async function tablesNow(): Promise<Record<string, Record<string, unknown>[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of fx.db.tables)
    tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
  return tables;
}

/** Before schema v16 a backup held the postings in a table of their own. */
function laidOutFor(
  schemaVersion: number,
  tables: Record<string, Record<string, unknown>[]>,
): Record<string, Record<string, unknown>[]> {
  return schemaVersion >= POSTINGS_IN_ROWS_SCHEMA_VERSION ? tables : withPostingsApart(tables);
}

/** Seals `tables` as a backup made by `schemaVersion`, empties the aggregates, restores it. */
async function restoreAs(
  schemaVersion: number,
  tables: Record<string, Record<string, unknown>[]>,
): Promise<BackupRestored> {
  const file = await sealBackup(
    { schemaVersion, createdAt: fx.clock.now(), tables: laidOutFor(schemaVersion, tables) },
    { passphrase: PASSPHRASE, logN: 14 },
  );
  await fx.db.aggregates.clear();
  return call<BackupRestored>('backups.restore', {
    file,
    passphrase: PASSPHRASE,
    confirm: true,
    auth: { pin: PIN },
  });
}

describe('backups', () => {
  it('round-trips the whole ledger through an encrypted file, after showing what it holds', async () => {
    const backup = await call<BackupCreated>('backups.create', {
      passphrase: PASSPHRASE,
      auth: { pin: PIN },
    });
    expect(backup.file).not.toMatch(/零钱|secret lunch|88800/);
    expect(backup.summary).toMatchObject({ accounts: 1, transactions: 2 });
    const before = await moneySnapshot(fx.db);
    const rows = await fx.db.transactions.toArray();
    expect(rows.every((row) => row.ownSides?.length === 1)).toBe(true);

    await call('transactions.record', {
      kind: 'expense',
      accountId: before.accounts[0]!.id,
      categoryId: (await categoryByBuiltin(fx.api, 'food')).id,
      amount: 5_000,
      occurredAt: fx.clock.now(),
      timeZone: 'Asia/Shanghai',
    });
    const look = await call<BackupRestored>('backups.restore', {
      file: backup.file,
      passphrase: PASSPHRASE,
      confirm: false,
      auth: { pin: PIN },
    });
    expect(look).toMatchObject({ restored: false, summary: { transactions: 2 } });
    expect((await moneySnapshot(fx.db)).transactions).toBe(3);

    const done = await call<BackupRestored>('backups.restore', {
      file: backup.file,
      passphrase: PASSPHRASE,
      confirm: true,
      auth: { pin: PIN },
    });
    expect(done.restored).toBe(true);
    expect(await moneySnapshot(fx.db)).toEqual(before);
    // Rows come back as they were, their cached own-account sides with them.
    expect(await fx.db.transactions.toArray()).toEqual(rows);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
    // The file holds no search tokens; the restore builds them again, so search finds memos.
    const found = await fx.api['history.page']({ filters: { text: 'LUNCH' } });
    expect(found.items.map((t) => t.memo)).toEqual(['secret lunch']);
    const log = await call<{ kind: string }[]>('security.log', {});
    expect(log.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['backup.exported', 'backup.restored']),
    );
  });

  it('changes nothing with a wrong passphrase or a damaged file', async () => {
    const backup = await call<BackupCreated>('backups.create', {
      passphrase: PASSPHRASE,
      auth: { pin: PIN },
    });
    const before = await moneySnapshot(fx.db);
    const restore = (file: string, passphrase = PASSPHRASE) =>
      fx.gateway.call('backups.restore', { file, passphrase, confirm: true, auth: { pin: PIN } });
    expect(await restore(backup.file, 'wrong passphrase!')).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_UNREADABLE' },
    });
    const parsed = JSON.parse(backup.file) as { data: string };
    const flipped =
      parsed.data.slice(0, 40) + (parsed.data[40] === 'A' ? 'B' : 'A') + parsed.data.slice(41);
    expect(await restore(JSON.stringify({ ...parsed, data: flipped }))).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_UNREADABLE' },
    });
    expect(await restore('{"not":"a backup"}')).toMatchObject({
      ok: false,
      error: { code: 'DATA_CORRUPT' },
    });
    expect(await restore('PK\u0003\u0004 zip bytes')).toMatchObject({
      ok: false,
      error: { code: 'DATA_CORRUPT' },
    });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });

  it('needs the PIN, and the two-factor code when it is on; refuses a short passphrase', async () => {
    expect(
      await fx.gateway.call('backups.create', { passphrase: 'short', auth: { pin: PIN } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      await fx.gateway.call('backups.create', { passphrase: PASSPHRASE, auth: { pin: '000001' } }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    const { secret } = await call<{ secret: string }>('security.totpBegin', { pin: PIN });
    await call('security.totpConfirm', { code: totpAt(base32Decode(secret)!, fx.clock.now()) });
    fx.clock.advance(30_000);
    expect(
      await fx.gateway.call('backups.create', { passphrase: PASSPHRASE, auth: { pin: PIN } }),
    ).toMatchObject({ ok: false, error: { code: 'TOTP_REQUIRED' } });
    await call('backups.create', {
      passphrase: PASSPHRASE,
      auth: { pin: PIN, totp: totpAt(base32Decode(secret)!, fx.clock.now()) },
    });
  });

  /** The aggregates as schema v10 stored them: a sheet per scope and period. */
  function scopeSheets(rows: readonly AggregateRow[]) {
    const sheets = new Map<string, { id: string; scope: string; month: string; entries: object }>();
    for (const row of rows) {
      const id = `${row.scope}|${row.month}`;
      const sheet = sheets.get(id) ?? { id, scope: row.scope, month: row.month, entries: {} };
      sheets.set(id, sheet);
      Object.assign(sheet.entries, {
        [`${row.scopeId}|${row.currency}`]: [row.debit, row.credit, row.count],
      });
    }
    return [...sheets.values()];
  }

  it.each([
    ['a row per scope, scopeId, period and currency', SHEETS_SCHEMA_VERSION - 1, false],
    ['a sheet per scope and period', SHEETS_SCHEMA_VERSION, true],
  ])('restores a backup whose aggregates are %s, re-packed by period', async (_, version, v10) => {
    const before = await moneySnapshot(fx.db);
    const tables = await tablesNow();
    const logical = await allRows(fx.db.aggregates);
    tables.aggregates = (v10 ? scopeSheets(logical) : logical) as unknown as Record<
      string,
      unknown
    >[];
    const done = await restoreAs(version, tables);
    expect(done.restored).toBe(true);
    expect(await moneySnapshot(fx.db)).toEqual(before);
    const periods = new Set(before.aggregates.map((row) => row.month));
    expect(await fx.db.aggregates.count()).toBe(periods.size);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('restores a backup made before the roll-ups, building them from its monthly rows', async () => {
    const tables = await tablesNow();
    const isRollup = (row: Record<string, unknown>) =>
      (ROLLUP_SCOPES as readonly unknown[]).includes(row.scope);
    const logical = (await allRows(fx.db.aggregates)) as unknown as Record<string, unknown>[];
    const rollups = logical.filter(isRollup);
    expect(rollups.length).toBeGreaterThan(0);
    // As version 5 wrote it: one row per scope, scopeId, month and currency, no roll-ups.
    tables.aggregates = logical.filter((row) => !isRollup(row));
    const done = await restoreAs(ROLLUPS_SCHEMA_VERSION - 1, tables);
    expect(done.restored).toBe(true);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const restored = (await allRows(fx.db.aggregates))
      .filter((row) => (ROLLUP_SCOPES as readonly string[]).includes(row.scope))
      .sort(byId);
    expect(restored).toEqual((rollups as unknown as { id: string }[]).sort(byId));
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });
});
