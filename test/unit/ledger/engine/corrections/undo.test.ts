import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  CorrectionOutcome,
  UndoOutcome,
  UndoState,
} from '../../../../../src/shared/corrections';
import type { Account, TransactionDetail } from '../../../../../src/shared/domain';
import type { ImportOutcome } from '../../../../../src/shared/imports';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';
import type { GatewayFixture } from '../../../../support/gateway-fixture';
import { fixtureBytes, readAll } from '../../../../support/import-fixtures';
import { categoryByBuiltin } from '../../../../support/ledger-fixture';

let c: CorrectionsFixture;
let fx: GatewayFixture;
let wallet: Account;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const expense = (amount: number, day: number) => c.expense(amount, day);
const verifyOk = () => c.verifyOk();

/** What a person sees of the ledger: balances, aggregates, and every transaction's fields. */
async function ledgerState() {
  const rows = await fx.db.transactions.toArray();
  return {
    money: await c.money(),
    transactions: rows.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

beforeEach(async () => {
  c = await correctionsFixture();
  ({ fx, wallet } = c);
});
afterEach(() => fx.close());

describe('transactions.delete', () => {
  it('deletes an expense, and an undo puts it back exactly as it was', async () => {
    const lunch = await expense(3_000, 4);
    const before = await ledgerState();
    const deleted = await call<CorrectionOutcome>('transactions.delete', {
      id: lunch.transaction.id,
    });
    expect(deleted.state.undo).toMatchObject({ kind: 'delete', count: 1 });
    expect((await call<Account[]>('accounts.list'))[0]!.balance).toBe(100_000);
    await verifyOk();
    const undone = await call<UndoOutcome>('ledger.undo');
    expect(undone.reverted.kind).toBe('delete');
    expect(await ledgerState()).toEqual(before);
    await verifyOk();
  });

  it('refuses to delete income that later spending needs, and changes nothing', async () => {
    const pay = await call<TransactionDetail>('transactions.record', {
      kind: 'income',
      accountId: wallet.id,
      categoryId: (await categoryByBuiltin(fx.api, 'salary')).id,
      amount: 50_000,
      occurredAt: Date.UTC(2026, 10, 1, 4),
      timeZone: TZ,
    });
    await expense(140_000, 2);
    const before = await ledgerState();
    expect(await fx.gateway.call('transactions.delete', { id: pay.transaction.id })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_FUNDS' },
    });
    expect(await ledgerState()).toEqual(before);
  });
});

describe('ledger.undo and ledger.redo', () => {
  it('undoes and redoes an edit, and a new edit clears what could be redone', async () => {
    const lunch = await expense(3_000, 4);
    const original = await ledgerState();
    await call('transactions.update', { id: lunch.transaction.id, amount: 3_500 });
    const edited = await ledgerState();
    await call('ledger.undo');
    expect(await ledgerState()).toEqual(original);
    const redone = await call<UndoOutcome>('ledger.redo');
    expect(redone.state.redo).toBeUndefined();
    expect(await ledgerState()).toEqual(edited);
    await call('ledger.undo');
    await call('transactions.update', { id: lunch.transaction.id, memo: 'team lunch' });
    expect((await call<UndoState>('ledger.undoState')).redo).toBeUndefined();
    expect(await fx.gateway.call('ledger.redo', {})).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_UNDO' },
    });
    await verifyOk();
  });

  it('logs each undo and redo as an operation beside the one it reverted', async () => {
    const lunch = await expense(3_000, 4);
    await call('transactions.update', { id: lunch.transaction.id, amount: 3_500 });
    await call('ledger.undo');
    await call('ledger.redo');
    const kinds = (await fx.db.operations.toArray()).map((row) => [row.kind, row.origin]);
    expect(kinds).toEqual([
      ['edit', 'edit'],
      ['undo', 'edit'],
      ['redo', 'edit'],
    ]);
    const changes = await call<{ kind: string }[]>('transactions.changes', {
      id: lunch.transaction.id,
    });
    expect(changes.map((change) => change.kind)).toEqual(['edit', 'undo', 'redo']);
  });

  it('undoes an import whole: exactly its rows go, and a redo brings them back', async () => {
    const lunch = await expense(3_000, 4);
    const before = await ledgerState();
    const { rows } = await readAll(fixtureBytes('wechat.csv'));
    const outcome = await call<ImportOutcome>('imports.commit', {
      accountId: wallet.id,
      timeZone: TZ,
      profile: 'wechat',
      rows,
      rejectedRows: 0,
      goodRowsOnly: false,
    });
    expect(outcome.imported).toBeGreaterThan(0);
    const imported = await ledgerState();
    const undone = await call<UndoOutcome>('ledger.undo');
    expect(undone.reverted).toMatchObject({ kind: 'import', count: outcome.imported });
    const after = await ledgerState();
    expect(after.money).toEqual(before.money);
    expect(after.transactions).toEqual(before.transactions);
    expect(await fx.db.transactions.get(lunch.transaction.id)).toBeDefined();
    await verifyOk();
    await call('ledger.redo');
    expect(await ledgerState()).toEqual(imported);
    await verifyOk();
  });

  it('refuses to undo a change whose transaction was changed since, then goes on to the one before', async () => {
    const a = await expense(1_000, 1);
    const b = await expense(2_000, 2);
    await call('transactions.update', { id: a.transaction.id, amount: 1_100 });
    await call('transactions.update', { id: b.transaction.id, amount: 2_200 });
    // As a restore of an older backup would leave it: B at a revision no operation made.
    const stored = await fx.db.transactions.get(b.transaction.id);
    await fx.db.transactions.put({ ...stored!, revision: 7 });
    expect(await fx.gateway.call('ledger.undo', {})).toMatchObject({
      ok: false,
      error: { code: 'STALE_REVISION' },
    });
    const undone = await call<UndoOutcome>('ledger.undo');
    expect(undone.reverted.kind).toBe('edit');
    expect((await fx.db.transactions.get(a.transaction.id))?.amount).toBe(1_000);
    expect((await fx.db.transactions.get(b.transaction.id))?.amount).toBe(2_200);
  });

  it('remembers the last 50 changes and no more', async () => {
    const lunch = await expense(3_000, 4);
    for (let i = 1; i <= 52; i += 1)
      await call('transactions.update', { id: lunch.transaction.id, amount: 3_000 + i });
    for (let i = 0; i < 50; i += 1) await call('ledger.undo');
    expect(await fx.gateway.call('ledger.undo', {})).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_UNDO' },
    });
    const detail = await call<TransactionDetail>('transactions.get', { id: lunch.transaction.id });
    expect(detail.transaction.amount).toBe(3_002);
    await verifyOk();
  });
});

