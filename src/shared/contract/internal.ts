import { z } from 'zod';
import {
  backupsCreateCommit,
  backupsRestoreCommit,
  snapshotsCreateCommit,
  snapshotsRestoreCommit,
  type BackupCreated,
  type BackupRestored,
} from '../backup';
import type { QuickCheck } from '../snapshots';
import { billsCommitInput, billsRunInput, type BillNotice } from '../bills';
import { budgetsCheckInput, type BudgetAlert } from '../budgets';
import { goalsAlertsInput, type GoalAlert } from '../goals';
import { forecastWarningsInput } from '../forecast';
import type { ForecastWarning } from '../inbox';
import {
  identityVerifyInput,
  limitsRecordInput,
  paymentsCommitInput,
  refundsCommitInput,
  topupsCommitInput,
  transfersCommitInput,
  withdrawalsCommitInput,
} from '../payment-schemas';
import type { IdentityView, LimitsView, MoneyResult } from '../payments';
import {
  transactionsVoidCommit,
  undoCommitInput,
  type UndoOutcome,
  type VoidOutcome,
} from '../corrections';
import { internal } from './define';

/** Audit entries as main reads them back (security log, money movements). */
export interface AuditEntry {
  readonly id: string;
  readonly at: number;
  readonly kind: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

const detailsSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .optional();

/**
 * Ledger methods only main may call (never in window.purse): the audit log, and money
 * movements once main has authenticated the person.
 */
export const ledgerInternalContract = {
  'audit.append': internal<null>()(
    z.strictObject({ kind: z.string().regex(/^[a-z]+(\.[a-z-]+)+$/), details: detailsSchema }),
  ),
  'audit.list': internal<AuditEntry[]>()(
    z.strictObject({ prefix: z.string().max(40), limit: z.number().int().min(1).max(1000) }),
  ),
  'payments.commit': internal<MoneyResult>()(paymentsCommitInput),
  'transfers.commit': internal<MoneyResult>()(transfersCommitInput),
  'topups.commit': internal<MoneyResult>()(topupsCommitInput),
  'withdrawals.commit': internal<MoneyResult>()(withdrawalsCommitInput),
  'refunds.commit': internal<MoneyResult>()(refundsCommitInput),
  'bills.commitPayment': internal<MoneyResult>()(billsCommitInput),
  /** Voids money a PIN confirmed once main has checked the PIN: one undoable operation. */
  'transactions.voidCommit': internal<VoidOutcome>()(transactionsVoidCommit),
  /**
   * Undoes or redoes the newest step; one that moves money a PIN confirmed is refused with
   * PIN_REQUIRED unless main checked the PIN for it (`pinConfirmed`), decided in the queue.
   */
  'ledger.step': internal<UndoOutcome>()(undoCommitInput),
  /** Reminders, confirms waiting and posts on their own due by `now`, each returned once ever. */
  'bills.runDue': internal<BillNotice[]>()(billsRunInput),
  /** Budgets that just passed 80% or 100%, each once per category and month. */
  'budgets.alerts': internal<BudgetAlert[]>()(budgetsCheckInput),
  /** Savings goals behind their plan at `now`, each once per goal and month. */
  'goals.alerts': internal<GoalAlert[]>()(goalsAlertsInput),
  /** Accounts newly expected below zero, looked at once a day, each told once a month. */
  'forecast.warnings': internal<ForecastWarning[]>()(forecastWarningsInput),
  /** True the first time an id is claimed, false ever after: for notices sent once. */
  'notices.claim': internal<boolean>()(z.strictObject({ id: z.string().min(1).max(200) })),
  'backups.create': internal<BackupCreated>()(backupsCreateCommit),
  'backups.restore': internal<BackupRestored>()(backupsRestoreCommit),
  /**
   * Saves the person's own caps, deciding inside the write whether any rises against the
   * caps stored at that moment; a rise without `mayRaise` is refused with PIN_REQUIRED.
   */
  'limits.record': internal<{ view: LimitsView; raised: boolean }>()(limitsRecordInput),
  /** Records a real-name verification once main has checked the PIN (and code). */
  'identity.record': internal<IdentityView>()(identityVerifyInput),
  /** The whole ledger sealed with the snapshot key (main keeps the key and the file). */
  'snapshots.create': internal<BackupCreated>()(snapshotsCreateCommit),
  /** The backups' checked restore, for a file sealed with the snapshot key. */
  'snapshots.restore': internal<BackupRestored>()(snapshotsRestoreCommit),
  /** The cheap check at start: sealed rows open and balances match their aggregates. */
  'ledger.quickCheck': internal<QuickCheck>()(z.strictObject({})),
  /** Whether a real-name verification is on record (the PIN reset needs one or 2FA). */
  'identity.verified': internal<boolean>()(z.strictObject({})),
  /** Yes or no only: the stored name and number never leave the ledger this way. */
  'identity.matches': internal<boolean>()(
    z.strictObject({ name: z.string().max(120), number: z.string().max(40) }),
  ),
} as const;

export type LedgerInternalMethod = keyof typeof ledgerInternalContract;

/** The internal methods as main calls them: derived from the entries above. */
export type LedgerInternalApi = {
  readonly [M in LedgerInternalMethod]: (
    input: z.output<(typeof ledgerInternalContract)[M]['input']>,
  ) => Promise<Exclude<(typeof ledgerInternalContract)[M]['output'], undefined>>;
};

export const LEDGER_INTERNAL_METHODS = Object.keys(
  ledgerInternalContract,
) as LedgerInternalMethod[];
