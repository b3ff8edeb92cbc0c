import { describe, expect, it } from 'vitest';
import {
  actualCategories,
  actualOpeningDate,
  actualTransaction,
  actualTransactionChunks,
  type ActualIds,
  type ActualTransaction,
} from '../../../bench/actual/actual-import';
import { actualTotals, type ActualCategorySum } from '../../../bench/actual/actual-totals';
import type { Totals } from '../../../bench/compare/totals';
import { generateLedger, type GeneratedLedger } from '../../../bench/generator/generate-ledger';
import { journalAccount, journalPostings, localDate } from '../../../bench/generator/write-journal';

/** Ids as Actual would hand them out: one per generated key. */
function fakeIds(ledger: GeneratedLedger): ActualIds {
  const { expense, income } = actualCategories(ledger);
  return {
    accounts: new Map(ledger.accounts.map((a) => [a.key, `acct-${a.key}`])),
    payees: new Map(ledger.counterparties.map((c) => [c.key, `payee-${c.key}`])),
    transferPayees: new Map(ledger.accounts.map((a) => [a.key, `transfer-${a.key}`])),
    categories: new Map([...expense, ...income].map((name) => [name, `cat-${name}`])),
  };
}

function add(totals: Totals, key: string, minor: number) {
  const sum = (totals[key] ?? 0) + minor;
  if (sum === 0) delete totals[key];
  else totals[key] = sum;
}

/** The totals the journal itself implies: what hledger reads from it. */
function journalTotals(ledger: GeneratedLedger): Totals {
  const totals: Totals = {};
  const byKey = new Map(ledger.accounts.map((a) => [a.key, a]));
  for (const account of ledger.accounts)
    add(totals, `${journalAccount(account)}|all|${account.currency}`, account.opening);
  for (const txn of ledger.transactions) {
    const currency = byKey.get(txn.account)!.currency;
    for (const [account, amount] of journalPostings(ledger, txn)) {
      if (/^(assets|liabilities):/.test(account)) add(totals, `${account}|all|${currency}`, amount);
      if (/^(expenses|income):/.test(account))
        add(totals, `${account}|${localDate(txn.occurredAt).slice(0, 7)}|${currency}`, amount);
    }
  }
  return totals;
}

/**
 * What Actual does with the added transactions (transfer handling off, as the bench adds
 * them): each lands on its account, and its reports sum amounts by category, month and
 * account.
 */
function simulateActual(ledger: GeneratedLedger, ids: ActualIds) {
  const balances = new Map(ledger.accounts.map((a) => [ids.accounts.get(a.key)!, a.opening]));
  const sums = new Map<string, ActualCategorySum>();
  const post = (account: string, t: ActualTransaction) => {
    balances.set(account, balances.get(account)! + t.amount);
    if (!t.category) return;
    const month = t.date.slice(0, 7);
    const key = `${t.category}|${account}|${month}`;
    const found = sums.get(key);
    sums.set(key, {
      category: t.category,
      account,
      month,
      amount: (found?.amount ?? 0) + t.amount,
    });
  };
  for (const { accountId, transactions } of actualTransactionChunks(ledger, ids, 37))
    for (const t of transactions) post(accountId, t);
  return { balances, sums: [...sums.values()] };
}

describe('the generated ledger in Actual’s shapes', () => {
  const ledger = generateLedger(500, 7);
  const ids = fakeIds(ledger);

  it('signs amounts by the account’s side and names payees, categories and notes', () => {
    const of = (kind: string) => ledger.transactions.find((t) => t.kind === kind)!;
    const expense = of('expense');
    expect(actualTransaction(ids, expense)).toMatchObject({
      date: localDate(expense.occurredAt),
      amount: -expense.amount,
      payee: `payee-${expense.counterparty}`,
      category: `cat-${expense.category}`,
    });
    expect(actualTransaction(ids, of('income')).amount).toBe(of('income').amount);
    expect(actualTransaction(ids, of('refund'))).toMatchObject({
      amount: of('refund').amount,
      category: 'cat-Shopping',
      notes: 'refund',
    });
    const p2p = actualTransaction(ids, of('p2p'));
    expect(p2p.amount).toBe(-of('p2p').amount);
    expect(p2p.category).toBeUndefined();
    const transfer = of('transfer');
    expect(actualTransaction(ids, transfer)).toEqual({
      date: localDate(transfer.occurredAt),
      amount: -transfer.amount,
      payee: `transfer-${transfer.toAccount}`,
    });
  });

  it('adds every transaction on its own account, and a transfer on both, in the ledger’s order', () => {
    const chunks = actualTransactionChunks(ledger, ids, 37);
    const transfers = ledger.transactions.filter((t) => t.kind === 'transfer').length;
    expect(transfers).toBeGreaterThan(20);
    expect(chunks.every((c) => c.transactions.length <= 37)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.transactions.length, 0)).toBe(500 + transfers);
    const bank = chunks
      .filter((c) => c.accountId === 'acct-bank')
      .flatMap((c) => c.transactions.map((t) => t.date));
    expect(bank).toEqual(
      ledger.transactions
        .filter((t) => t.account === 'bank' || t.toAccount === 'bank')
        .map((t) => localDate(t.occurredAt)),
    );
  });

  it('writes a transfer’s two sides naming each other, with each other’s transfer payee', () => {
    let n = 0;
    const chunks = actualTransactionChunks(ledger, ids, 37, () => `id-${(n += 1)}`);
    const sides = chunks.flatMap((c) =>
      c.transactions.filter((t) => t.id).map((t) => ({ ...t, accountId: c.accountId })),
    );
    const byId = new Map(sides.map((t) => [t.id, t]));
    const accountOfPayee = new Map([...ids.transferPayees].map(([key, p]) => [p, key]));
    for (const side of sides) {
      const other = byId.get(side.transfer_id)!;
      expect(other.transfer_id).toBe(side.id);
      expect(other.amount).toBe(-side.amount);
      expect(other.date).toBe(side.date);
      expect(ids.accounts.get(accountOfPayee.get(side.payee)!)).toBe(other.accountId);
      expect(side.category).toBeUndefined();
    }
    expect(sides.filter((t) => t.amount < 0).length).toBe(
      ledger.transactions.filter((t) => t.kind === 'transfer').length,
    );
  });

  it('refuses a key Actual has no id for', () => {
    const txn = ledger.transactions.find((t) => t.kind === 'expense')!;
    const missing = { ...ids, categories: new Map<string, string>() };
    expect(() => actualTransaction(missing, txn)).toThrow(/no Actual category/);
  });

  it('dates opening balances the day before the first day, in Shanghai', () => {
    expect(actualOpeningDate(ledger)).toBe(localDate(ledger.start - 86_400_000));
    expect(actualOpeningDate(ledger)).toMatch(/-12-31$/);
  });

  it('gives the journal’s balances and monthly category totals once Actual has booked it', () => {
    const { balances, sums } = simulateActual(ledger, ids);
    const totals = actualTotals(ledger, ids.accounts, ids.categories, balances, sums);
    expect(Object.keys(totals).length).toBeGreaterThan(50);
    expect(totals).toEqual(journalTotals(ledger));
  });

  it('shows a difference when one balance is off by a cent', () => {
    const { balances, sums } = simulateActual(ledger, ids);
    balances.set('acct-savings', balances.get('acct-savings')! + 1);
    const totals = actualTotals(ledger, ids.accounts, ids.categories, balances, sums);
    expect(totals).not.toEqual(journalTotals(ledger));
  });
});
