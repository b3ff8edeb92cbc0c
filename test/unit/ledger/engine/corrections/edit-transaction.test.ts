import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditedTransaction, TransactionChange } from '../../../../../src/shared/corrections';
import type { Account, Category, TransactionDetail } from '../../../../../src/shared/domain';
import type { HistoryTotals } from '../../../../../src/shared/history';
import { newId } from '../../../../../src/shared/ids';
import { getRows } from '../../../../../src/ledger/engine/aggregate-sheets';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';
import type { GatewayFixture } from '../../../../support/gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../../../support/ledger-fixture';

let c: CorrectionsFixture;
let fx: GatewayFixture;
let wallet: Account;
let bank: Account;
let card: Account;
let food: Category;
let transport: Category;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const refused = (method: string, input: unknown) => fx.gateway.call(method, input);
const expense = (amount: number, day: number, memo = 'lunch') => c.expense(amount, day, memo);
const verifyOk = () => c.verifyOk();

async function monthSpending(month: string): Promise<number> {
  const [from, to] =
    month === '2026-11'
      ? [Date.UTC(2026, 9, 31, 16), Date.UTC(2026, 10, 30, 16) - 1]
      : [Date.UTC(2026, 9, 0, 16), Date.UTC(2026, 9, 31, 16) - 1];
  const totals = await call<HistoryTotals>('history.totals', { filters: { from, to } });
  return totals.byCurrency[0]?.spending ?? 0;
}

beforeEach(async () => {
  c = await correctionsFixture();
  ({ fx, wallet, food } = c);
  const open = (kind: string, name: string, openingBalance: number) =>
    call<Account>('accounts.create', { kind, name, currency: 'CNY', openingBalance });
  bank = await open('bank_card', 'ICBC', 500_000);
  card = await open('credit_card', 'Visa', 0);
  transport = await categoryByBuiltin(fx.api, 'transport');
});
afterEach(() => fx.close());

