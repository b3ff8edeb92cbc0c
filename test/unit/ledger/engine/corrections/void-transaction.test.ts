import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UndoOutcome, UndoState, VoidOutcome } from '../../../../../src/shared/corrections';
import type { Account, TransactionDetail } from '../../../../../src/shared/domain';
import type { HistoryTotals } from '../../../../../src/shared/history';
import type { MoneyResult } from '../../../../../src/shared/payments';
import type { Result } from '../../../../../src/shared/result';
import { newId } from '../../../../../src/shared/ids';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';
import type { GatewayFixture } from '../../../../support/gateway-fixture';

const PIN = '258036';
const WRONG_PIN = '111111';

let c: CorrectionsFixture;
let fx: GatewayFixture;
let wallet: Account;
let card: Account;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);

/** What a person sees of the ledger: balances, aggregates, and every transaction's fields. */
async function ledgerState() {
  const rows = await fx.db.transactions.toArray();
  return {
    money: await c.money(),
    transactions: rows.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

const balances = async () =>
  Object.fromEntries(
    (await call<Account[]>('accounts.list')).map((account) => [account.name, account.balance]),
  );

/** November's figures as History's totals count them (the one definition of the figures). */
async function novemberToPeople(): Promise<number> {
  const totals = await call<HistoryTotals>('history.totals', {
    filters: { from: Date.UTC(2026, 9, 31, 16), to: Date.UTC(2026, 10, 30, 16) },
  });
  return totals.byCurrency.find((figures) => figures.currency === 'CNY')?.toPeople ?? 0;
}

async function monthSpending(): Promise<number> {
  const summary = await call<{ monthSpending: { currency: string; minor: number }[] }>(
    'dashboard.summary',
    { timeZone: TZ },
  );
  return summary.monthSpending.find((line) => line.currency === 'CNY')?.minor ?? 0;
}

const sendToContact = (amount: number) =>
  call<MoneyResult>('transfers.create', {
    accountId: wallet.id,
    to: { newContact: { name: 'Li Wei' } },
    amount,
    timeZone: TZ,
    requestId: newId(),
    auth: { pin: PIN },
  });

const topUp = (amount: number) =>
  call<MoneyResult>('topups.create', {
    fromAccountId: card.id,
    toAccountId: wallet.id,
    amount,
    timeZone: TZ,
    requestId: newId(),
    auth: { pin: PIN },
  });

const withdraw = (amount: number) =>
  call<MoneyResult>('withdrawals.create', {
    fromAccountId: wallet.id,
    toAccountId: card.id,
    amount,
    timeZone: TZ,
    requestId: newId(),
    auth: { pin: PIN },
  });

const voidIt = (id: string, auth: unknown = { pin: PIN }) =>
  fx.gateway.call('transactions.void', { id, timeZone: TZ, auth });

beforeEach(async () => {
  c = await correctionsFixture();
  ({ fx, wallet } = c);
  await call('security.setupPin', { pin: PIN });
  card = await call<Account>('accounts.create', {
    kind: 'bank_card',
    name: 'Card',
    currency: 'CNY',
    openingBalance: 500_000,
  });
});
afterEach(() => fx.close());

describe('transactions.void', () => {
  it('voids money sent to a contact: the balance and the money to people come back, and the transfer stays, marked', async () => {
    const before = await balances();
    const sent = await sendToContact(20_000);
    expect(await novemberToPeople()).toBe(20_000);
    expect(await monthSpending()).toBe(20_000);

    const voided = await call<VoidOutcome>('transactions.void', {
      id: sent.transaction.id,
      revision: 0,
      timeZone: TZ,
      auth: { pin: PIN },
    });

    expect(await balances()).toEqual(before);
    expect(await novemberToPeople()).toBe(0);
    expect(await monthSpending()).toBe(0);
    expect(voided.reversal.transaction).toMatchObject({
      kind: 'reversal',
      reverses: sent.transaction.id,
      reversedKind: 'p2p',
      amount: 20_000,
    });
    const original = await call<TransactionDetail>('transactions.get', { id: sent.transaction.id });
    expect(original.transaction.voidedBy).toBe(voided.reversal.transaction.id);
    expect(original.transaction.amount).toBe(20_000);
    expect(voided.state.undo).toMatchObject({ kind: 'void', count: 2, needsPin: true });
    await c.verifyOk();
  });

  it('voids a top-up and a withdrawal: the money goes back to the account it came from', async () => {
    const before = await balances();
    const topup = await topUp(30_000);
    const withdrawal = await withdraw(10_000);
    await call('transactions.void', { id: topup.transaction.id, auth: { pin: PIN } });
    await call('transactions.void', { id: withdrawal.transaction.id, auth: { pin: PIN } });
    expect(await balances()).toEqual(before);
    await c.verifyOk();
  });

  it('refuses to void a top-up whose money was spent, naming the account, and changes nothing', async () => {
    const topup = await topUp(30_000);
    await c.expense(120_000, 20);
    const before = await ledgerState();
    const result = await voidIt(topup.transaction.id);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_FUNDS', details: { accountId: wallet.id } },
    });
    expect(await ledgerState()).toEqual(before);
    await c.verifyOk();
  });

  it('refuses a second void, a void of the reversal, a stale revision, a payment and an expense — changing nothing', async () => {
    const sent = await sendToContact(20_000);
    const paid = await call<MoneyResult>('payments.create', {
      accountId: wallet.id,
      merchant: { name: 'Tea House' },
      amount: 3_000,
      timeZone: TZ,
      requestId: newId(),
      auth: { pin: PIN },
    });
    const lunch = await c.expense(2_000, 20);
    const { reversal } = await call<VoidOutcome>('transactions.void', {
      id: sent.transaction.id,
      auth: { pin: PIN },
    });
    const before = await ledgerState();
    const refusals = [
      [await voidIt(sent.transaction.id), 'already-voided'],
      [await voidIt(reversal.transaction.id), 'is-reversal'],
      [await voidIt(paid.transaction.id), 'use-refund'],
      [await voidIt(lunch.transaction.id), 'not-voidable'],
    ] as const;
    for (const [result, reason] of refusals)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VOID_REFUSED', details: { reason } },
      });
    expect(await ledgerState()).toEqual(before);

    const other = await sendToContact(1_000);
    const afterOther = await ledgerState();
    expect(
      await fx.gateway.call('transactions.void', {
        id: other.transaction.id,
        revision: 3,
        auth: { pin: PIN },
      }),
    ).toMatchObject({ ok: false, error: { code: 'STALE_REVISION' } });
    expect(await ledgerState()).toEqual(afterOther);
    await c.verifyOk();
  });

  it('changes nothing without the PIN or with a wrong one, and names the field of bad input', async () => {
    const sent = await sendToContact(20_000);
    const before = await ledgerState();
    expect(codeOf(await voidIt(sent.transaction.id, {}))).toBe('VALIDATION');
    expect(codeOf(await voidIt(sent.transaction.id, { pin: WRONG_PIN }))).toBe('PIN_WRONG');
    const bad = await fx.gateway.call('transactions.void', { id: 'nope', auth: { pin: PIN } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(bad)).toContain('id');
    expect(await ledgerState()).toEqual(before);
  });

  it('lands once when the same void is sent eight times at once, as if sent one after another', async () => {
    const sent = await sendToContact(20_000);
    const results = await Promise.all(Array.from({ length: 8 }, () => voidIt(sent.transaction.id)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map(codeOf)).toEqual(
      Array.from({ length: 7 }, () => 'VOID_REFUSED'),
    );
    const together = await balances();
    expect(together['Wallet']).toBe(100_000);
    expect(await novemberToPeople()).toBe(0);
    const rows = await fx.db.transactions.toArray();
    expect(rows.filter((row) => row.kind === 'reversal')).toHaveLength(1);
    await c.verifyOk();
  });
});

