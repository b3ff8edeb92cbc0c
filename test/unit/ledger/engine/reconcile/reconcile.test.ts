import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, TransactionDetail } from '../../../../../src/shared/domain';
import { importsCommitInput } from '../../../../../src/shared/imports';
import type {
  ClearOutcome,
  ReconcileOutcome,
  ReconcileState,
} from '../../../../../src/shared/reconcile';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';

let c: CorrectionsFixture;
let wallet: Account;
let lunch: TransactionDetail;
let taxi: TransactionDetail;
let snack: TransactionDetail;

const THROUGH = Date.UTC(2026, 10, 24, 12);
const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const refusal = (method: string, input: unknown) => c.refusal(method, input);
const state = () =>
  call<ReconcileState>('accounts.reconcileState', { accountId: wallet.id, through: THROUGH });
const clear = (ids: string[], cleared = true, extra: Record<string, unknown> = {}) =>
  call<ClearOutcome>('transactions.clear', { ids, accountId: wallet.id, cleared, ...extra });
const reconcile = (statementBalance: number, currency = 'CNY') =>
  call<ReconcileOutcome>('accounts.reconcile', {
    accountId: wallet.id,
    through: THROUGH,
    statementBalance,
    currency,
  });

beforeEach(async () => {
  c = await correctionsFixture();
  wallet = c.wallet;
  c.fx.clock.set(Date.UTC(2026, 10, 26, 4));
  lunch = await c.expense(4_500, 21, 'lunch');
  taxi = await c.expense(2_000, 22, 'taxi');
  snack = await c.expense(1_250, 23, 'snack');
});
afterEach(() => c.fx.close());

describe('reconciling an account against a statement', () => {
  it('starts from the opening balance, with every transaction up to the date not cleared', async () => {
    expect(await state()).toMatchObject({
      currency: 'CNY',
      clearedBalance: 100_000,
      clearedCount: 0,
      unclearedCount: 3,
    });
    expect((await state()).uncleared.map((t) => t.memo)).toEqual(['snack', 'taxi', 'lunch']);
  });

  it('refuses a statement balance that differs from the cleared one, or is in another currency, and changes nothing', async () => {
    await clear([lunch.transaction.id, taxi.transaction.id]);
    expect((await state()).clearedBalance).toBe(100_000 - 4_500 - 2_000);
    const before = await c.money();
    expect(
      await refusal('accounts.reconcile', {
        accountId: wallet.id,
        through: THROUGH,
        statementBalance: 93_000,
        currency: 'CNY',
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'statementBalance', clearedBalance: 93_500, difference: -500 },
    });
    expect(
      await refusal('accounts.reconcile', {
        accountId: wallet.id,
        through: THROUGH,
        statementBalance: 93_500,
        currency: 'USD',
      }),
    ).toMatchObject({ code: 'CURRENCY_MISMATCH', details: { field: 'currency' } });
    expect(
      await refusal('accounts.reconcile', {
        accountId: wallet.id,
        through: THROUGH,
        statementBalance: 935.5,
        currency: 'CNY',
      }),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(await c.money()).toEqual(before);
    expect((await state()).reconciledCount).toBe(0);
  });

  it('locks what it reconciled: a change asks first, a money change unclears it, and undo takes each back', async () => {
    await clear([lunch.transaction.id, taxi.transaction.id]);
    expect(await reconcile(93_500)).toMatchObject({ reconciled: 2 });
    expect(await state()).toMatchObject({ clearedCount: 2, reconciledCount: 2, unclearedCount: 1 });

    const locked = await refusal('transactions.update', { id: lunch.transaction.id, memo: 'x' });
    expect(locked).toMatchObject({ code: 'RECONCILED', details: { id: lunch.transaction.id } });
    expect((await refusal('transactions.delete', { id: taxi.transaction.id })).code).toBe(
      'RECONCILED',
    );
    expect(
      (
        await refusal('transactions.clear', {
          ids: [taxi.transaction.id],
          accountId: wallet.id,
          cleared: false,
        })
      ).code,
    ).toBe('RECONCILED');
    expect((await state()).reconciledCount).toBe(2);

    await call('transactions.update', {
      id: lunch.transaction.id,
      amount: 5_400,
      confirmReconciled: true,
    });
    expect(await state()).toMatchObject({
      clearedBalance: 100_000 - 2_000,
      clearedCount: 1,
      reconciledCount: 1,
    });
    await call('ledger.undo', {});
    expect(await state()).toMatchObject({ clearedBalance: 93_500, reconciledCount: 2 });
    await call('ledger.undo', {});
    expect(await state()).toMatchObject({ clearedCount: 2, reconciledCount: 0 });
    await c.verifyOk();
  });

  it('ends twenty clears and ten reconciliations sent together as one clear and one reconciliation', async () => {
    const clears = await Promise.all(
      Array.from({ length: 20 }, () =>
        c.fx.gateway.call('transactions.clear', {
          ids: [lunch.transaction.id, snack.transaction.id],
          accountId: wallet.id,
          cleared: true,
        }),
      ),
    );
    const changed = clears.map((result) =>
      result.ok ? (result.value as ClearOutcome).changed : -1,
    );
    expect(changed.sort()).toEqual([...(Array(19).fill(0) as number[]), 2]);
    const reconciliations = await Promise.all(
      Array.from({ length: 10 }, () =>
        c.fx.gateway.call('accounts.reconcile', {
          accountId: wallet.id,
          through: THROUGH,
          statementBalance: 100_000 - 4_500 - 1_250,
          currency: 'CNY',
        }),
      ),
    );
    const locked = reconciliations.map((result) =>
      result.ok ? (result.value as ReconcileOutcome).reconciled : -1,
    );
    expect(locked.sort()).toEqual([...(Array(9).fill(0) as number[]), 2]);
    await c.verifyOk();
  });

  it('refuses to clear a transaction on an account it does not touch, naming it', async () => {
    const bank = await call<Account>('accounts.create', {
      kind: 'bank_card',
      name: 'ICBC',
      currency: 'CNY',
      openingBalance: 0,
    });
    expect(
      await refusal('transactions.clear', {
        ids: [lunch.transaction.id],
        accountId: bank.id,
        cleared: true,
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'accountId', id: lunch.transaction.id },
    });
  });

  it('takes rows imported from a statement that states its balance as cleared', async () => {
    const bank = await call<Account>('accounts.create', {
      kind: 'bank_card',
      name: 'ICBC',
      currency: 'CNY',
      openingBalance: 0,
    });
    const at = Date.UTC(2026, 10, 24, 4);
    await call(
      'imports.commit',
      importsCommitInput.parse({
        accountId: bank.id,
        timeZone: TZ,
        profile: 'ofx',
        rows: [
          { line: 1, occurredAt: at, amount: -3_000, counterparty: 'Bakery' },
          { line: 2, occurredAt: at + 1, amount: 50_000, counterparty: 'Employer' },
        ],
        rejectedRows: 0,
        goodRowsOnly: false,
        closingBalance: { amount: 47_000, at: at + 1 },
      }),
    );
    const imported = await call<ReconcileState>('accounts.reconcileState', {
      accountId: bank.id,
      through: THROUGH,
    });
    expect(imported).toMatchObject({ clearedBalance: 47_000, clearedCount: 2, unclearedCount: 0 });
    expect(
      await call<ReconcileOutcome>('accounts.reconcile', {
        accountId: bank.id,
        through: THROUGH,
        statementBalance: 47_000,
        currency: 'CNY',
      }),
    ).toMatchObject({ reconciled: 2 });
  });
});
