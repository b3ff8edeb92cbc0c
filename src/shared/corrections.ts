import type { RuleProposal } from './rules';
import { z } from 'zod';
import type { Transaction, TransactionDetail, TransactionKind } from './domain';
import { historyFiltersSchema } from './history';
import { authSchema } from './payment-schemas';
import type { FigureTotals } from './month-figures';
import {
  idSchema,
  instantSchema,
  monthKeySchema,
  positiveMinorSchema,
  splitsSchema,
  tagSchema,
  tagsSchema,
  textSchema,
  timeZoneSchema,
} from './schemas';

/**
 * Kinds whose every field may be corrected: what the person recorded or imported. Money a
 * PIN confirmed (payments, transfers to contacts, top-ups, withdrawals, refunds) keeps its
 * amount, date and accounts, as a wallet's does; only its category and memo change.
 */
export const EDITABLE_KINDS: ReadonlySet<TransactionKind> = new Set([
  'income',
  'expense',
  'transfer',
]);

/** Whether a transaction may have its amount, date, accounts and payee changed, or be deleted. */
export function isFullyEditable(txn: Pick<Transaction, 'kind'>): boolean {
  return EDITABLE_KINDS.has(txn.kind);
}

const revisionSchema = z.number().int().min(0).max(1_000_000);

/** The fields a correction may name, besides the transaction and the revision it saw. */
const EDIT_FIELDS = [
  'amount',
  'occurredAt',
  'timeZone',
  'accountId',
  'toAccountId',
  'categoryId',
  'counterpartyId',
  'memo',
  'tags',
  'splits',
] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

export const transactionsUpdateInput = z
  .strictObject({
    id: idSchema,
    /** The revision the caller saw; a transaction changed since then is refused. */
    revision: revisionSchema.optional(),
    amount: positiveMinorSchema.optional(),
    occurredAt: instantSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    accountId: idSchema.optional(),
    toAccountId: idSchema.optional(),
    categoryId: idSchema.optional(),
    /** `null` takes the payee off. */
    counterpartyId: idSchema.nullable().optional(),
    /** An empty memo takes it off. */
    memo: textSchema(200).or(z.literal('')).optional(),
    /** The tags it carries from now on (an empty list takes them all off). */
    tags: tagsSchema.optional(),
    /**
     * Income or an expense split across categories from now on; `null` puts it back on the
     * one `categoryId` given with it. A `categoryId` alone on a split transaction does too.
     */
    splits: splitsSchema.nullable().optional(),
    /** The person agreed to change it although a reconciliation locked it. */
    confirmReconciled: z.literal(true).optional(),
  })
  .refine((input) => EDIT_FIELDS.some((field) => input[field] !== undefined), {
    message: 'Change at least one field',
  });
export type TransactionsUpdateInput = z.output<typeof transactionsUpdateInput>;

export const transactionsDeleteInput = z.strictObject({
  id: idSchema,
  revision: revisionSchema.optional(),
  confirmReconciled: z.literal(true).optional(),
});

export const noInput = z.strictObject({}).optional();

/**
 * Kinds a void corrects: money a PIN confirmed that has no refund of its own. A payment
 * (bills' too) is corrected by a refund, which can be partial and says so on its receipt;
 * a refund or a reversal is not voided (void the original's correction by undoing it).
 */
export const VOIDABLE_KINDS: ReadonlySet<TransactionKind> = new Set(['p2p', 'topup', 'withdrawal']);

/** Whether the drawer offers Void… for a transaction: a voidable kind, not voided yet. */
export function isVoidable(txn: Pick<Transaction, 'kind' | 'voidedBy'>): boolean {
  return VOIDABLE_KINDS.has(txn.kind) && txn.voidedBy === undefined;
}

/** Why a void is refused (`VOID_REFUSED`'s `reason`). */
export const VOID_REFUSALS = [
  'already-voided',
  'is-reversal',
  'use-refund',
  'not-voidable',
] as const;
export type VoidRefusal = (typeof VOID_REFUSALS)[number];

const voidFields = {
  id: idSchema,
  /** The revision the caller saw; a transaction changed since then is refused. */
  revision: revisionSchema.optional(),
  /** The zone the void happens in (its month); the ledger's own when absent. */
  timeZone: timeZoneSchema.optional(),
};

/** Voids money a PIN confirmed: the PIN again, as the original took. */
export const transactionsVoidInput = z.strictObject({ ...voidFields, auth: authSchema });
/** What main sends the ledger once the PIN is checked. */
export const transactionsVoidCommit = z.strictObject(voidFields);

/**
 * Undo and redo: the PIN is needed only when the step moves money a PIN confirmed (a void,
 * or its redo); the ledger decides which, and refuses such a step without it (PIN_REQUIRED).
 */
export const undoInput = z.strictObject({ auth: authSchema.optional() }).optional();
/** What main sends the ledger: which way, and whether the PIN was checked for it. */
export const undoCommitInput = z.strictObject({
  direction: z.enum(['undo', 'redo']),
  pinConfirmed: z.boolean(),
});

