import { bulkPostTransactions, type BulkDraft } from '../../src/ledger/engine/bulk/bulk-post';
import type { EngineContext } from '../../src/ledger/engine/context';
import {
  categoryLedgerAccount,
  externalLedgerAccount,
} from '../../src/ledger/engine/ledger-accounts';
import type { LedgerApi } from '../../src/shared/contract';
import type { GeneratedLedger, GenTransaction } from './generate-ledger';

/** Where generated keys landed in Purse. */
export interface PurseIds {
  readonly accounts: ReadonlyMap<string, string>;
  readonly counterparties: ReadonlyMap<string, string>;
  /** Category ids by English name. */
  readonly categories: ReadonlyMap<string, string>;
}

/** Creates the generated accounts (with their opening balances) and counterparties. */
export async function createPurseBooks(api: LedgerApi, ledger: GeneratedLedger): Promise<PurseIds> {
  const accounts = new Map<string, string>();
  for (const account of ledger.accounts) {
    const created = await api['accounts.create']({
      kind: account.kind,
      name: account.name,
      currency: account.currency,
      openingBalance: account.opening,
    });
    accounts.set(account.key, created.id);
  }
  const counterparties = new Map<string, string>();
  for (const counterparty of ledger.counterparties) {
    const created = await api['counterparties.create']({
      kind: counterparty.kind,
      name: counterparty.name,
    });
    counterparties.set(counterparty.key, created.id);
  }
  const categories = new Map(
    (await api['categories.list'](undefined)).map((category) => [category.name.en, category.id]),
  );
  return { accounts, counterparties, categories };
}

/** One generated transaction as the engine's balanced draft. */
export function purseDraft(
  ledger: GeneratedLedger,
  ids: PurseIds,
  txn: GenTransaction,
  currency: 'CNY' | 'USD',
): BulkDraft {
  const accountId = ids.accounts.get(txn.account)!;
  const counterpartyId = txn.counterparty ? ids.counterparties.get(txn.counterparty) : undefined;
  const categoryId = txn.category ? ids.categories.get(txn.category) : undefined;
  if (txn.category && !categoryId) throw new Error(`no category named ${txn.category}`);
  const common = {
    kind: txn.kind,
    occurredAt: txn.occurredAt,
    timeZone: ledger.timeZone,
    amount: txn.amount,
    currency,
    accountId,
    ...(counterpartyId ? { counterpartyId } : {}),
    ...(txn.memo ? { memo: txn.memo } : {}),
  };
  switch (txn.kind) {
    case 'expense':
      return {
        ...common,
        categoryId: categoryId!,
        postings: [
          { ledgerAccount: accountId, amount: -txn.amount },
          { ledgerAccount: categoryLedgerAccount(categoryId!), amount: txn.amount },
        ],
      };
    case 'income':
    case 'refund':
      return {
        ...common,
        categoryId: categoryId!,
        postings: [
          { ledgerAccount: accountId, amount: txn.amount },
          { ledgerAccount: categoryLedgerAccount(categoryId!), amount: -txn.amount },
        ],
      };
    case 'p2p':
      return {
        ...common,
        postings: [
          { ledgerAccount: accountId, amount: -txn.amount },
          { ledgerAccount: externalLedgerAccount(counterpartyId!), amount: txn.amount },
        ],
      };
    case 'transfer': {
      const toAccountId = ids.accounts.get(txn.toAccount!)!;
      return {
        ...common,
        toAccountId,
        postings: [
          { ledgerAccount: accountId, amount: -txn.amount },
          { ledgerAccount: toAccountId, amount: txn.amount },
        ],
      };
    }
  }
}

/** Every generated transaction as drafts, in `chunk`-sized slices, built lazily. */
export function* purseDraftChunks(
  ledger: GeneratedLedger,
  ids: PurseIds,
  chunk: number,
): Generator<BulkDraft[]> {
  const currencyOf = new Map(ledger.accounts.map((a) => [a.key, a.currency]));
  for (let from = 0; from < ledger.transactions.length; from += chunk) {
    yield ledger.transactions
      .slice(from, from + chunk)
      .map((txn) => purseDraft(ledger, ids, txn, currencyOf.get(txn.account)!));
  }
}

/**
 * Writes a generated ledger into Purse: books through the API, transactions through the
 * bulk import path in chunks. Returns the ids and the time spent in bulk import alone.
 */
export async function writeLedgerToPurse(
  target: { readonly api: LedgerApi; readonly ctx: EngineContext },
  ledger: GeneratedLedger,
  chunk = 10_000,
): Promise<{ ids: PurseIds; bulkMs: number; rows: number }> {
  const ids = await createPurseBooks(target.api, ledger);
  let bulkMs = 0;
  let rows = 0;
  for (const drafts of purseDraftChunks(ledger, ids, chunk)) {
    const started = performance.now();
    const result = await bulkPostTransactions(target.ctx, drafts);
    bulkMs += performance.now() - started;
    rows += result.ids.length + result.postings;
  }
  return { ids, bulkMs, rows };
}
