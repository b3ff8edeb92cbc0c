import type { Table } from 'dexie';

/**
 * Moves each transaction's postings into its own row, as v16 stores them: `lines` of
 * `[posting id, ledger account, amount]`, and `ownSides` (the own-account lines in posting-id
 * order) on rows written before it was kept. Rows are rewritten oldest first, a slice at a
 * time, so that the blocks middleware appends their blocks rather than rewriting old ones.
 * Frozen as it shipped: it copies what it needs rather than import the engine.
 */

const SLICE = 2_000;

export interface StoredPosting {
  readonly id: string;
  readonly txnId: string;
  readonly ledgerAccount: string;
  readonly amount: number;
}

export type Row = { readonly id: string; readonly occurredAt: number } & Record<string, unknown>;
type Line = [id: string, ledgerAccount: string, amount: number];

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function rowWithLines(row: Row, postings: readonly StoredPosting[]): Row {
  const { memoTokens: _tokens, ...rest } = row;
  const sorted = [...postings].sort(byId);
  const lines: Line[] = sorted.map((p) => [p.id, p.ledgerAccount, p.amount]);
  const ownSides =
    rest['ownSides'] ??
    sorted
      .filter((p) => !p.ledgerAccount.includes(':'))
      .map((p) => ({ account: p.ledgerAccount, amount: p.amount }));
  return { ...rest, ownSides, lines };
}

export async function movePostingsIntoRows(
  transactions: Table<Row, string>,
  postings: Table<StoredPosting, string>,
  blocks: Table<unknown, unknown>,
): Promise<void> {
  // Rebuilt from the rewritten rows by the blocks middleware, with their memo tokens.
  await blocks.clear();
  let after: [number, string] | undefined;
  for (;;) {
    const rows = await (
      after
        ? transactions.where('[occurredAt+id]').above(after)
        : transactions.orderBy('[occurredAt+id]')
    )
      .limit(SLICE)
      .toArray();
    if (!rows.length) return;
    const found = await postings
      .where('txnId')
      .anyOf(rows.map((row) => row.id))
      .toArray();
    const byTxn = new Map<string, StoredPosting[]>();
    for (const posting of found) {
      const list = byTxn.get(posting.txnId);
      if (list) list.push(posting);
      else byTxn.set(posting.txnId, [posting]);
    }
    await transactions.bulkPut(rows.map((row) => rowWithLines(row, byTxn.get(row.id) ?? [])));
    const last = rows.at(-1)!;
    after = [last.occurredAt, last.id];
  }
}
