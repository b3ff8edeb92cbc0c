import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../../src/shared/domain';
import { newId } from '../../../../src/shared/ids';
import type { MoneyResult } from '../../../../src/shared/payments';
import type {
  RecoveryStatus,
  SnapshotInfo,
  SnapshotRestored,
} from '../../../../src/shared/snapshots';
import { freshGateway, type GatewayFixture, ok } from '../../../support/gateway-fixture';
import { moneySnapshot } from '../../../support/ledger-fixture';
import { MemorySnapshotStore } from '../../../support/memory-snapshot-store';

const PIN = '258036';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let fx: GatewayFixture;
let store: MemorySnapshotStore;
let wallet: Account;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

function pay(amount: number) {
  return call<MoneyResult>('payments.create', {
    requestId: newId(),
    accountId: wallet.id,
    merchant: { name: 'Luckin Coffee' },
    amount,
    timeZone: 'Asia/Shanghai',
    auth: { pin: PIN },
  });
}

/** Unlocks and uses Purse for a moment, as the person would; background work finishes. */
async function useIt() {
  await call('security.unlock', { pin: PIN });
  await call('accounts.list');
  await fx.gateway.idle();
}

beforeEach(async () => {
  store = new MemorySnapshotStore();
  fx = await freshGateway({ snapshots: store });
  await call('security.setupPin', { pin: PIN });
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 50_000,
  });
  await fx.gateway.idle();
});
afterEach(() => fx.close());

describe('automatic snapshots', () => {
  it('takes one the first time Purse is used on a day, and no second one that day', async () => {
    expect(store.files.size).toBe(1);
    await pay(1_000);
    await useIt();
    fx.clock.advance(6 * HOUR);
    await useIt();
    const listed = await call<SnapshotInfo[]>('snapshots.list');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ accounts: 1, transactions: 1 });
    expect(listed[0]!.size).toBeGreaterThan(100);
  });

  it('takes a new one on the next day it is used, sealed so no ledger text shows', async () => {
    await pay(1_000);
    fx.clock.advance(DAY);
    await useIt();
    const listed = await call<SnapshotInfo[]>('snapshots.list');
    expect(listed.map((snapshot) => snapshot.transactions)).toEqual([2, 1]);
    for (const text of store.files.values()) {
      expect(text).not.toContain('Luckin');
      expect(text).not.toContain('Wallet');
    }
  });

  it('takes none while Purse is locked', async () => {
    await call('security.lock');
    fx.clock.advance(DAY);
    await call('security.status');
    await fx.gateway.idle();
    expect(store.files.size).toBe(1);
  });

  it('keeps at most 7 daily, 4 weekly and 12 monthly snapshots over fourteen months of use', async () => {
    for (let day = 0; day < 420; day += 1) {
      fx.clock.advance(DAY);
      await call('security.unlock', { pin: PIN });
      await fx.gateway.idle();
    }
    const listed = await call<SnapshotInfo[]>('snapshots.list');
    expect(listed.length).toBeLessThanOrEqual(23);
    expect(listed.length).toBeGreaterThanOrEqual(19);
    expect(fx.clock.now() - listed.at(-1)!.createdAt).toBeLessThan(366 * DAY);
    expect(listed[0]!.createdAt).toBeGreaterThan(fx.clock.now() - DAY);
  }, 60_000);

  it('never makes a payment wait for the snapshot being written', async () => {
    fx.clock.advance(DAY);
    store.holdWrites = true;
    await call('security.unlock', { pin: PIN });
    const paid = await pay(2_000);
    expect(paid.transaction.kind).toBe('payment');
    expect(store.files.size).toBe(1);
    store.release();
    await fx.gateway.idle();
    expect(store.files.size).toBe(2);
  });

  it('can be taken now from Settings', async () => {
    await pay(1_000);
    fx.clock.advance(HOUR);
    await call('security.unlock', { pin: PIN });
    const taken = await call<SnapshotInfo>('snapshots.create');
    // The opening balance and the payment.
    expect(taken).toMatchObject({ accounts: 1, transactions: 2 });
    expect(await call<SnapshotInfo[]>('snapshots.list')).toContainEqual(taken);
  });
});

describe('restoring a snapshot', () => {
  it('brings the ledger back to when it was taken, with the PIN', async () => {
    const [first] = await call<SnapshotInfo[]>('snapshots.list');
    const before = await moneySnapshot(fx.db);
    await pay(1_000);
    await fx.gateway.idle();
    const restored = await call<SnapshotRestored>('snapshots.restore', {
      name: first!.name,
      auth: { pin: PIN },
    });
    expect(restored.restored).toBe(true);
    expect(await moneySnapshot(fx.db)).toEqual(before);
    const log = await call<{ kind: string }[]>('security.log', {});
    expect(log.map((event) => event.kind)).toContain('snapshot.restored');
  });

  it('refuses a wrong PIN or none, and nothing changes', async () => {
    const [first] = await call<SnapshotInfo[]>('snapshots.list');
    await pay(1_000);
    const before = await moneySnapshot(fx.db);
    expect(
      await fx.gateway.call('snapshots.restore', { name: first!.name, auth: { pin: '000000' } }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    expect(await fx.gateway.call('snapshots.restore', { name: first!.name })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });

  it('refuses a snapshot whose bytes were changed, and nothing changes', async () => {
    const [first] = await call<SnapshotInfo[]>('snapshots.list');
    const text = store.files.get(first!.name)!;
    const file = JSON.parse(text) as { data: string };
    const flipped = file.data[10] === 'A' ? 'B' : 'A';
    store.files.set(
      first!.name,
      JSON.stringify({ ...file, data: file.data.slice(0, 10) + flipped + file.data.slice(11) }),
    );
    await pay(1_000);
    const before = await moneySnapshot(fx.db);
    expect(
      await fx.gateway.call('snapshots.restore', { name: first!.name, auth: { pin: PIN } }),
    ).toMatchObject({ ok: false, error: { code: 'BACKUP_UNREADABLE' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });
});

describe('the check at start', () => {
  it('finds a sound ledger sound, and then refuses a recovery restore', async () => {
    const [first] = await call<SnapshotInfo[]>('snapshots.list');
    expect(await call<RecoveryStatus>('recovery.status')).toEqual({
      damaged: false,
      opened: true,
      snapshot: null,
    });
    expect(
      await fx.gateway.call('recovery.restore', { name: first!.name, auth: { pin: PIN } }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('finds a balance that no longer matches its aggregates, offers the newest snapshot and restores it with the PIN while locked', async () => {
    await pay(1_000);
    fx.clock.advance(DAY);
    await useIt();
    const [newest] = await call<SnapshotInfo[]>('snapshots.list');
    const good = await moneySnapshot(fx.db);
    const account = (await fx.db.accounts.get(wallet.id))!;
    await fx.db.accounts.put({ ...account, balance: account.balance + 1 });
    await call('security.lock');

    const status = await call<RecoveryStatus>('recovery.status');
    expect(status).toMatchObject({ damaged: true, opened: true, snapshot: { name: newest!.name } });
    expect(
      await fx.gateway.call('recovery.restore', { name: newest!.name, auth: { pin: '111111' } }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    const restored = await call<SnapshotRestored>('recovery.restore', {
      name: newest!.name,
      auth: { pin: PIN },
    });
    expect(restored.restored).toBe(true);
    expect(await moneySnapshot(fx.db)).toEqual(good);
    expect((await call<RecoveryStatus>('recovery.status')).damaged).toBe(false);
  });
});
