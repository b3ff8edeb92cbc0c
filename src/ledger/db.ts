import { Dexie, type EntityTable } from 'dexie';
import type { AttachmentInfo } from '../shared/attachments';
import type { OperationKind } from '../shared/corrections';
import type { Account, Category, Counterparty, TransactionDetail } from '../shared/domain';
import type { MonthKey } from '../shared/dates';
import type { CurrencyCode } from '../shared/currencies';
import type { Promotion, RiskAlert } from '../shared/payments';
import type { BillRow } from '../shared/bills';
import type { Budget } from '../shared/budgets';
import type { InboxMessage } from '../shared/inbox';
import type { Rule } from '../shared/rules';
import type { Goal } from '../shared/goals';

/** An occurrence the person (or autopay) acted on; the rest are computed from the schedule. */
export interface BillOccurrenceRow {
  readonly id: string;
  readonly billId: string;
  readonly dueDate: string;
  readonly status: 'paid' | 'skipped';
  readonly txnId?: string;
  readonly at: number;
}

/**
 * A reminder, autopay attempt or budget alert already made, so that none is made twice,
 * restarts or not. `inbox` is the message the person sees in the in-app inbox (absent for
 * claims that show nothing there, such as the monthly report); `readAt` once they read it.
 * Both are sealed with the rest of the row: only `id` is in clear.
 */
export interface BillNoticeRow {
  readonly id: string;
  readonly at: number;
  readonly inbox?: InboxMessage;
  readonly readAt?: number;
  /** Dismissed from the inbox: the claim stays (it is never told again), the entry is gone. */
  readonly dismissedAt?: number;
}
import { blocksMiddleware } from './blocks/blocks-middleware';
import { memosOf, type BlockRow } from './blocks/transaction-blocks';
import { BlindIndex, MEMO_TOKENS_FIELD, SEARCH_KEY_INFO } from './crypto/blind-index';
import type { FieldCipher } from './crypto/field-cipher';
import { sealingMiddleware } from './crypto/sealing-middleware';
import { applySchema } from './migrations';
import { SIDES_FIELD, sidesOf, type TransactionRow } from './transaction-rows';

/**
 * `account`, `category` and `counterparty` rows hold one month (`2026-11`) of one of them;
 * `people` rows one month of the money sent to (debit) or back from (credit) one contact
 * outside the person's books (`external:<contact id>` postings: transfers to people), since
 * schema v13.
 * `limit` rows count money that left through payments and transfers to contacts, per
 * currency and local day (`2026-11-25`) or year (`2026`): what payment limits read.
 *
 * The roll-ups are sums of those monthly rows, kept beside them so that long periods read
 * few rows: `category-year` and `counterparty-year` per calendar year (`2026`);
 * `category-kind` per month and category kind (scopeId `income` or `expense`), the monthly
 * flows; `account-total` per month over every own account (scopeId the currency), the net
 * worth's movements. Each has its own scope.
 */
export type MonthlyScope = 'account' | 'category' | 'counterparty' | 'people';
export type RollupScope = 'category-year' | 'counterparty-year' | 'category-kind' | 'account-total';
export type AggregateScope = MonthlyScope | 'limit' | RollupScope;

/**
 * One period (see `AggregateScope`) of one account, category, counterparty, contact or
 * roll-up in one currency. `debit` sums the positive postings (money in to an account,
 * spending on a category, money sent to a contact), `credit` the negative ones, so net =
 * debit − credit.
 */
export interface AggregateRow {
  readonly id: string;
  readonly scope: AggregateScope;
  readonly scopeId: string;
  readonly month: MonthKey;
  readonly currency: CurrencyCode;
  debit: number;
  credit: number;
  count: number;
}

/** One aggregate's sums in a sheet: `[debit, credit, count]`. */
export type SheetEntry = readonly [debit: number, credit: number, count: number];

/**
 * How the aggregates are stored since schema v11: one row per period, a sheet (`id`
 * `day|2026-11-25`, `month|2026-11` or `year|2026`), holding every `AggregateRow` of that
 * period in `entries` by `${scope}|${scopeId}|${currency}`. A payment reads and writes a
 * sheet per span instead of a row per scope; an import writes a row per period. Read and
 * written through `engine/aggregate-sheets.ts`, which maps them to and from `AggregateRow`s.
 */