describe('transactions.update', () => {
  it('fixes a wrong amount and date: balance, month totals and aggregates follow, verify holds', async () => {
    const typo = await expense(45_000, 3);
    const edited = await call<EditedTransaction>('transactions.update', {
      id: typo.transaction.id,
      revision: 0,
      amount: 4_500,
      occurredAt: Date.UTC(2026, 9, 28, 4),
    });
    expect(edited.transaction).toMatchObject({ amount: 4_500, month: '2026-10', revision: 1 });
    const [account] = (await call<Account[]>('accounts.list')).filter((a) => a.id === wallet.id);
    expect(account!.balance).toBe(100_000 - 4_500);
    expect(await monthSpending('2026-11')).toBe(0);
    expect(await monthSpending('2026-10')).toBe(4_500);
    const [november, october] = await getRows(fx.db.aggregates, [
      `category|${food.id}|2026-11|CNY`,
      `category|${food.id}|2026-10|CNY`,
    ]);
    expect(november?.debit ?? 0).toBe(0);
    expect(october?.debit).toBe(4_500);
    await verifyOk();
  });

  it('keeps the old values in the transaction history and marks it edited', async () => {
    const typo = await expense(1_200, 3, 'lnch');
    fx.clock.advance(60_000);
    await call('transactions.update', { id: typo.transaction.id, memo: 'lunch', amount: 1_250 });
    const changes = await call<TransactionChange[]>('transactions.changes', {
      id: typo.transaction.id,
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'edit',
      fields: ['amount', 'memo'],
      before: { amount: 1_200, memo: 'lnch', accountId: wallet.id },
    });
    const detail = await call<TransactionDetail>('transactions.get', { id: typo.transaction.id });
    expect(detail.transaction.editedAt).toBe(fx.clock.now());
  });

  it('moves an expense to another account, payee and category in one edit', async () => {
    const lunch = await expense(3_000, 4);
    const shop = await call<{ id: string }>('counterparties.create', {
      kind: 'merchant',
      name: 'Carrefour',
    });
    await call('transactions.update', {
      id: lunch.transaction.id,
      accountId: card.id,
      counterpartyId: shop.id,
      categoryId: transport.id,
    });
    const balances = new Map(
      (await call<Account[]>('accounts.list')).map((a) => [a.id, a.balance]),
    );
    expect(balances.get(wallet.id)).toBe(100_000);
    expect(balances.get(card.id)).toBe(-3_000);
    const [toTransport] = await getRows(fx.db.aggregates, [`category|${transport.id}|2026-11|CNY`]);
    expect(toTransport?.debit).toBe(3_000);
    await call('transactions.update', { id: lunch.transaction.id, counterpartyId: null });
    const detail = await call<TransactionDetail>('transactions.get', { id: lunch.transaction.id });
    expect(detail.transaction.counterpartyId).toBeUndefined();
    await verifyOk();
  });

  it('changes a transfer between own accounts: its amount and where it went', async () => {
    const moved = await call<TransactionDetail>('transactions.record', {
      kind: 'transfer',
      accountId: bank.id,
      toAccountId: wallet.id,
      amount: 20_000,
      occurredAt: Date.UTC(2026, 10, 5, 4),
      timeZone: TZ,
    });
    await call('transactions.update', {
      id: moved.transaction.id,
      amount: 30_000,
      toAccountId: card.id,
    });
    const balances = new Map(
      (await call<Account[]>('accounts.list')).map((a) => [a.id, a.balance]),
    );
    expect(balances.get(bank.id)).toBe(470_000);
    expect(balances.get(wallet.id)).toBe(100_000);
    expect(balances.get(card.id)).toBe(30_000);
    await verifyOk();
  });

  it('refuses an edit that would overdraw the wallet and changes nothing', async () => {
    const lunch = await expense(3_000, 4);
    const before = await moneySnapshot(fx.db);
    expect(
      await refused('transactions.update', { id: lunch.transaction.id, amount: 200_000 }),
    ).toMatchObject({ ok: false, error: { code: 'INSUFFICIENT_FUNDS' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
    expect(await fx.db.operations.count()).toBe(0);
  });

  it('refuses an edit made on a revision another edit has replaced', async () => {
    const lunch = await expense(3_000, 4);
    await call('transactions.update', { id: lunch.transaction.id, revision: 0, amount: 3_100 });
    const before = await moneySnapshot(fx.db);
    expect(
      await refused('transactions.update', { id: lunch.transaction.id, revision: 0, amount: 99 }),
    ).toMatchObject({ ok: false, error: { code: 'STALE_REVISION' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });

  it('refuses bad input with the field named: a fraction of a cent, a same-account transfer', async () => {
    const lunch = await expense(3_000, 4);
    expect(
      await refused('transactions.update', { id: lunch.transaction.id, amount: 12.345 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'amount' }] } });
    const moved = await call<TransactionDetail>('transactions.record', {
      kind: 'transfer',
      accountId: bank.id,
      toAccountId: wallet.id,
      amount: 1_000,
      occurredAt: Date.UTC(2026, 10, 5, 4),
      timeZone: TZ,
    });
    expect(
      await refused('transactions.update', { id: moved.transaction.id, toAccountId: bank.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SAME_ACCOUNT', details: { field: 'toAccountId' } },
    });
    await verifyOk();
  });

  it('keeps the amount and accounts of a payment confirmed with the PIN, but lets its category change', async () => {
    const payment = await fx.internal['payments.commit']({
      requestId: newId(),
      timeZone: TZ,
      stepUpPassed: true,
      accountId: wallet.id,
      merchant: { name: 'Hot pot' },
      categoryId: food.id,
      amount: 8_000,
    });
    const before = await moneySnapshot(fx.db);
    expect(
      await refused('transactions.update', { id: payment.transaction.id, amount: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'amount' } } });
    expect(await refused('transactions.delete', { id: payment.transaction.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await moneySnapshot(fx.db)).toEqual(before);
    await call('transactions.update', { id: payment.transaction.id, categoryId: transport.id });
    const [toTransport] = await getRows(fx.db.aggregates, [`category|${transport.id}|2026-11|CNY`]);
    expect(toTransport?.debit).toBe(8_000);
    await verifyOk();
  });
});
