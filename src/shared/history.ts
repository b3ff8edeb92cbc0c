import { z } from 'zod';
import { TRANSACTION_KINDS, type Transaction } from './domain';
import type { FigureTotals } from './month-figures';
import { idSchema, instantSchema, minorSchema, tagSchema, textSchema } from './schemas';

export const historyFiltersSchema = z
  .strictObject({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    /** One account (History's own filter). */
    accountId: idSchema.optional(),
    /** Several accounts (the statement export): a row matches when any side is in the set. */
    accountIds: z.array(idSchema).min(1).max(200).optional(),
    categoryId: idSchema.optional(),
    counterpartyId: idSchema.optional(),
    kinds: z.array(z.enum(TRANSACTION_KINDS)).max(TRANSACTION_KINDS.length).optional(),
    minAmount: minorSchema.optional(),
    maxAmount: minorSchema.optional(),
    /** Matched against payee names and memos, which are encrypted at rest. */
    text: textSchema(80).optional(),
    /** Transactions carrying this tag (`tagSchema`'s form). */
    tag: tagSchema.optional(),
  })
  .refine((f) => f.accountId === undefined || f.accountIds === undefined, {
    message: 'Choose one account or a list of accounts, not both',
    path: ['accountIds'],
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: 'The period must start before it ends',
    path: ['to'],
  })
  .refine(
    (f) => f.minAmount === undefined || f.maxAmount === undefined || f.minAmount <= f.maxAmount,
    {
      message: 'The smallest amount must not be above the largest',
      path: ['maxAmount'],
    },
  );
export type HistoryFilters = z.output<typeof historyFiltersSchema>;

/** The accounts the filters choose (from `accountId` or `accountIds`); undefined for all. */
export function chosenAccounts(filters: HistoryFilters): ReadonlySet<string> | undefined {
  if (filters.accountIds) return new Set(filters.accountIds);
  return filters.accountId ? new Set([filters.accountId]) : undefined;
}

/** Where the next page starts: keyset paging on (occurredAt, id), newest first. */
export const historyCursorSchema = z.strictObject({ occurredAt: instantSchema, id: idSchema });
export type HistoryCursor = z.output<typeof historyCursorSchema>;

export const historyPageInput = z.strictObject({
  filters: historyFiltersSchema.optional(),
  cursor: historyCursorSchema.optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

export interface HistoryPage {
  readonly items: readonly Transaction[];
  readonly nextCursor: HistoryCursor | null;
}

export interface HistoryTotals {
  readonly count: number;
  /**
   * Per currency of the filtered set, in code order: its spending, income, net and money to
   * people, by the one definition of the figures (`src/shared/month-figures.ts`).
   */
  readonly byCurrency: readonly FigureTotals[];
}

export const historyTotalsInput = z.strictObject({ filters: historyFiltersSchema.optional() });

export const STATEMENT_COLUMNS = [
  'date',
  'time',
  'account',
  'counterparty',
  'category',
  'memo',
  'amount',
  'currency',
  'balance_after',
  'kind',
  'receipt_number',
  'transaction_id',
] as const;

/**
 * Column names to write in place of `STATEMENT_COLUMNS`, one for each in the same order: the
 * UI's own, in its language. The columns stay the same, so `docs/purse.csv.rules` (which
 * skips the header line) reads the statement either way.
 */
export const statementHeadersSchema = z
  .array(textSchema(40).pipe(z.string().min(1)))
  .length(STATEMENT_COLUMNS.length);

export const statementChunkInput = z.strictObject({
  filters: historyFiltersSchema.optional(),
  cursor: historyCursorSchema.optional(),
  /** Running balances carried from the previous chunk, by account id. */
  balances: z.record(idSchema, minorSchema).optional(),
  limit: z.number().int().min(1).max(5000).optional(),
  /** "en" or "zh" for category names; dates are ISO in the transaction's own time zone. */
  language: z.enum(['en', 'zh']).optional(),
  /** The header line's names; the standard `STATEMENT_COLUMNS` when left out. */
  headers: statementHeadersSchema.optional(),
});

export interface StatementChunk {
  /** CSV records (the header comes with the first chunk); no BOM — the writer adds it once. */
  readonly csv: string;
  readonly rows: number;
  readonly nextCursor: HistoryCursor | null;
  readonly balances: Readonly<Record<string, number>>;
}
