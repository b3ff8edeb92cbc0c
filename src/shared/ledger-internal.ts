import { z } from 'zod';
import {
  paymentsCommitInput,
  refundsCommitInput,
  topupsCommitInput,
  transfersCommitInput,
  withdrawalsCommitInput,
} from './payment-schemas';
import type { MoneyResult } from './payments';
import { billsCommitInput, billsRunInput, type BillNotice } from './bills';
import { budgetsCheckInput, type BudgetAlert } from './budgets';
import {
  backupsCreateCommit,
  backupsRestoreCommit,
  type BackupCreated,
  type BackupRestored,
} from './backup';

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
 * Ledger methods only main may call (never in the UI contract, never in window.purse): the
 * audit log, and money movements once main has authenticated the person.
 */
export const ledgerInternalContract = {
  'audit.append': z.strictObject({
    kind: z.string().regex(/^[a-z]+(\.[a-z-]+)+$/),
    details: detailsSchema,
  }),
  'audit.list': z.strictObject({
    prefix: z.string().max(40),
    limit: z.number().int().min(1).max(1000),
  }),
  'payments.commit': paymentsCommitInput,
  'transfers.commit': transfersCommitInput,
  'topups.commit': topupsCommitInput,
  'withdrawals.commit': withdrawalsCommitInput,
  'refunds.commit': refundsCommitInput,
  'bills.commitPayment': billsCommitInput,
  'bills.runDue': billsRunInput,
  'budgets.alerts': budgetsCheckInput,
  'notices.claim': z.strictObject({ id: z.string().min(1).max(200) }),
  'backups.create': backupsCreateCommit,
  'backups.restore': backupsRestoreCommit,
  'identity.verified': z.strictObject({}),
  'identity.matches': z.strictObject({
    name: z.string().max(120),
    number: z.string().max(40),
  }),
} as const;

export type LedgerInternalMethod = keyof typeof ledgerInternalContract;
type InternalInput<M extends LedgerInternalMethod> = z.output<(typeof ledgerInternalContract)[M]>;

export interface LedgerInternalApi {
  'audit.append'(input: InternalInput<'audit.append'>): Promise<null>;
  'audit.list'(input: InternalInput<'audit.list'>): Promise<AuditEntry[]>;
  'payments.commit'(input: InternalInput<'payments.commit'>): Promise<MoneyResult>;
  'transfers.commit'(input: InternalInput<'transfers.commit'>): Promise<MoneyResult>;
  'topups.commit'(input: InternalInput<'topups.commit'>): Promise<MoneyResult>;
  'withdrawals.commit'(input: InternalInput<'withdrawals.commit'>): Promise<MoneyResult>;
  'refunds.commit'(input: InternalInput<'refunds.commit'>): Promise<MoneyResult>;
  'bills.commitPayment'(input: InternalInput<'bills.commitPayment'>): Promise<MoneyResult>;
  /** Reminders and autopay due by `now`, each returned once ever. */
  'bills.runDue'(input: InternalInput<'bills.runDue'>): Promise<BillNotice[]>;
  /** Budgets that just passed 80% or 100%, each once per category and month. */
  'budgets.alerts'(input: InternalInput<'budgets.alerts'>): Promise<BudgetAlert[]>;
  /** True the first time an id is claimed, false ever after: for notices sent once. */
  'notices.claim'(input: InternalInput<'notices.claim'>): Promise<boolean>;
  'backups.create'(input: InternalInput<'backups.create'>): Promise<BackupCreated>;
  'backups.restore'(input: InternalInput<'backups.restore'>): Promise<BackupRestored>;
  /** Whether a real-name verification is on record (the PIN reset needs one or 2FA). */
  'identity.verified'(input: InternalInput<'identity.verified'>): Promise<boolean>;
  /** Yes or no only: the stored name and number never leave the ledger this way. */
  'identity.matches'(input: InternalInput<'identity.matches'>): Promise<boolean>;
}

export const LEDGER_INTERNAL_METHODS = Object.keys(
  ledgerInternalContract,
) as LedgerInternalMethod[];
