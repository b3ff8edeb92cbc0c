import { z } from 'zod';
import {
  idSchema,
  instantSchema,
  minorSchema,
  SPLIT_LINES_MAX,
  textSchema,
  timeZoneSchema,
} from './schemas';

/**
 * The built-in sources a statement can come from: `generic` is any bank's CSV; `ofx`, `qif`
 * and `camt` are the structured formats, read without a column mapping.
 */
export const IMPORT_PROFILES = [
  'alipay',
  'alipay-legacy',
  'wechat',
  'generic',
  'ofx',
  'qif',
  'camt',
] as const;
export type ImportProfileId = (typeof IMPORT_PROFILES)[number];

export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** The roles a column can play; each maps to a header cell of the file. */
export const COLUMN_ROLES = [
  'date',
  'time',
  'amount',
  'debit',
  'credit',
  'direction',
  'counterparty',
  'memo',
  'category',
  'currency',
  'reference',
  'balance',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const headerName = z.string().max(200);

export const columnMappingSchema = z.strictObject({
  date: headerName.optional(),
  time: headerName.optional(),
  amount: headerName.optional(),
  debit: headerName.optional(),
  credit: headerName.optional(),
  direction: headerName.optional(),
  counterparty: headerName.optional(),
  memo: headerName.optional(),
  category: headerName.optional(),
  currency: headerName.optional(),
  reference: headerName.optional(),
  /** The running balance after each row: it gives the statement's closing balance. */
  balance: headerName.optional(),
});
export type ColumnMapping = z.output<typeof columnMappingSchema>;

/** How to read one source's files: which column is what, and how dates and numbers look. */
export const importSettingsSchema = z.strictObject({
  profile: z.enum(IMPORT_PROFILES),
  columns: columnMappingSchema,
  dateOrder: z.enum(DATE_ORDERS),
  decimalMark: z.enum(['.', ',']),
});
export type ImportSettings = z.output<typeof importSettingsSchema>;

/** A mapping remembered for files whose header row reads exactly `signature`. */
export interface SavedMapping {
  readonly signature: string;
  readonly settings: ImportSettings;
  readonly accountId?: string;
  readonly updatedAt: number;
}

export const importsSaveMappingInput = z.strictObject({
  signature: z.string().min(1).max(4000),
  settings: importSettingsSchema,
  accountId: idSchema.optional(),
});

/**
 * One statement line, already read and checked by the shared parser: a signed amount in
 * minor units of the account's currency (negative left the account) at an instant.
 */
export const importRowSchema = z.strictObject({
  line: z.number().int().min(1),
  occurredAt: instantSchema,
  amount: minorSchema.refine((n) => n !== 0, 'A row must move money'),
  counterparty: textSchema(80).optional(),
  memo: textSchema(200).optional(),
  /** The source's own category (交易分类, 交易类型…): a hint when the payee is new. */
  category: textSchema(40).optional(),
  reference: textSchema(80).optional(),
  merchantRef: textSchema(80).optional(),
  /** Money back for an earlier payment; `refundOf` names that payment's reference. */
  refund: z.boolean().optional(),
  refundOf: textSchema(80).optional(),
  /** A person (transfer, red packet) rather than a merchant. */
  contact: z.boolean().optional(),
  /** The category the person chose in the preview; without it the ledger chooses. */
  categoryId: idSchema.optional(),
  /**
   * The source's split of the row (QIF `S`/`E`/`$` lines): each line's category name, signed
   * amount and memo. Imported as a split when the lines share the row's direction and add
   * up to its amount, and no category was chosen in the preview.
   */
  splits: z
    .array(
      z.strictObject({
        category: textSchema(40).optional(),
        amount: minorSchema.refine((n) => n !== 0, 'A split line must move money'),
        memo: textSchema(200).optional(),
      }),
    )
    .max(SPLIT_LINES_MAX)
    .optional(),
});
export type ImportRow = z.output<typeof importRowSchema>;

export const MAX_IMPORT_ROWS = 300_000;

/** A balance a statement states: the account held `amount` (minor units) after `at`. */
export const statementBalanceSchema = z.strictObject({
  amount: z.number().int().safe(),
  at: instantSchema,
});
export type StatementBalance = z.output<typeof statementBalanceSchema>;

export const importsCommitInput = z.strictObject({
  accountId: idSchema,
  timeZone: timeZoneSchema,
  profile: z.enum(IMPORT_PROFILES),
  rows: z.array(importRowSchema).max(MAX_IMPORT_ROWS),
  /** Rows the parser rejected: with any, nothing is written unless `goodRowsOnly`. */
  rejectedRows: z.number().int().min(0),
  goodRowsOnly: z.boolean(),
  /**
   * The balance after the statement's last row, when the file states one (OFX LEDGERBAL,
   * CAMT closing balance, a balance column): an empty account opens with what makes it
   * match, and any other account shows the difference.
   */
  closingBalance: statementBalanceSchema.optional(),
});

/** What an import would do, or did. */
export interface ImportOutcome {
  readonly rows: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly duplicateLines: readonly number[];
  readonly refundsPaired: number;
  readonly newCounterparties: number;
  /** The account's balance after the import (or after it would run). */
  readonly balanceAfter: number;
  readonly currency: string;
  /**
   * The opening balance an empty account takes so that the statement's history fits: the
   * file's closing balance less its movements, or what keeps the account from going below
   * zero when the file states no balance.
   */
  readonly openingBalance?: number;
  /** The file's closing balance, and how far the ledger is from it after the import. */
  readonly statedBalance?: number;
  readonly balanceDifference?: number;
  /** The operation that recorded the import (absent when nothing came in): what Undo reverts. */
  readonly operationId?: string;
}

/** One row of the file as the import will write it (or why it will not). */
export interface PlannedRow {
  readonly line: number;
  readonly occurredAt: number;
  readonly amount: number;
  readonly counterparty?: string;
  readonly memo?: string;
  /** The category it gets; a refund keeps its payment's. */
  readonly categoryId?: string;
  /** How many lines a row split across categories is imported with. */
  readonly splitLines?: number;
  readonly status: 'new' | 'duplicate';
  readonly refund?: boolean;
  /** A refund matched to its payment (in the file or already in the ledger). */
  readonly paired?: boolean;
  /** The rules that changed it, by name, in the order they ran. */
  readonly rules?: readonly string[];
}

/** What the check answers: the outcome, and every row of the file as it will be written. */
export interface ImportCheck extends ImportOutcome {
  readonly planned: readonly PlannedRow[];
}
