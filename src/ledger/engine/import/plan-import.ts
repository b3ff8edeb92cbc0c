import { Dexie } from 'dexie';
import { dayKeyOf } from '../../../shared/dates';
import type { Account, Counterparty, Transaction } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { ImportOutcome, ImportRow, PlannedRow } from '../../../shared/imports';
import type { EngineContext } from '../context';
import { categoryLedgerAccount, recordedPostings } from '../ledger-accounts';
import { Categoriser, nameKey } from './categoriser';
import { signedFor, type ImportDraft, type ImportInput } from './import-draft';
import { settleBalance } from './settle-balance';
import { requireOpenAccount } from '../require';
import { listRules } from '../rules/rules';
import { ImportRules } from '../rules/import-rules';

export interface ImportPlan {
  readonly account: Account;
  readonly drafts: readonly ImportDraft[];
  readonly newCounterparties: readonly Counterparty[];
  readonly outcome: ImportOutcome;
  readonly planned: readonly PlannedRow[];
}

const DAY = 86_400_000;
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
 * reference), the category of each new row (the person's choice, the payee's history, else
 * the source's own category, else a default), the payees to create, the refunds to pair,
 * and the opening balance an empty account needs. Runs inside the caller's transaction so
 * that a commit acts on exactly what it planned.
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
  const [categories, counterparties, rules] = await Promise.all([
    ctx.db.categories.toArray(),
    ctx.db.counterparties.toArray(),
    listRules(ctx),
  ]);
  const counterpartyById = new Map(counterparties.map((c) => [c.id, c]));
  const known = new Map(counterparties.map((c) => [nameKey(c.name), c]));
  const existing = await existingTransactions(ctx, account.id, rows);
  const seen = new Multiset();
  const byOrderRef = new Map<string, Transaction>();
  for (const txn of existing) {
    const signed = signedFor(txn, account.id);
    const name = txn.counterpartyId ? counterpartyById.get(txn.counterpartyId)?.name : '';
    seen.add(dayKey(txn.occurredAt, txn.timeZone, signed, name ?? ''));
    if (txn.orderRef) {
      seen.add(`ref|${txn.orderRef}|${signed}`);
      byOrderRef.set(txn.orderRef, txn);
    }
  }
  const categorise = new Categoriser(ctx, categories);
  const knownPayees = rows.flatMap((row) => known.get(nameKey(row.counterparty))?.id ?? []);
  await categorise.loadHistory([...new Set(knownPayees)]);

  // A statement that states its balance is the bank's own record: its rows arrive cleared.
  const cleared = input.closingBalance !== undefined;
  const drafter = new RowDrafter(
    ctx,
    input.timeZone,
    account,
    known,
    categorise,
    byOrderRef,
    cleared,
    new ImportRules(rules, categories, account.id),
  );
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const byRef = row.reference ? seen.take(`ref|${row.reference}|${row.amount}`) : false;
    const byDay = seen.take(
      dayKey(row.occurredAt, input.timeZone, row.amount, row.counterparty ?? ''),
    );
    if (byRef || byDay) planned.push(plannedRow(row, 'duplicate'));
    else planned.push(drafter.add(row));
  }
  const settled = await settleBalance(ctx, input, account, drafter.drafts);
  // The opening goes first, so every refund's index of its payment moves up by one.
  const drafts = settled.opening
    ? [
        settled.opening,
        ...drafter.drafts.map((d) =>
          d.refundOfDraft === undefined ? d : { ...d, refundOfDraft: d.refundOfDraft + 1 },
        ),
      ]
    : drafter.drafts;
  const { balanceAfter } = settled;
  if (account.kind !== 'credit_card' && balanceAfter < 0) {
    throw new PurseError('INSUFFICIENT_FUNDS', `Not enough money in "${account.name}".`, {
      accountId: account.id,
      balance: account.balance,
      needed: account.balance - balanceAfter,
      currency: account.currency,
    });
  }
  const duplicateLines = planned.filter((p) => p.status === 'duplicate').map((p) => p.line);
  return {
    account,
    drafts,
    newCounterparties: drafter.newCounterparties,
    planned,
    outcome: {
      rows: rows.length,
      imported: drafter.drafts.length,
      duplicates: duplicateLines.length,
      duplicateLines: duplicateLines.slice(0, 5000),
      refundsPaired: drafter.refundsPaired,
      newCounterparties: drafter.newCounterparties.length,
      balanceAfter,
      currency: account.currency,
      ...(settled.opening ? { openingBalance: settled.openingAmount } : {}),
      ...(settled.stated !== undefined
        ? { statedBalance: settled.stated, balanceDifference: settled.difference }
        : {}),
    },
  };
}

function plannedRow(
  row: ImportRow,
  status: PlannedRow['status'],
  extra: Partial<PlannedRow> = {},
): PlannedRow {
  return {
    line: row.line,
    occurredAt: row.occurredAt,
    amount: row.amount,
    status,
    ...(row.counterparty ? { counterparty: row.counterparty } : {}),
    ...(row.memo ? { memo: row.memo } : {}),
    ...(row.refund ? { refund: true } : {}),
    ...extra,
  };
}