/** The most transactions one bulk edit changes: what one operation can hold comfortably. */
export const BULK_MAX = 20_000;

/**
 * Which transactions a bulk edit changes: those chosen one by one, or every one the filters
 * choose (however many pages) less those unticked.
 */
export const bulkSelectionSchema = z.union([
  z.strictObject({ ids: z.array(idSchema).min(1).max(BULK_MAX) }),
  z.strictObject({
    filters: historyFiltersSchema,
    except: z.array(idSchema).max(BULK_MAX).optional(),
  }),
]);
export type BulkSelection = z.output<typeof bulkSelectionSchema>;

export const transactionsBulkUpdateInput = z.strictObject({
  selection: bulkSelectionSchema,
  action: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('category'), categoryId: idSchema }),
    z.strictObject({ kind: z.literal('delete') }),
    z.strictObject({ kind: z.literal('addTag'), tag: tagSchema }),
    z.strictObject({ kind: z.literal('removeTag'), tag: tagSchema }),
  ]),
});
export type TransactionsBulkUpdateInput = z.output<typeof transactionsBulkUpdateInput>;

/** What a bulk edit did: how many it changed, and how many it left as they were and why. */
export interface BulkOutcome {
  readonly changed: number;
  /**
   * Chosen but not changed: money a PIN confirmed (not deleted), a category of another kind,
   * or a tag it already had (or did not have).
   */
  readonly skipped: number;
  readonly operationId?: string;
  readonly state?: UndoState;
}

/** What an operation did, as the undo toast and a transaction's history name it. */
export const OPERATION_KINDS = [
  'edit',
  'delete',
  'bulk',
  'import',
  'void',
  'clear',
  'reconcile',
  'rules',
  'undo',
  'redo',
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** The fields of a transaction a correction can change, as the history shows them. */
export type TransactionValues = Pick<
  Transaction,
  | 'amount'
  | 'occurredAt'
  | 'timeZone'
  | 'accountId'
  | 'toAccountId'
  | 'categoryId'
  | 'counterpartyId'
  | 'memo'
  | 'tags'
  | 'splits'
>;

/** One entry of a transaction's history: what happened, when, and the values before it. */
export interface TransactionChange {
  readonly operationId: string;
  readonly kind: OperationKind;
  readonly at: number;
  /** The fields this operation changed on the transaction. */
  readonly fields: readonly EditField[];
  /** The transaction as it was before (absent: it did not exist yet). */
  readonly before?: TransactionValues;
}

/** The operation the next undo or redo would revert, as the UI offers it. */
export interface UndoStep {
  readonly operationId: string;
  readonly kind: OperationKind;
  readonly at: number;
  /** How many transactions it touched. */
  readonly count: number;
  /** Reverting it moves money a PIN confirmed (a void, or its redo): it asks the PIN. */
  readonly needsPin?: true;
}

export interface UndoState {
  readonly undo?: UndoStep;
  readonly redo?: UndoStep;
}

/** What an undo or redo did, and what can be undone or redone next. */
export interface UndoOutcome {
  /** The operation reverted, and the one recorded for it. */
  readonly reverted: UndoStep;
  readonly recorded: string;
  readonly state: UndoState;
}

/** What a correction did: the operation recorded, and what can be undone now. */
export interface CorrectionOutcome {
  readonly operationId: string;
  readonly state: UndoState;
}

/** What a void did: the reversal it wrote, the operation recorded, and what can be undone. */
export interface VoidOutcome extends CorrectionOutcome {
  readonly reversal: TransactionDetail;
}

/** A transaction as an edit left it, with the operation that recorded the edit. */
export type EditedTransaction = TransactionDetail &
  CorrectionOutcome & {
    /** The second time a payee was moved to this category: a rule Purse offers to make. */
    readonly proposeRule?: RuleProposal;
  };

/** The values of a transaction a history entry keeps. */
export function valuesOf(txn: Transaction): TransactionValues {
  const values: Record<string, unknown> = {};
  for (const field of EDIT_FIELDS) {
    const value = (txn as unknown as Record<string, unknown>)[field];
    if (value !== undefined) values[field] = value;
  }
  return values as unknown as TransactionValues;
}

/** The fields whose values differ between two states of one transaction. */
export function changedFields(a: TransactionValues, b: TransactionValues): EditField[] {
  return EDIT_FIELDS.filter((field) =>
    field === 'tags'
      ? (a.tags ?? []).join(',') !== (b.tags ?? []).join(',')
      : field === 'splits'
        ? JSON.stringify(a.splits ?? []) !== JSON.stringify(b.splits ?? [])
        : a[field] !== b[field],
  );
}

/** One tag's figures over a period: how many transactions carry it, and their totals. */
export interface TagFigures {
  readonly tag: string;
  readonly count: number;
  readonly byCurrency: readonly FigureTotals[];
}

export const tagFiguresInput = z
  .strictObject({ from: monthKeySchema, to: monthKeySchema })
  .refine((input) => input.from <= input.to, {
    message: 'The period must start before it ends',
    path: ['to'],
  });
