import { splitTotal } from '../../shared/splits';
import type { InvariantReport, OwnSide, Posting, Transaction } from '../../shared/domain';
import type { PurseDb } from '../db';
import { blockProblems } from '../blocks/verify-blocks';
import { aggregateDeltas, withRollups, type AggregateDelta } from './aggregates';
import { allRows } from './aggregate-sheets';
import { isOwnAccount, ownSidesOf } from './ledger-accounts';
import { postingsOf } from '../transaction-rows';

function sameSides(stored: readonly OwnSide[], fromPostings: readonly OwnSide[]): boolean {
  return (
    Array.isArray(stored) &&
    stored.length === fromPostings.length &&
    stored.every((side: unknown, i) => {
      // Read from disk: a tampered row may hold anything here.
      const got = side as Partial<OwnSide> | null;
      const want = fromPostings[i]!;
      return got !== null && got.account === want.account && got.amount === want.amount;
    })
  );
}

/** The postings of `txn` by ledger account, summed: what it moved where. */
function movedBy(postings: readonly Posting[]): Map<string, number> {
  const moved = new Map<string, number>();
  for (const posting of postings)
    moved.set(posting.ledgerAccount, (moved.get(posting.ledgerAccount) ?? 0) + posting.amount);
  return moved;
}

/**
 * Voids hold together: a reversal names a stored transaction that names it back
 * (`voidedBy`), and moves exactly what that one moved, the other way; a voided transaction's
 * reversal is stored and reverses it.
 */
function voidProblems(
  txnById: ReadonlyMap<string, Transaction>,
  byTxn: ReadonlyMap<string, readonly Posting[]>,
): string[] {
  const problems: string[] = [];
  for (const txn of txnById.values()) {
    if (txn.voidedBy !== undefined && txnById.get(txn.voidedBy)?.reverses !== txn.id)
      problems.push(
        `transaction ${txn.id} is voided by ${txn.voidedBy}, which does not reverse it`,
      );
    if (txn.kind !== 'reversal') continue;
    const original = txn.reverses === undefined ? undefined : txnById.get(txn.reverses);
    if (!original || original.voidedBy !== txn.id) {
      problems.push(`reversal ${txn.id} reverses ${txn.reverses}, which it did not void`);
      continue;
    }
    const back = movedBy(byTxn.get(txn.id) ?? []);
    const there = movedBy(byTxn.get(original.id) ?? []);
    const keys = new Set([...back.keys(), ...there.keys()]);
    if ([...keys].some((key) => (back.get(key) ?? 0) + (there.get(key) ?? 0) !== 0))
      problems.push(`reversal ${txn.id} does not move back what ${original.id} moved`);
  }
  return problems;
}

/**
 * Recomputes everything that is cached from the postings and reports every mismatch:
 * each transaction sums to zero, its cached `ownSides` are its own-account
 * postings, each account's balance equals its postings, and each monthly aggregate (per
 * account, category, counterparty, and the money sent to each contact) and each roll-up of
 * them (yearly, per category kind, over all accounts) equals what its postings add up to,
 * and the transaction blocks hold exactly the transactions; each void's reversal and the
 * transaction it voided name each other and move the same money opposite ways. Reads the
 * whole ledger: for tests, diagnostics and after restores, never for a screen.
 */
export async function verifyInvariants(db: PurseDb): Promise<InvariantReport> {
  return db.transaction(
    'r',
    [db.accounts, db.categories, db.transactions, db.aggregates, db.transactionBlocks],
    async () => {
      const [accounts, categories, transactions, aggregates, blocks] = await Promise.all([
        db.accounts.toArray(),
        db.categories.toArray(),
        db.transactions.toArray(),
        allRows(db.aggregates),
        db.transactionBlocks.toArray(),
      ]);
      const problems: string[] = blockProblems(transactions, blocks);
      const byTxn = new Map<string, Posting[]>();
      for (const row of transactions) {
        if (!Array.isArray(row.lines)) problems.push(`transaction ${row.id} has no postings`);
        else byTxn.set(row.id, postingsOf(row));
      }
      const txnById = new Map<string, Transaction>(transactions.map((txn) => [txn.id, txn]));

      const monthly = new Map<string, AggregateDelta>();
      const balances = new Map<string, number>();
      for (const txn of transactions) {
        const own = byTxn.get(txn.id) ?? [];
        if (own.length < 2) problems.push(`transaction ${txn.id} has ${own.length} posting(s)`);
        const sum = own.reduce((total, posting) => total + posting.amount, 0);
        if (sum !== 0) problems.push(`transaction ${txn.id} postings sum to ${sum}, not 0`);
        if (!sameSides(txn.ownSides ?? [], ownSidesOf(own)))
          problems.push(`transaction ${txn.id} ownSides differ from its own-account postings`);
        if (txn.splits && splitTotal(txn.splits) !== txn.amount)
          problems.push(`transaction ${txn.id} split lines do not add up to its amount`);
        for (const posting of own) {
          if (!Number.isSafeInteger(posting.amount))
            problems.push(`posting ${posting.id} amount is not a safe integer`);
          if (isOwnAccount(posting.ledgerAccount)) {
            balances.set(
              posting.ledgerAccount,
              (balances.get(posting.ledgerAccount) ?? 0) + posting.amount,
            );
          }
        }
        for (const delta of aggregateDeltas(txn, own)) {
          const seen = monthly.get(delta.id);
          if (seen) {
            seen.debit += delta.debit;
            seen.credit += delta.credit;
            seen.count += delta.count;
          } else monthly.set(delta.id, { ...delta });
        }
      }
      problems.push(...voidProblems(txnById, byTxn));
      const kinds = new Map(categories.map((category) => [category.id, category.kind]));
      const expected = new Map(
        withRollups([...monthly.values()], (id) => kinds.get(id)).map((row) => [row.id, row]),
      );

      const accountIds = new Set(accounts.map((account) => account.id));
      for (const account of accounts) {
        const fromPostings = balances.get(account.id) ?? 0;
        if (account.balance !== fromPostings) {
          problems.push(
            `account ${account.id} balance ${account.balance} ≠ postings ${fromPostings}`,
          );
        }
      }
      for (const id of balances.keys()) {
        if (!accountIds.has(id)) problems.push(`postings to missing account ${id}`);
      }

      const stored = new Map(aggregates.map((row) => [row.id, row]));
      for (const [id, want] of expected) {
        const row = stored.get(id);
        if (!row) problems.push(`aggregate ${id} is missing`);
        else if (
          row.debit !== want.debit ||
          row.credit !== want.credit ||
          row.count !== want.count
        ) {
          problems.push(
            `aggregate ${id} is ${row.debit}/${row.credit}/${row.count}, postings say ${want.debit}/${want.credit}/${want.count}`,
          );
        }
      }
      for (const row of aggregates) {
        const empty = row.debit === 0 && row.credit === 0 && row.count === 0;
        if (!expected.has(row.id) && !empty)
          problems.push(`aggregate ${row.id} has no postings behind it`);
      }

      return {
        ok: problems.length === 0,
        checked: {
          transactions: transactions.length,
          postings: [...byTxn.values()].reduce((sum, own) => sum + own.length, 0),
          accounts: accounts.length,
          aggregates: aggregates.length,
        },
        problems,
      };
    },
  );
}