describe('undo and redo of a void', () => {
  it('asks for the PIN: without it the undo is refused and nothing changes; with it the transfer stands again', async () => {
    const sent = await sendToContact(20_000);
    const afterPayment = await ledgerState();
    await call('transactions.void', { id: sent.transaction.id, auth: { pin: PIN } });
    const afterVoid = await ledgerState();

    expect((await call<UndoState>('ledger.undoState')).undo).toMatchObject({
      kind: 'void',
      needsPin: true,
    });
    const refused = await fx.gateway.call('ledger.undo', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'PIN_REQUIRED', details: { step: 'undo', kind: 'void' } },
    });
    expect(codeOf(await fx.gateway.call('ledger.undo', { auth: { pin: WRONG_PIN } }))).toBe(
      'PIN_WRONG',
    );
    expect(await ledgerState()).toEqual(afterVoid);

    const undone = await call<UndoOutcome>('ledger.undo', { auth: { pin: PIN } });
    expect(undone.reverted).toMatchObject({ kind: 'void', needsPin: true });
    expect(await ledgerState()).toEqual(afterPayment);
    expect(await novemberToPeople()).toBe(20_000);
    await c.verifyOk();

    expect(undone.state.redo).toMatchObject({ kind: 'void', needsPin: true });
    expect(codeOf(await fx.gateway.call('ledger.redo', {}))).toBe('PIN_REQUIRED');
    expect(await ledgerState()).toEqual(afterPayment);
    await call('ledger.redo', { auth: { pin: PIN } });
    expect(await balances()).toMatchObject({ Wallet: 100_000 });
    expect(await novemberToPeople()).toBe(0);
    await c.verifyOk();
  });

  it('refuses to undo a void whose money was spent since, naming the account, and changes nothing', async () => {
    const sent = await sendToContact(20_000);
    await call('transactions.void', { id: sent.transaction.id, auth: { pin: PIN } });
    await c.expense(95_000, 20);
    const before = await ledgerState();
    const rows = await fx.db.operations.count();
    expect(await fx.gateway.call('ledger.undo', { auth: { pin: PIN } })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_FUNDS', details: { accountId: wallet.id } },
    });
    expect(await ledgerState()).toEqual(before);
    expect(await fx.db.operations.count()).toBe(rows);
    await c.verifyOk();
  });

  it('still needs no PIN to undo an edit', async () => {
    const lunch = await c.expense(2_000, 20);
    await call('transactions.update', { id: lunch.transaction.id, memo: 'tea' });
    expect((await call<UndoState>('ledger.undoState')).undo?.needsPin).toBeUndefined();
    await call('ledger.undo');
    await c.verifyOk();
  });

  it('lands one undo of five sent at once with the PIN, the others finding nothing left to undo', async () => {
    const sent = await sendToContact(20_000);
    const afterPayment = await ledgerState();
    await call('transactions.void', { id: sent.transaction.id, auth: { pin: PIN } });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => fx.gateway.call('ledger.undo', { auth: { pin: PIN } })),
    );
    expect(results.map(codeOf).sort()).toEqual([
      'NOTHING_TO_UNDO',
      'NOTHING_TO_UNDO',
      'NOTHING_TO_UNDO',
      'NOTHING_TO_UNDO',
      'OK',
    ]);
    expect(await ledgerState()).toEqual(afterPayment);
    await c.verifyOk();
  });

  it('refuses, of five undos sent at once without the PIN, the one that reaches the void, whatever came before it', async () => {
    const sent = await sendToContact(20_000);
    await call('transactions.void', { id: sent.transaction.id, auth: { pin: PIN } });
    const lunch = await c.expense(2_000, 20);
    await call('transactions.update', { id: lunch.transaction.id, memo: 'tea' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => fx.gateway.call('ledger.undo', {})),
    );
    // The edit is undone; every later undo reaches the void and is refused without the PIN.
    expect(results.map(codeOf)).toEqual([
      'OK',
      'PIN_REQUIRED',
      'PIN_REQUIRED',
      'PIN_REQUIRED',
      'PIN_REQUIRED',
    ]);
    expect(await balances()).toMatchObject({ Wallet: 98_000 });
    await c.verifyOk();
  });
});
