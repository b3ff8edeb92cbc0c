import { Dexie } from 'dexie';
import type { z } from 'zod';
import { dayKeyOf } from '../../../shared/dates';
import type { Account, Category, Counterparty, Transaction } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { ImportOutcome, ImportRow, importsCommitInput } from '../../../shared/imports';
import { CATEGORY_HINTS } from '../../../shared/import/profiles';
import { addMinor } from '../../../shared/money';
import type { EngineContext } from '../context';
import { counterpartyRange } from '../counterparty-transactions';
import { categoryLedgerAccount } from '../ledger-accounts';
import type { TransactionDraft } from '../post-transaction';
import { requireOpenAccount } from '../require';

export type ImportInput = z.output<typeof importsCommitInput>;

/** One transaction to post; a refund names the draft of the payment it reverses. */
export interface ImportDraft {
  readonly draft: TransactionDraft;
  readonly refundOfDraft?: number;
}

export interface ImportPlan {
  readonly account: Account;
  readonly drafts: readonly ImportDraft[];
  readonly newCounterparties: readonly Counterparty[];
  readonly outcome: ImportOutcome;
}

const DAY = 86_400_000;
const INCOMING = new Set(['income', 'refund', 'opening', 'withdrawal']);

function nameKey(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Counts of what is already in the ledger, by the keys an imported row is matched on. */
class Multiset {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  take(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n === 0) return false;
    this.counts.set(key, n - 1);
    return true;
  }
}

function dayKey(at: number, timeZone: string, signed: number, counterparty: string): string {
  return `day|${dayKeyOf(at, timeZone)}|${signed}|${nameKey(counterparty)}`;
}

/**
 * Works out what importing `input` means for the ledger, without writing: which rows are
 * already there (same account, local day, signed amount and payee — or the same
 * reference), the category of each new row (the payee's history, else the source's own
 * category, else a default), the payees to create, and the refunds to pair. Runs inside
 * the caller's transaction so that a commit acts on exactly what it planned.
 */
