import { z } from 'zod';
import type { BillNotice } from './bills';
import type { BudgetAlert } from './budgets';
import type { GoalAlert } from './goals';
import { RISK_REASONS, type RiskAlert } from './payments';
import { currencySchema, minorSchema, monthKeySchema } from './schemas';
import type { CurrencyCode } from './currencies';

/** A risk alert as the inbox tells it: what was paid, and what the risk rules did. */
export interface RiskNotice {
  readonly alertId: string;
  readonly txnKind: RiskAlert['kind'];
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly outcome: RiskAlert['outcome'];
  readonly reasons: RiskAlert['reasons'];
  readonly result: RiskAlert['result'];
}

/** An account the forecast expects below zero, and when. */
export interface ForecastWarning {
  readonly accountId: string;
  readonly belowZeroOn: string;
  readonly lowest: number;
  readonly lowestOn: string;
  readonly currency: CurrencyCode;
}

/**
 * The in-app inbox: what Purse told the person unasked (bill reminders, schedules waiting for
 * a confirm or that failed to post, budget, goal and risk alerts, forecast warnings), kept
 * in the ledger beside the record that it was sent, so each is there exactly once. An entry
 * stores a kind and its parameters, never words: the UI words it in the language it shows.
 */
export type InboxMessage =
  | { readonly kind: 'budget-alert'; readonly params: BudgetAlert }
  | { readonly kind: 'bill-notice'; readonly params: BillNotice }
  | { readonly kind: 'goal-behind'; readonly params: GoalAlert }
  | { readonly kind: 'risk-alert'; readonly params: RiskNotice }
  | { readonly kind: 'forecast-warning'; readonly params: ForecastWarning };

export type InboxKind = InboxMessage['kind'];

export type InboxEntry = InboxMessage & {
  /** The notice's own id (`budget|<category>|<month>|80`, `<bill>|<due date>|remind`). */
  readonly id: string;
  /** When Purse decided to tell the person. */
  readonly at: number;
  readonly read: boolean;
};

export interface InboxList {
  /** Newest first. */
  readonly entries: readonly InboxEntry[];
  /** Unread entries among all of them, not only those listed. */
  readonly unread: number;
}

const noticeIdSchema = z.string().min(1).max(200);

/** The newest `limit` entries (all when absent). */
export const inboxListInput = z
  .strictObject({ limit: z.number().int().min(1).max(1000).optional() })
  .optional();

/** Dismisses entries: they leave the list (and the unread count) for good. */
export const inboxDismissInput = z.strictObject({
  ids: z.array(noticeIdSchema).min(1).max(1000),
});

/** Marks some entries read, or every one. Marking one already read changes nothing. */
export const inboxMarkReadInput = z.union([
  z.strictObject({ ids: z.array(noticeIdSchema).min(1).max(1000) }),
  z.strictObject({ all: z.literal(true) }),
]);

const dayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the ledger keeps of a message: checked when read back, so a bad row is left out. */
export const inboxMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('budget-alert'),
    params: z.object({
      categoryId: z.string().min(1),
      month: monthKeySchema,
      threshold: z.union([z.literal(80), z.literal(100)]),
      spent: minorSchema,
      available: minorSchema,
      currency: currencySchema,
    }),
  }),
  z.object({
    kind: z.literal('bill-notice'),
    params: z.object({
      kind: z.enum(['reminder', 'overdue', 'waiting', 'autopay-paid', 'autopay-failed']),
      scheduleKind: z.enum(['bill', 'income', 'expense', 'transfer', 'contact']).optional(),
      billId: z.string().min(1),
      billName: z.string(),
      dueDate: dayKeySchema,
      amount: minorSchema,
      currency: currencySchema,
      reason: z.string().optional(),
    }),
  }),
  z.object({
    kind: z.literal('goal-behind'),
    params: z.object({
      goalId: z.string().min(1),
      name: z.string(),
      month: monthKeySchema,
      saved: minorSchema,
      expectedByNow: minorSchema,
      monthlyNeeded: minorSchema,
      currency: currencySchema,
    }),
  }),
  z.object({
    kind: z.literal('risk-alert'),
    params: z.object({
      alertId: z.string().min(1),
      txnKind: z.string().min(1),
      amount: minorSchema,
      currency: currencySchema,
      outcome: z.enum(['allow', 'step_up', 'block']),
      reasons: z.array(z.enum(RISK_REASONS)),
      result: z.enum(['completed', 'stopped', 'blocked']),
    }),
  }),
  z.object({
    kind: z.literal('forecast-warning'),
    params: z.object({
      accountId: z.string().min(1),
      belowZeroOn: dayKeySchema,
      lowest: minorSchema,
      lowestOn: dayKeySchema,
      currency: currencySchema,
    }),
  }),
]);
