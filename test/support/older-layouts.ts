import { postingsOf, type TransactionRow } from '../../src/ledger/transaction-rows';

type Tables = Record<string, Record<string, unknown>[]>;

/** The tables as a ledger before schema v16 held them: the postings in a table of their own. */
export function withPostingsApart(tables: Tables): Tables {
  const rows = (tables.transactions ?? []) as unknown as TransactionRow[];
  return {
    ...tables,
    transactions: rows.map(({ lines: _, ...transaction }) => transaction),
    postings: rows.flatMap(postingsOf) as unknown as Record<string, unknown>[],
  };
}
