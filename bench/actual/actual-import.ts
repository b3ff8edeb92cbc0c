import { randomUUID } from 'node:crypto';
import type { GeneratedLedger, GenTransaction } from '../generator/generate-ledger';
import { localDate } from '../generator/write-journal';

/**
 * The generated ledger in Actual Budget's shapes. Actual keeps integer cents with the sign of
 * the account's side (outflows negative), one date per transaction (no time), a payee per
 * transaction and, for a transfer between own accounts, the other account's transfer payee.
 */
export interface ActualTransaction {
  /** Set on the two sides of a transfer, which name each other in `transfer_id`. */
  readonly id?: string;
  readonly transfer_id?: string;
  readonly date: string;
  readonly amount: number;
  readonly payee: string;
  readonly category?: string;
  readonly notes?: string;
}

/** Where generated keys landed in Actual's budget. */
export interface ActualIds {
  readonly accounts: ReadonlyMap<string, string>;
  /** Payee ids by counterparty key. */
  readonly payees: ReadonlyMap<string, string>;
  /** The transfer payee of each own account, by account key. */
  readonly transferPayees: ReadonlyMap<string, string>;
  /** Category ids by English name. */
  readonly categories: ReadonlyMap<string, string>;
}

/** The categories the ledger uses, expense and income apart, in order of first use. */
export function actualCategories(ledger: GeneratedLedger): {
  expense: string[];
  income: string[];
} {
  const expense = new Set<string>();
  const income = new Set<string>();
  for (const txn of ledger.transactions) {
    if (!txn.category) continue;
    (txn.kind === 'income' ? income : expense).add(txn.category);
  }
  return { expense: [...expense], income: [...income] };
}

/** Opening balances are dated the day before the first day, as in the journal. */
export function actualOpeningDate(ledger: GeneratedLedger): string {
  return localDate(ledger.start - 86_400_000);
}

function required(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`no Actual ${what} for ${key}`);
  return id;
}

/** One generated transaction as Actual's transaction on its own account. */
export function actualTransaction(ids: ActualIds, txn: GenTransaction): ActualTransaction {
  const date = localDate(txn.occurredAt);
  const notes = txn.memo ? { notes: txn.memo } : {};
  const category = txn.category
    ? { category: required(ids.categories, txn.category, 'category') }
    : {};
  if (txn.kind === 'transfer') {
    return {
      date,
      amount: -txn.amount,
      payee: required(ids.transferPayees, txn.toAccount!, 'transfer payee'),
      ...notes,
    };
  }
  const inflow = txn.kind === 'income' || txn.kind === 'refund';
  return {
    date,
    amount: inflow ? txn.amount : -txn.amount,
    payee: required(ids.payees, txn.counterparty!, 'payee'),
    ...category,
    ...notes,
  };
}

/**
 * Every generated transaction grouped by the Actual account it is added to, in `chunk`-sized
 * slices in the ledger's order. A transfer is written as both its sides, linked by id, as
 * Actual's own YNAB importer writes them: then the import needs none of Actual's per-row
 * transfer handling and takes its plain insert path.
 */
export function actualTransactionChunks(
  ledger: GeneratedLedger,
  ids: ActualIds,
  chunk: number,
  newId: () => string = randomUUID,
): { accountId: string; transactions: ActualTransaction[] }[] {
  const byAccount = new Map<string, ActualTransaction[]>();
  const push = (key: string, transaction: ActualTransaction) => {
    const accountId = required(ids.accounts, key, 'account');
    let list = byAccount.get(accountId);
    if (!list) byAccount.set(accountId, (list = []));
    list.push(transaction);
  };
  for (const txn of ledger.transactions) {
    const transaction = actualTransaction(ids, txn);
    if (txn.kind !== 'transfer') {
      push(txn.account, transaction);
      continue;
    }
    const [from, to] = [newId(), newId()];
    push(txn.account, { id: from, transfer_id: to, ...transaction });
    push(txn.toAccount!, {
      ...transaction,
      id: to,
      transfer_id: from,
      amount: txn.amount,
      payee: required(ids.transferPayees, txn.account, 'transfer payee'),
    });
  }
  const out: { accountId: string; transactions: ActualTransaction[] }[] = [];
  for (const [accountId, list] of byAccount) {
    for (let from = 0; from < list.length; from += chunk)
      out.push({ accountId, transactions: list.slice(from, from + chunk) });
  }
  return out;
}