describe('corrections sent together', () => {
  it('ends twenty undos sent at once as twenty one at a time', async () => {
    const lunches = [];
    for (let day = 1; day <= 10; day += 1) lunches.push(await expense(1_000 * day, day));
    const original = await ledgerState();
    for (const lunch of lunches) {
      await call('transactions.update', { id: lunch.transaction.id, amount: 100 });
      await call('transactions.update', { id: lunch.transaction.id, memo: 'fixed' });
    }
    const results = await Promise.all(
      Array.from({ length: 20 }, () => fx.gateway.call('ledger.undo', {})),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await ledgerState()).toEqual(original);
    await verifyOk();
  });

  it('lets one of ten edits on the same revision land and refuses the rest as stale', async () => {
    const lunch = await expense(3_000, 4);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fx.gateway.call('transactions.update', {
          id: lunch.transaction.id,
          revision: 0,
          amount: 3_001 + i,
        }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const codes = results.flatMap((result) => (result.ok ? [] : [result.error.code]));
    expect(codes).toEqual(Array.from({ length: 9 }, () => 'STALE_REVISION'));
    expect(await fx.db.operations.count()).toBe(1);
    await verifyOk();
  });

  it('ends deletes and undos sent together as they would end one at a time', async () => {
    const lunches = [];
    for (let day = 1; day <= 8; day += 1) lunches.push(await expense(500 * day, day));
    const original = await ledgerState();
    const deletes = lunches.map((lunch) =>
      fx.gateway.call('transactions.delete', { id: lunch.transaction.id }),
    );
    const undos = lunches.map(() => fx.gateway.call('ledger.undo', {}));
    const results = await Promise.all([...deletes, ...undos]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await ledgerState()).toEqual(original);
    await verifyOk();
  });
});
