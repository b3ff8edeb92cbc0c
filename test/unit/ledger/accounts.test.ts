import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PurseError } from '../../../src/shared/errors';
import {
  categoryByBuiltin,
  freshLedger,
  moneySnapshot,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

let ledger: LedgerFixture;
beforeEach(async () => {
  ledger = await freshLedger();
});
afterEach(() => ledger.close());

describe('accounts.create', () => {
  it('starts the account at its opening balance, posted against opening equity', async () => {
    const wallet = await walletWith(ledger.api, 10_000);
    expect(wallet.balance).toBe(10_000);
    const detail = await ledger.api['transactions.recent']({ limit: 5 });
    expect(detail).toHaveLength(1);
    expect(detail[0]?.kind).toBe('opening');
    expect((await ledger.api['ledger.verify'](undefined)).ok).toBe(true);
  });

  it('lets a credit card open in debt and records no transaction for a zero opening balance', async () => {
    const card = await ledger.api['accounts.create']({
      kind: 'credit_card',
      name: 'Visa',
      currency: 'CNY',
      openingBalance: -2_500,
    });
    expect(card.balance).toBe(-2_500);
    await ledger.api['accounts.create']({
      kind: 'cash',
      name: 'Cash',
      currency: 'USD',
      openingBalance: 0,
    });
    expect(await ledger.db.transactions.count()).toBe(1);
    expect((await ledger.api['ledger.verify'](undefined)).ok).toBe(true);
  });
});

describe('accounts.archive', () => {
  it('hides the account from the list but keeps its balance in net worth', async () => {
    const wallet = await walletWith(ledger.api, 5_000);
    await ledger.api['accounts.archive']({ id: wallet.id });
    expect(await ledger.api['accounts.list'](undefined)).toHaveLength(0);
    expect(await ledger.api['accounts.list']({ includeArchived: true })).toHaveLength(1);
    const summary = await ledger.api['dashboard.summary'](undefined);
    expect(summary.netWorth).toEqual([{ currency: 'CNY', minor: 5_000 }]);
  });

  it('refuses an expense from an archived account and leaves balances unchanged', async () => {
    const wallet = await walletWith(ledger.api, 5_000);
    const food = await categoryByBuiltin(ledger.api, 'food');
    await ledger.api['accounts.archive']({ id: wallet.id });
    const before = await moneySnapshot(ledger.db);
    await expect(
      ledger.api['transactions.record']({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: food.id,
        amount: 100,
        occurredAt: ledger.clock.now(),
        timeZone: 'Asia/Shanghai',
      }),
    ).rejects.toMatchObject({ code: 'ACCOUNT_ARCHIVED' });
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });

  it('brings an account back with unarchive', async () => {
    const wallet = await walletWith(ledger.api, 0);
    await ledger.api['accounts.archive']({ id: wallet.id });
    const back = await ledger.api['accounts.unarchive']({ id: wallet.id });
    expect(back.archived).toBe(false);
  });
});

describe('accounts.update', () => {
  it('renames an account and refuses an unknown id with NOT_FOUND', async () => {
    const wallet = await walletWith(ledger.api, 0);
    const renamed = await ledger.api['accounts.update']({ id: wallet.id, name: '零钱' });
    expect(renamed.name).toBe('零钱');
    const error = await ledger.api['accounts.update']({
      id: '0190a0b0-0000-7000-8000-000000000000',
      name: 'x',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PurseError);
    expect((error as PurseError).code).toBe('NOT_FOUND');
  });
});

describe('categories', () => {
  it('starts with a bilingual set of expense and income categories', async () => {
    const expense = await ledger.api['categories.list']({ kind: 'expense' });
    const income = await ledger.api['categories.list']({ kind: 'income' });
    expect(expense.length).toBeGreaterThanOrEqual(10);
    expect(income.length).toBeGreaterThanOrEqual(3);
    const food = expense.find((c) => c.builtin === 'food');
    expect(food?.name).toEqual({ en: 'Food & dining', zh: '餐饮' });
  });

  it('creates and renames a category but refuses a duplicate name', async () => {
    const pets = await ledger.api['categories.create']({ kind: 'expense', name: 'Pets' });
    await expect(
      ledger.api['categories.create']({ kind: 'expense', name: 'pets' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const renamed = await ledger.api['categories.update']({
      id: pets.id,
      name: { en: 'Pets', zh: '宠物' },
    });
    expect(renamed.name.zh).toBe('宠物');
  });
});