/** Turns new rows into drafts: payees found or made, categories chosen, refunds paired. */
class RowDrafter {
  readonly drafts: ImportDraft[] = [];
  readonly newCounterparties: Counterparty[] = [];
  refundsPaired = 0;
  private readonly byReference = new Map<string, number>();
  private readonly byMerchantRef = new Map<string, number>();
  private readonly byPayeeAmount = new Map<string, number>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly timeZone: string,
    private readonly account: Account,
    private readonly known: Map<string, Counterparty>,
    private readonly categorise: Categoriser,
    private readonly byOrderRef: ReadonlyMap<string, Transaction>,
    private readonly cleared: boolean,
    private readonly rules: ImportRules,
  ) {}

  add(read: ImportRow): PlannedRow {
    const { row, categoryId: ruled, splits: ruledSplits, tags, ruleNames } = this.rules.on(read);
    const counterparty = this.payee(row);
    const common = {
      occurredAt: row.occurredAt,
      timeZone: this.timeZone,
      amount: Math.abs(row.amount),
      currency: this.account.currency,
      accountId: this.account.id,
      ...(counterparty ? { counterpartyId: counterparty.id } : {}),
      ...(row.memo ? { memo: row.memo } : {}),
      ...(row.reference ? { orderRef: row.reference } : {}),
      ...(this.cleared ? { cleared: [this.account.id] } : {}),
      ...(tags?.length ? { tags } : {}),
      source: 'import' as const,
    };
    let draft: ImportDraft;
    let paired = false;
    if (row.refund) {
      const original = findOriginal(row, this.drafts, this.maps(), this.byOrderRef);
      // A refund keeps its payment's category unless the person chose another.
      const categoryId =
        (!row.categoryId && original?.categoryId) ||
        this.categorise.forRow(row, counterparty, 'expense');
      const paidTo = original?.counterpartyId ?? counterparty?.id;
      paired = original !== undefined;
      if (paired) this.refundsPaired++;
      draft = {
        draft: {
          ...common,
          kind: 'refund',
          categoryId,
          ...(paidTo ? { counterpartyId: paidTo } : {}),
          ...(original?.txnId ? { refundOf: original.txnId } : {}),
          postings: this.postings(common.amount, categoryId),
        },
        ...(original?.draftIndex !== undefined ? { refundOfDraft: original.draftIndex } : {}),
      };
    } else {
      const kind = row.amount < 0 ? 'expense' : 'income';
      const splits = row.categoryId
        ? undefined
        : (ruledSplits ?? this.categorise.splitOf(row, kind));
      if (splits) {
        draft = {
          draft: {
            ...common,
            kind,
            splits,
            postings: recordedPostings({
              kind,
              accountId: this.account.id,
              splits,
              amount: common.amount,
            }),
          },
        };
      } else {
        const categoryId =
          (!row.categoryId && ruled) || this.categorise.forRow(row, counterparty, kind);
        draft = {
          draft: { ...common, kind, categoryId, postings: this.postings(row.amount, categoryId) },
        };
      }
    }
    const index = this.drafts.length;
    if (row.reference) this.byReference.set(row.reference, index);
    if (row.amount < 0) {
      if (row.merchantRef) this.byMerchantRef.set(row.merchantRef, index);
      this.byPayeeAmount.set(`${nameKey(row.counterparty)}|${-row.amount}`, index);
    }
    this.drafts.push(draft);
    const categoryId = draft.draft.categoryId;
    return plannedRow(row, 'new', {
      ...(categoryId ? { categoryId } : {}),
      ...(draft.draft.splits ? { splitLines: draft.draft.splits.length } : {}),
      ...(paired ? { paired } : {}),
      ...(ruleNames.length ? { rules: ruleNames } : {}),
    });
  }

  private maps(): DraftMaps {
    return {
      byReference: this.byReference,
      byMerchantRef: this.byMerchantRef,
      byPayeeAmount: this.byPayeeAmount,
    };
  }

  private postings(signed: number, categoryId: string) {
    return [
      { ledgerAccount: this.account.id, amount: signed },
      { ledgerAccount: categoryLedgerAccount(categoryId), amount: -signed },
    ];
  }

  private payee(row: ImportRow): Counterparty | undefined {
    if (!row.counterparty) return undefined;
    const found = this.known.get(nameKey(row.counterparty));
    if (found) return found;
    const made: Counterparty = {
      id: newId(),
      kind: row.contact ? 'contact' : 'merchant',
      name: row.counterparty,
      createdAt: this.ctx.clock.now(),
    };
    this.known.set(nameKey(row.counterparty), made);
    this.newCounterparties.push(made);
    return made;
  }
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
 * file first, then among payments already in the ledger — and last, for a bank's reversal,
 * the latest payment in the file to the same payee of the same amount.
 */
interface DraftMaps {
  readonly byReference: ReadonlyMap<string, number>;
  readonly byMerchantRef: ReadonlyMap<string, number>;
  /** Payments by payee and amount: a bank's reversal names nothing else. */
  readonly byPayeeAmount: ReadonlyMap<string, number>;
}

function findOriginal(
  row: ImportRow,
  drafts: readonly ImportDraft[],
  { byReference, byMerchantRef, byPayeeAmount }: DraftMaps,
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
  return fromDraft(byPayeeAmount.get(`${nameKey(row.counterparty)}|${row.amount}`));
}
