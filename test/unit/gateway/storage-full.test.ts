import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveLedger } from '../../../src/ledger/rpc-server';
import type { Account, Category } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import { toFail } from '../../../src/shared/result';
import { isQuotaExceeded } from '../../../src/shared/storage-errors';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { ledgerSnapshot } from '../../support/reliability';

const PIN = '258036';
const TZ = 'Asia/Shanghai';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A disk that fills up: once `full` is set, every write in IndexedDB fails with the quota error. */
function fillingDisk(): { middleware: Middleware<DBCore>; full: boolean } {
  const disk = {
    full: false,
    middleware: {
      stack: 'dbcore',
      name: 'test-filling-disk',
      level: 0,
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) => (disk.full ? Promise.reject(quotaError()) : table.mutate(req)),
          };
        },
      }),
    } satisfies Middleware<DBCore>,
  };
  return disk;
}

describe('STORAGE_FULL', () => {
  it('recognises the quota error as IndexedDB raises it and as Dexie wraps it', () => {
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(new Error('x', { cause: quotaError() }))).toBe(true);
    expect(isQuotaExceeded(new DOMException('no', 'ConstraintError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    expect(toFail(new Dexie.AbortError('aborted', quotaError())).error.code).toBe('STORAGE_FULL');
    expect(toFail(new TypeError('boom')).error.code).toBe('INTERNAL');
  });

  it('answers STORAGE_FULL over the ledger RPC instead of INTERNAL', async () => {
    const posted: unknown[] = [];
    let deliver: (data: unknown) => void = () => undefined;
    const full = () => Promise.reject(quotaError());
    serveLedger(
      {
        api: { 'accounts.create': full } as never,
        internal: {} as never,
      },
      {
        post: (message) => void posted.push(message),
        close: () => undefined,
        onMessage: (listener) => {
          deliver = listener;
          return () => undefined;
        },
      },
    );
    deliver({
      type: 'purse-rpc/request',
      id: 1,
      method: 'accounts.create',
      input: { kind: 'wallet', name: 'W', currency: 'CNY', openingBalance: 0 },
    });
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]).toMatchObject({ result: { ok: false, error: { code: 'STORAGE_FULL' } } });
  });

  describe('when the disk fills up under the real engine', () => {
    let fx: GatewayFixture;
    let disk: ReturnType<typeof fillingDisk>;
    let wallet: Account;
    let food: Category;

    beforeEach(async () => {
      fx = await freshGateway();
      disk = fillingDisk();
      fx.db.close();
      fx.db.use(disk.middleware);
      await fx.db.open();
      await fx.gateway.call('security.setupPin', { pin: PIN });
      const created = await fx.gateway.call('accounts.create', {
        kind: 'wallet',
        name: 'Wallet',
        currency: 'CNY',
        openingBalance: 100_000,
      });
      wallet = (created as { value: Account }).value;
      const categories = await fx.api['categories.list']({ kind: 'expense' });
      food = categories[0]!;
    });
    afterEach(() => fx.close());

    it('refuses a payment and a recording with STORAGE_FULL, writes nothing, and reads keep working', async () => {
      const before = await ledgerSnapshot(fx.db);
      disk.full = true;
      const paid = await fx.gateway.call('payments.create', {
        requestId: newId(),
        accountId: wallet.id,
        merchant: { name: 'Shop' },
        amount: 2_000,
        timeZone: TZ,
        auth: { pin: PIN },
      });
      expect(!paid.ok && paid.error.code).toBe('STORAGE_FULL');
      const recorded = await fx.gateway.call('transactions.record', {
        kind: 'expense',
        accountId: wallet.id,
        categoryId: food.id,
        amount: 500,
        occurredAt: fx.clock.now(),
        timeZone: TZ,
      });
      expect(!recorded.ok && recorded.error.code).toBe('STORAGE_FULL');
      expect(recorded.ok || recorded.error.message).not.toMatch(/quota|DOMException/i);

      expect(await ledgerSnapshot(fx.db)).toEqual(before);
      const accounts = await fx.gateway.call('accounts.list', {});
      expect(accounts.ok && (accounts.value as Account[])[0]!.balance).toBe(100_000);
      const report = await fx.gateway.call('ledger.verify', {});
      expect(report.ok && report.value).toMatchObject({ ok: true });

      // Room again: the same payment goes through.
      disk.full = false;
      const again = await fx.gateway.call('payments.create', {
        requestId: newId(),
        accountId: wallet.id,
        merchant: { name: 'Shop' },
        amount: 2_000,
        timeZone: TZ,
        auth: { pin: PIN },
      });
      expect(again.ok).toBe(true);
    });
  });
});