export async function planImport(ctx: EngineContext, input: ImportInput): Promise<ImportPlan> {
  if (input.rejectedRows > 0 && !input.goodRowsOnly) {
    throw new PurseError(
      'VALIDATION',
      'Some rows of the file were rejected: nothing was imported.',
      { reason: 'rejected-rows', count: input.rejectedRows },
    );
  }
  const account = await requireOpenAccount(ctx, input.accountId);
  const rows = [...input.rows].sort((a, b) => a.occurredAt - b.occurredAt || a.line - b.line);
  const [categories, counterparties] = await Promise.all([
    ctx.db.categories.toArray(),
    ctx.db.counterparties.toArray(),
  ]);
  const counterpartyById = new Map(counterparties.map((c) => [c.id, c]));
  const counterpartyByName = new Map(counterparties.map((c) => [nameKey(c.name), c]));

  const existing = await existingTransactions(ctx, account.id, rows);
  const seen = new Multiset();
  const byOrderRef = new Map<string, Transaction>();
  for (const txn of existing) {
    const signed =
      INCOMING.has(txn.kind) || txn.toAccountId === account.id ? txn.amount : -txn.amount;
    const name = txn.counterpartyId ? counterpartyById.get(txn.counterpartyId)?.name : '';
    seen.add(dayKey(txn.occurredAt, txn.timeZone, signed, name ?? ''));
    if (txn.orderRef) {
      seen.add(`ref|${txn.orderRef}|${signed}`);
      byOrderRef.set(txn.orderRef, txn);
    }
  }

  const categorise = new Categoriser(ctx, categories);
  const knownPayees = new Set<string>();
  for (const row of rows) {
    const known = row.counterparty ? counterpartyByName.get(nameKey(row.counterparty)) : undefined;
    if (known) knownPayees.add(known.id);
  }
  await categorise.loadHistory([...knownPayees]);
  const newCounterparties: Counterparty[] = [];
  const drafts: ImportDraft[] = [];
  const draftByReference = new Map<string, number>();
  const draftByMerchantRef = new Map<string, number>();
  const duplicateLines: number[] = [];
  let balance = account.balance;
  let refundsPaired = 0;

  for (const row of rows) {
    const byRef = row.reference ? seen.take(`ref|${row.reference}|${row.amount}`) : false;
    const byDay = seen.take(
      dayKey(row.occurredAt, input.timeZone, row.amount, row.counterparty ?? ''),
    );
    if (byRef || byDay) {
      duplicateLines.push(row.line);
      continue;
    }

    let counterparty = row.counterparty
      ? counterpartyByName.get(nameKey(row.counterparty))
      : undefined;
    if (row.counterparty && !counterparty) {
      counterparty = {
        id: newId(),
        kind: row.contact ? 'contact' : 'merchant',
        name: row.counterparty,
        createdAt: ctx.clock.now(),
      };
      counterpartyByName.set(nameKey(row.counterparty), counterparty);
      newCounterparties.push(counterparty);
    }

    const common = {
      occurredAt: row.occurredAt,
      timeZone: input.timeZone,
      amount: Math.abs(row.amount),
      currency: account.currency,
      accountId: account.id,
      ...(counterparty ? { counterpartyId: counterparty.id } : {}),
      ...(row.memo ? { memo: row.memo } : {}),
      ...(row.reference ? { orderRef: row.reference } : {}),
    };

    let draft: ImportDraft;
    if (row.refund) {
      const original = findOriginal(row, drafts, draftByReference, draftByMerchantRef, byOrderRef);
      const categoryId = original?.categoryId ?? categorise.forRow(row, counterparty, 'expense');
      const paidTo = original?.counterpartyId ?? counterparty?.id;
      if (original) refundsPaired++;
      draft = {
        draft: {
          ...common,
          kind: 'refund',
          categoryId,
          ...(paidTo ? { counterpartyId: paidTo } : {}),
          ...(original?.txnId ? { refundOf: original.txnId } : {}),
          postings: [
            { ledgerAccount: account.id, amount: common.amount },
            { ledgerAccount: categoryLedgerAccount(categoryId), amount: -common.amount },
          ],
        },
        ...(original?.draftIndex !== undefined ? { refundOfDraft: original.draftIndex } : {}),
      };
    } else {
      const kind = row.amount < 0 ? 'expense' : 'income';
      const categoryId = categorise.forRow(row, counterparty, kind);
      draft = {
        draft: {
          ...common,
          kind,
          categoryId,
          postings: [
            { ledgerAccount: account.id, amount: row.amount },
            { ledgerAccount: categoryLedgerAccount(categoryId), amount: -row.amount },
          ],
        },
      };
    }
    balance = addMinor(balance, row.amount);
    if (row.reference) draftByReference.set(row.reference, drafts.length);
    if (row.merchantRef && row.amount < 0) draftByMerchantRef.set(row.merchantRef, drafts.length);
    drafts.push(draft);
  }

  if (account.kind !== 'credit_card' && balance < 0) {
    throw new PurseError('INSUFFICIENT_FUNDS', `Not enough money in "${account.name}".`, {
      accountId: account.id,
      balance: account.balance,
      needed: account.balance - balance,
      currency: account.currency,
    });
  }

  return {
    account,
    drafts,
    newCounterparties,
    outcome: {
      rows: rows.length,
      imported: drafts.length,
      duplicates: duplicateLines.length,
      duplicateLines: duplicateLines.slice(0, 5000),
      refundsPaired,
      newCounterparties: newCounterparties.length,
      balanceAfter: balance,
      currency: account.currency,
    },
  };
}

/** The account's transactions in the file's period (a day either side for time zones). */
async function existingTransactions(
  ctx: EngineContext,
  accountId: string,
  rows: readonly ImportRow[],
): Promise<Transaction[]> {
  if (rows.length === 0) return [];
  const from = rows[0]!.occurredAt - DAY;
  const to = rows[rows.length - 1]!.occurredAt + DAY;
  const inPeriod = await ctx.db.transactions
    .where('[occurredAt+id]')
    .between([from, Dexie.minKey], [to, Dexie.maxKey])
    .toArray();
  return inPeriod.filter((txn) => txn.accountId === accountId || txn.toAccountId === accountId);
}

interface Original {
  readonly categoryId?: string;
  readonly counterpartyId?: string;
  readonly txnId?: string;
  readonly draftIndex?: number;
}

/**
 * The payment a refund gives money back for: named by the export (`refundOf`), sharing the
 * merchant's order number, or whose reference the refund's reference extends — in this
 * file first, then among payments already in the ledger.
 */