export interface AggregateSheet {
  readonly id: string;
  readonly entries: Readonly<Record<string, SheetEntry>>;
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export interface AuditRow {
  readonly id: string;
  readonly at: number;
  readonly kind: string;
  readonly subjectId?: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/** One transaction an operation changed: as it was before, and its revision after. */
export interface OperationChange {
  readonly txnId: string;
  /** Absent: the operation created it. */
  readonly before?: TransactionDetail;
  /** Absent: the operation removed it. */
  readonly afterRevision?: number;
}

/**
 * A correction of the ledger, recorded beside the facts it changed rather than in place of
 * them (see `engine/corrections`): what it did, when, and every transaction it touched as it
 * was before, so that it can be undone by another operation and shown in a history.
 */
export interface OperationRow {
  readonly id: string;
  readonly at: number;
  readonly kind: OperationKind;
  /** Indexed: the transactions whose history shows it (none for an import's rows). */
  readonly txnIds: readonly string[];
  readonly changes: readonly OperationChange[];
  /** Undo and redo: the operation this one reverted. */
  readonly reverts?: string;
  /** What the first operation of a chain of undos and redos was (an import, an edit). */
  readonly origin: OperationKind;
}

/**
 * A receipt kept beside a transaction (since schema v15): what the UI lists, and the file
 * itself in base64. Sealed whole but for `id` and `txnId`. A row whose transaction is gone
 * is hidden, not deleted, so that an undo brings it back (see `engine/attachments`).
 */
export interface AttachmentRow extends AttachmentInfo {
  readonly bytes: string;
}

export type PurseDb = Dexie & {
  accounts: EntityTable<Account, 'id'>;
  categories: EntityTable<Category, 'id'>;
  counterparties: EntityTable<Counterparty, 'id'>;
  /** Each transaction with its postings (see `transaction-rows.ts`). */
  transactions: EntityTable<TransactionRow, 'id'>;
  aggregates: EntityTable<AggregateSheet, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  auditLog: EntityTable<AuditRow, 'id'>;
  operations: EntityTable<OperationRow, 'id'>;
  attachments: EntityTable<AttachmentRow, 'id'>;
  promotions: EntityTable<Promotion, 'id'>;
  riskAlerts: EntityTable<RiskAlert, 'id'>;
  bills: EntityTable<BillRow, 'id'>;
  billOccurrences: EntityTable<BillOccurrenceRow, 'id'>;
  billNotices: EntityTable<BillNoticeRow, 'id'>;
  budgets: EntityTable<Budget, 'id'>;
  rules: EntityTable<Rule, 'id'>;
  goals: EntityTable<Goal, 'id'>;
  /** Derived: runs of transactions in one row each, for statements. */
  transactionBlocks: EntityTable<BlockRow, 'start'>;
  /** Tokens of memo grams under the search key, on the blocks: what text search looks up. */
  readonly blindIndex: BlindIndex;
};

export const DEFAULT_DB_NAME = 'purse-ledger';

/**
 * Seals every row of `db` with `cipher`, stores beside each transaction the index keys of
 * its sides and beside each transaction block the blind-index tokens of its memos, and keeps
 * the blocks: every write, whichever path it takes (payments, imports, edits, refunds,
 * restores, upgrades), keeps them in step. Returns the index for queries.
 */
export function sealLedger(db: Dexie, cipher: FieldCipher): BlindIndex {
  const blindIndex = new BlindIndex(cipher.derive(SEARCH_KEY_INFO));
  db.use(
    sealingMiddleware(() => cipher, {
      transactions: { field: SIDES_FIELD, derive: sidesOf },
      transactionBlocks: {
        field: MEMO_TOKENS_FIELD,
        derive: (block) => blindIndex.blockTokens(memosOf(block as unknown as BlockRow)),
      },
    }),
  );
  db.use(blocksMiddleware());
  return blindIndex;
}

/** The ledger database with every row sealed by `cipher` (opened by the caller). */
export function createDb(cipher: FieldCipher, name: string = DEFAULT_DB_NAME): PurseDb {
  const dexie = new Dexie(name);
  const db = Object.assign(dexie, { blindIndex: sealLedger(dexie, cipher) }) as PurseDb;
  applySchema(db);
  return db;
}
