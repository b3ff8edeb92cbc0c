import { z } from 'zod';
import { authSchema } from './payment-schemas';
import { historyFiltersSchema, statementHeadersSchema } from './history';
import type { FigureTotals } from './month-figures';
import { monthKeySchema } from './schemas';
import { backupFileFields, passphraseSchema, type BackupSummary } from './backup';

/**
 * Saving files through main: the person picks the place in the OS save dialog, main writes
 * there, and the UI only ever holds an opaque export id — never a path.
 */
export const exportIdSchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);

export const statementsExportBeginInput = z.strictObject({
  filters: historyFiltersSchema.optional(),
  /** "en" or "zh" for category names. */
  language: z.enum(['en', 'zh']).optional(),
  /** Column names in the UI's language; the standard ones (`STATEMENT_COLUMNS`) when left out. */
  headers: statementHeadersSchema.optional(),
});

export interface ExportStarted {
  /** null when the person closed the save dialog without choosing a file. */
  readonly exportId: string | null;
  /** Transactions in the chosen set, to show progress against. */
  readonly transactions: number;
  /**
   * The statement's summary: the chosen set's spending, income, net and money to people per
   * currency (`history.totals`, by the one definition of the figures).
   */
  readonly summary: readonly FigureTotals[];
}

export const exportStepInput = z.strictObject({ exportId: exportIdSchema });

export interface ExportProgress {
  /** CSV rows written so far (one per side of a transaction in an own account). */
  readonly rows: number;
  readonly done: boolean;
}

export interface ExportCancelled {
  readonly cancelled: boolean;
}

export const backupsSaveInput = z.strictObject({
  passphrase: passphraseSchema,
  auth: authSchema,
});

export interface BackupSaved {
  /** false when the person closed the save dialog; nothing was written then. */
  readonly saved: boolean;
  readonly summary: BackupSummary | null;
}

/** Reads what a backup holds (counts, dates, schema); changes nothing. */
export const backupsInspectInput = z.strictObject(backupFileFields);

/**
 * A monthly report as the UI laid it out (its labels are in the UI's language), saved by
 * main through the save dialog under a name main makes. Bounded so a page cannot fill a disk.
 */
export const reportsSaveCsvInput = z.strictObject({
  month: monthKeySchema,
  rows: z.array(z.array(z.string().max(400)).max(12)).max(2000),
});

export interface ReportSaved {
  /** false when the person closed the save dialog; nothing was written then. */
  readonly saved: boolean;
}