function findOriginal(
  row: ImportRow,
  drafts: readonly ImportDraft[],
  byReference: ReadonlyMap<string, number>,
  byMerchantRef: ReadonlyMap<string, number>,
  byOrderRef: ReadonlyMap<string, Transaction>,
): Original | undefined {
  const fromDraft = (index: number | undefined): Original | undefined => {
    if (index === undefined) return undefined;
    const { draft } = drafts[index]!;
    if (draft.kind !== 'expense') return undefined;
    return {
      draftIndex: index,
      ...(draft.categoryId ? { categoryId: draft.categoryId } : {}),
      ...(draft.counterpartyId ? { counterpartyId: draft.counterpartyId } : {}),
    };
  };
  const fromLedger = (txn: Transaction | undefined): Original | undefined =>
    txn && txn.categoryId
      ? {
          txnId: txn.id,
          categoryId: txn.categoryId,
          ...(txn.counterpartyId ? { counterpartyId: txn.counterpartyId } : {}),
        }
      : undefined;
  if (row.refundOf) {
    return fromDraft(byReference.get(row.refundOf)) ?? fromLedger(byOrderRef.get(row.refundOf));
  }
  if (row.merchantRef) {
    const found = fromDraft(byMerchantRef.get(row.merchantRef));
    if (found) return found;
  }
  if (row.reference) {
    for (const [reference, index] of byReference) {
      if (reference !== row.reference && row.reference.startsWith(reference)) {
        const found = fromDraft(index);
        if (found) return found;
      }
    }
    for (const [reference, txn] of byOrderRef) {
      if (reference !== row.reference && row.reference.startsWith(reference))
        return fromLedger(txn);
    }
  }
  return undefined;
}

/** Chooses categories: the payee's own history first, then the source's category names. */
class Categoriser {
  private readonly byPayee = new Map<string, string>();
  private readonly byBuiltin = new Map<string, Category>();
  private readonly byName = new Map<string, Category>();
  private readonly byId: ReadonlyMap<string, Category>;

  constructor(
    private readonly ctx: EngineContext,
    categories: readonly Category[],
  ) {
    this.byId = new Map(categories.filter((c) => !c.archived).map((c) => [c.id, c]));
    for (const category of categories) {
      if (category.archived) continue;
      if (category.builtin) this.byBuiltin.set(category.builtin, category);
      for (const name of [category.name.en, category.name.zh]) {
        this.byName.set(`${category.kind}|${nameKey(name)}`, category);
      }
    }
  }

  /**
   * Reads the history of the payees already in the ledger in one query, before the rows are
   * planned: the planning loop then awaits nothing, so a long file stays inside its
   * IndexedDB transaction (Dexie loses the transaction after many native awaits).
   */
  async loadHistory(counterpartyIds: readonly string[]): Promise<void> {
    if (counterpartyIds.length === 0) return;
    const past = await this.ctx.db.transactions
      .where('[counterpartyId+occurredAt]')
      .inAnyRange(counterpartyIds.map(counterpartyRange))
      .toArray();
    past.sort((a, b) => b.occurredAt - a.occurredAt);
    for (const txn of past) {
      if (!txn.counterpartyId || !txn.categoryId) continue;
      const category = this.byId.get(txn.categoryId);
      if (!category) continue;
      const key = `${txn.counterpartyId}|${category.kind}`;
      if (!this.byPayee.has(key)) this.byPayee.set(key, category.id);
    }
  }

  forRow(
    row: ImportRow,
    counterparty: Counterparty | undefined,
    kind: 'expense' | 'income',
  ): string {
    if (counterparty) {
      const key = `${counterparty.id}|${kind}`;
      const known = this.byPayee.get(key);
      if (known) return known;
      const chosen = this.fromSource(row.category, kind);
      // Later rows of the same new payee follow the first one's category.
      this.byPayee.set(key, chosen);
      return chosen;
    }
    return this.fromSource(row.category, kind);
  }

  private fromSource(source: string | undefined, kind: 'expense' | 'income'): string {
    const text = nameKey(source);
    const named = text ? this.byName.get(`${kind}|${text}`) : undefined;
    if (named) return named.id;
    const hint = CATEGORY_HINTS[text]?.[kind] ?? CATEGORY_HINTS[source ?? '']?.[kind];
    const hinted = hint ? this.byBuiltin.get(hint) : undefined;
    if (hinted) return hinted.id;
    const fallback = this.byBuiltin.get(kind === 'expense' ? 'other-expense' : 'other-income');
    if (fallback) return fallback.id;
    const any = [...this.byName.values()].find((c) => c.kind === kind);
    if (!any) throw new PurseError('NOT_FOUND', `There is no ${kind} category to import into.`);
    return any.id;
  }
}
