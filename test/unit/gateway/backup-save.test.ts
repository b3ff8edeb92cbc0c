import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupRestored } from '../../../src/shared/backup';
import type { Account } from '../../../src/shared/domain';
import type { BackupSaved } from '../../../src/shared/exports';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';
import { MemoryFileSink } from '../../support/memory-file-sink';

const PIN = '258036';
const PASSPHRASE = 'correct horse battery staple';
let fx: GatewayFixture;
let sink: MemoryFileSink;
let wallet: Account;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

beforeEach(async () => {
  sink = new MemoryFileSink();
  fx = await freshGateway({ files: sink });
  fx.clock.set(Date.UTC(2026, 10, 29, 9));
  await call('security.setupPin', { pin: PIN });
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: '零钱',
    currency: 'CNY',
    openingBalance: 50_000,
  });
});
afterEach(() => fx.close());

describe('backups.save', () => {
  it('writes the sealed backup where the person chose, and logs it', async () => {
    const saved = await call<BackupSaved>('backups.save', {
      passphrase: PASSPHRASE,
      auth: { pin: PIN },
    });
    expect(saved).toMatchObject({ saved: true, summary: { accounts: 1, transactions: 1 } });
    expect(sink.files[0]).toMatchObject({
      state: 'finished',
      request: { kind: 'backup', suggestedName: 'purse-backup-2026-11-29.purse' },
    });
    expect(sink.text()).not.toContain('零钱');
    const log = await call<{ kind: string }[]>('security.log', {});
    expect(log.map((e) => e.kind)).toContain('backup.exported');
  });

  it('asks for the PIN before the dialog opens, and writes nothing on a wrong one', async () => {
    expect(
      await fx.gateway.call('backups.save', { passphrase: PASSPHRASE, auth: { pin: '000001' } }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    expect(sink.files).toEqual([]);
  });

  it('writes nothing when the dialog is closed', async () => {
    sink.answer = 'close';
    expect(
      await call<BackupSaved>('backups.save', { passphrase: PASSPHRASE, auth: { pin: PIN } }),
    ).toEqual({ saved: false, summary: null });
  });
});

describe('backups.inspect', () => {
  it('shows what a file holds with the passphrase alone, and changes nothing', async () => {
    await call('backups.save', { passphrase: PASSPHRASE, auth: { pin: PIN } });
    const file = sink.text();
    await call('transactions.record', {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: (await categoryByBuiltin(fx.api, 'food')).id,
      amount: 2_500,
      occurredAt: fx.clock.now(),
      timeZone: 'Asia/Shanghai',
    });
    const before = await moneySnapshot(fx.db);
    const look = await call<BackupRestored>('backups.inspect', { file, passphrase: PASSPHRASE });
    expect(look).toMatchObject({
      restored: false,
      summary: { accounts: 1, transactions: 1, createdAt: Date.UTC(2026, 10, 29, 9) },
    });
    expect(look.summary.schemaVersion).toBeGreaterThan(1);
    expect(await moneySnapshot(fx.db)).toEqual(before);
    expect(
      await fx.gateway.call('backups.inspect', { file, passphrase: 'not the passphrase' }),
    ).toMatchObject({ ok: false, error: { code: 'BACKUP_UNREADABLE' } });
    expect(
      await fx.gateway.call('backups.inspect', { file: 'hello,world\r\n', passphrase: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'DATA_CORRUPT' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });
});
