import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRows, putRows } from '../../../src/ledger/engine/aggregate-sheets';
import {
  categoryByBuiltin,
  freshLedger,
  moneySnapshot,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

let ledger: LedgerFixture;
const TZ = 'Asia/Shanghai';
beforeEach(async () => {
  ledger = await freshLedger();
});
afterEach(() => ledger.close());

describe('transactions.record (expense)', () => {
  it('moves money from the account to the category and updates the month aggregates', async () => {
    const wallet = await walletWith(ledger.api, 10_000);
    const food = await categoryByBuiltin(ledger.api, 'food');
    const shop = await ledger.api['counterparties.create']({
      kind: 'merchant',
      name: 'Noodle Bar',
    });
    const { transaction, postings } = await ledger.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      counterpartyId: shop.id,
      amount: 2_550,
      occurredAt: ledger.clock.now(),
      timeZone: TZ,
      memo: 'lunch',
    });
    expect(postings.map((p) => p.amount).sort((a, b) => a - b)).toEqual([-2_550, 2_550]);
    expect(transaction.month).toBe('2026-11');
    const [account] = await ledger.api['accounts.list'](undefined);
    expect(account?.balance).toBe(7_450);
    const summary = await ledger.api['dashboard.summary']({ timeZone: TZ });
    expect(summary.monthSpending).toEqual([{ currency: 'CNY', minor: 2_550 }]);
    const [merchantRow] = await getRows(ledger.db.aggregates, [
      `counterparty|${shop.id}|2026-11|CNY`,
    ]);
    expect(merchantRow).toMatchObject({ debit: 2_550, credit: 0, count: 1 });
    expect((await ledger.api['ledger.verify'](undefined)).ok).toBe(true);
  });

  it('files a late-evening payment under the local month of the user, not UTC', async () => {
    const wallet = await walletWith(ledger.api, 10_000);
    const food = await categoryByBuiltin(ledger.api, 'food');
    // 2026-11-30 17:30 UTC is already 1 December in Shanghai.
    const { transaction } = await ledger.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: 100,
      occurredAt: Date.UTC(2026, 10, 30, 17, 30),
      timeZone: TZ,
    });
    expect(transaction.month).toBe('2026-12');
  });

  it('rejects an expense larger than the balance and leaves balances and aggregates unchanged', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const food = await categoryByBuiltin(ledger.api, 'food');
    const before = await moneySnapshot(ledger.db);
    await expect(
      ledger.api['transactions.record']({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: food.id,
        amount: 1_001,
        occurredAt: ledger.clock.now(),
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      details: { balance: 1_000, needed: 1_001 },
    });
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });

  it('refuses an income category for an expense', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const salary = await categoryByBuiltin(ledger.api, 'salary');
    await expect(
      ledger.api['transactions.record']({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: salary.id,
        amount: 10,
        occurredAt: ledger.clock.now(),
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('transactions.record (income)', () => {
  it('adds income to the account and counts it as this month’s income', async () => {
    const wallet = await walletWith(ledger.api, 0);
    const salary = await categoryByBuiltin(ledger.api, 'salary');
    await ledger.api['transactions.record']({
      kind: 'income',
      accountId: wallet.id,
      categoryId: salary.id,
      amount: 1_234_500,
      occurredAt: ledger.clock.now(),
      timeZone: TZ,
    });
    const summary = await ledger.api['dashboard.summary']({ timeZone: TZ });
    expect(summary.accounts[0]?.balance).toBe(1_234_500);
    expect(summary.monthIncome).toEqual([{ currency: 'CNY', minor: 1_234_500 }]);
    expect(summary.netWorth).toEqual([{ currency: 'CNY', minor: 1_234_500 }]);
  });
});

describe('transactions.record (transfer)', () => {
  it('moves money between own accounts without changing net worth', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const bank = await ledger.api['accounts.create']({
      kind: 'bank_card',
      name: 'ICBC',
      currency: 'CNY',
      openingBalance: 500_000,
    });
    await ledger.api['transactions.record']({
      kind: 'transfer',
      accountId: bank.id,
      toAccountId: wallet.id,
      amount: 20_000,
      occurredAt: ledger.clock.now(),
      timeZone: TZ,
    });
    const summary = await ledger.api['dashboard.summary']({ timeZone: TZ });
    const balances = Object.fromEntries(summary.accounts.map((a) => [a.name, a.balance]));
    expect(balances).toEqual({ Wallet: 21_000, ICBC: 480_000 });
    expect(summary.netWorth).toEqual([{ currency: 'CNY', minor: 501_000 }]);
    expect(summary.monthSpending).toEqual([]);
  });

  it('refuses a transfer to the same account and changes nothing', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const before = await moneySnapshot(ledger.db);
    await expect(
      ledger.api['transactions.record']({
        kind: 'transfer',
        accountId: wallet.id,
        toAccountId: wallet.id,
        amount: 10,
        occurredAt: ledger.clock.now(),
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({ code: 'SAME_ACCOUNT' });
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });

  it('refuses a transfer between currencies and changes nothing', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const dollars = await ledger.api['accounts.create']({
      kind: 'cash',
      name: 'USD cash',
      currency: 'USD',
      openingBalance: 0,
    });
    const before = await moneySnapshot(ledger.db);
    await expect(
      ledger.api['transactions.record']({
        kind: 'transfer',
        accountId: wallet.id,
        toAccountId: dollars.id,
        amount: 10,
        occurredAt: ledger.clock.now(),
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({ code: 'CURRENCY_MISMATCH' });
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });

  it('refuses a transfer into an archived account and changes nothing', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const old = await walletWith(ledger.api, 0, 'Old');
    await ledger.api['accounts.archive']({ id: old.id });
    const before = await moneySnapshot(ledger.db);
    await expect(
      ledger.api['transactions.record']({
        kind: 'transfer',
        accountId: wallet.id,
        toAccountId: old.id,
        amount: 10,
        occurredAt: ledger.clock.now(),
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({ code: 'ACCOUNT_ARCHIVED' });
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });
});

describe('ledger.verify', () => {
  it('reports a tampered cached balance, a tampered aggregate and an unbalanced transaction', async () => {
    const wallet = await walletWith(ledger.api, 1_000);
    const food = await categoryByBuiltin(ledger.api, 'food');
    const { transaction } = await ledger.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: 300,
      occurredAt: ledger.clock.now(),
      timeZone: TZ,
    });
    expect((await ledger.api['ledger.verify'](undefined)).ok).toBe(true);

    await ledger.db.accounts.update(wallet.id, { balance: 999_999 });
    const [foodRow] = await getRows(ledger.db.aggregates, [`category|${food.id}|2026-11|CNY`]);
    await putRows(ledger.db.aggregates, [{ ...foodRow!, debit: 1 }]);
    const row = (await ledger.db.transactions.get(transaction.id))!;
    const [first, ...rest] = row.lines;
    await ledger.db.transactions.put({
      ...row,
      lines: [[first![0], first![1], first![2] + 1], ...rest],
    });
    const report = await ledger.api['ledger.verify'](undefined);
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.includes(`account ${wallet.id}`))).toBe(true);
    expect(
      report.problems.some((p) => p.includes(`transaction ${transaction.id} postings sum`)),
    ).toBe(true);
    expect(report.problems.some((p) => p.startsWith(`aggregate category|${food.id}`))).toBe(true);
  });
});
