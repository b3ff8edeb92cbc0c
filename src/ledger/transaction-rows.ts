import { Dexie, type EntityTable } from 'dexie';
import type { Posting, Transaction, TransactionDetail } from '../shared/domain';
import { addMinor } from '../shared/money';

/**
 * How a transaction is stored since schema v16: one row holding the transaction and, sealed
 * with it, its postings (`lines`), rather than a row per posting in a table of their own.
 * An import writes a third of the rows it did, and reading a transaction with its postings
 * is one `get`. A posting is dated and priced with its transaction, so a line keeps only
 * what differs: its id, its side and its signed amount.
 */
export type PostingLine = readonly [id: string, ledgerAccount: string, amount: number];

export type TransactionRow = Transaction & { readonly lines: readonly PostingLine[] };

/**
 * The clear, multi-entry index of a row's sides: `[ledgerAccount, occurredAt]` for each
 * account, category or contact it posts to. An account's statement, its balance after a
 * date and a reconciliation read their rows by it, as they read the postings table before.
 * Derived from `lines` by the sealing middleware on every write (see `db.ts`).
 */
export const SIDES_FIELD = 'sides';

export function rowOf({ transaction, postings }: TransactionDetail): TransactionRow {
  return {
    ...transaction,
    lines: postings.map((posting) => [posting.id, posting.ledgerAccount, posting.amount]),
  };
}

export function postingsOf(row: TransactionRow): Posting[] {
  return row.lines.map(([id, ledgerAccount, amount]) => ({
    id,
    txnId: row.id,
    ledgerAccount,
    amount,
    currency: row.currency,
    occurredAt: row.occurredAt,
    month: row.month,
  }));
}

/** The transaction alone, as the UI and the engine's callers see it. */
export function transactionOf(row: Transaction): Transaction {
  if (!Object.hasOwn(row, 'lines')) return row;
  const { lines: _lines, ...transaction } = row as TransactionRow;
  return transaction;
}

export function detailOf(row: TransactionRow): TransactionDetail {
  return { transaction: transactionOf(row), postings: postingsOf(row) };
}

/** The index keys of a row's sides, each once; undefined for a row without lines. */
export function sidesOf(row: object): [string, number][] | undefined {
  const { lines, occurredAt } = row as Partial<Pick<TransactionRow, 'lines' | 'occurredAt'>>;
  if (!lines?.length || occurredAt === undefined) return undefined;
  const accounts = new Set<string>();
  for (const line of lines) accounts.add(line[1]);
  return [...accounts].map((account) => [account, occurredAt]);
}

/** What a row moves on one side: the sum of its lines there. */
export function amountOn(row: TransactionRow, ledgerAccount: string): number {
  let sum = 0;
  for (const line of row.lines) if (line[1] === ledgerAccount) sum = addMinor(sum, line[2]);
  return sum;
}

/** The rows posting to `ledgerAccount` between two instants (inclusive; absent: unbounded). */
export function rowsOnSide(
  transactions: Pick<EntityTable<TransactionRow, 'id'>, 'where'>,
  ledgerAccount: string,
  from?: number,
  to?: number,
) {
  return transactions
    .where(SIDES_FIELD)
    .between(
      [ledgerAccount, from ?? Dexie.minKey],
      [ledgerAccount, to ?? Dexie.maxKey],
      true,
      true,
    );
}

/** The transactions a `bulkGet` found, in its order, without their lines. */
export function foundTransactions(rows: readonly (Transaction | undefined)[]): Transaction[] {
  return rows.flatMap((row) => (row ? [transactionOf(row)] : []));
}
