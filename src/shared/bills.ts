import { z } from 'zod';
import { idSchema, nameSchema, positiveMinorSchema, textSchema, timeZoneSchema } from './schemas';
import type { CurrencyCode } from './currencies';
import { authSchema } from './payment-schemas';

/** In the order people look for them: the household utilities first. */
export const BILLER_KINDS = [
  'electricity',
  'water',
  'gas',
  'phone',
  'internet',
  'rent',
  'insurance',
  'credit_card',
  'subscription',
  'other',
] as const;
export type BillerKind = (typeof BILLER_KINDS)[number];

export const DATE_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const dateKeySchema = z
  .string()
  .regex(DATE_KEY_PATTERN, 'Not a date like 2026-11-25')
  .refine((key) => {
    const [y, m, d] = key.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'That date does not exist');

export const billScheduleSchema = z.discriminatedUnion('kind', [
  /** On day N of every month; in shorter months, on the last day. */
  z.strictObject({ kind: z.literal('monthly'), dayOfMonth: z.number().int().min(1).max(31) }),
  /** Every N weeks or months from the first due date. */
  z.strictObject({
    kind: z.literal('every'),
    unit: z.enum(['week', 'month']),
    interval: z.number().int().min(1).max(52),
  }),
  /** Once a year on the first due date's day (29 February falls on the 28th in other years). */
  z.strictObject({ kind: z.literal('yearly') }),
  z.strictObject({ kind: z.literal('once') }),
]);
export type BillSchedule = z.infer<typeof billScheduleSchema>;

/**
 * What a schedule does on its day: pay a bill (to a biller), record income or an expense,
 * move money between the person's own accounts, or send money to a contact. Bills are one
 * kind of schedule among these: one list, one scheduler, one way to skip or post early.
 */
export const SCHEDULE_KINDS = ['bill', 'income', 'expense', 'transfer', 'contact'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/**
 * The kinds that may post on their own on their day: they record money or move it between
 * the person's own accounts. Paying a biller or a contact always waits for the PIN.
 */
export const POSTS_ON_ITS_OWN: ReadonlySet<ScheduleKind> = new Set([
  'income',
  'expense',
  'transfer',
]);

/** The kinds whose money leaves the person's accounts: what a section's "to pay" adds up. */
export const MONEY_OUT: ReadonlySet<ScheduleKind> = new Set(['bill', 'expense', 'contact']);

/** A date on a Saturday or Sunday: kept, moved to the Friday before, or the Monday after. */
export const WEEKEND_RULES = ['keep', 'before', 'after'] as const;
export type WeekendRule = (typeof WEEKEND_RULES)[number];

export interface Bill {
  readonly id: string;
  readonly kind: ScheduleKind;
  readonly name: string;
  /** What the biller is (a bill's icon and default category); `other` for other kinds. */
  readonly billerKind: BillerKind;
  /** The biller's counterparty (bills only). */
  readonly billerId?: string;
  /** The account number with the biller (bills only; sealed at rest like every field). */
  readonly accountNumber: string;
  /** The account money leaves (or, for income, arrives in). */
  readonly payFromAccountId: string;
  /** Where a transfer between own accounts arrives. */
  readonly toAccountId?: string;
  /** Who receives money sent to a contact. */
  readonly contactId?: string;
  /** A bill's, an income's or an expense's category; none for transfers. */
  readonly categoryId?: string;
  readonly currency: CurrencyCode;
  readonly amountKind: 'fixed' | 'variable';
  /** The amount, or the estimate for a variable bill. */
  readonly amount: number;
  readonly firstDue: string;
  readonly schedule: BillSchedule;
  readonly weekend: WeekendRule;
  /** Ends after this many occurrences (counted from the first), if set. */
  readonly endsAfter?: number;
  /** Ends on this date (its last occurrence on or before it), if set. */
  readonly endsOn?: string;
  readonly remindDaysBefore: number;
  readonly remindHour: number;
  /** Posts on its own on its day (only kinds in POSTS_ON_ITS_OWN); else waits for a confirm. */
  readonly autopay: boolean;
  readonly timeZone: string;
  readonly archived: boolean;
  readonly createdAt: number;
}

/** A schedule as stored: rows written before schedules had kinds lack the newer fields. */
export type BillRow = Omit<Bill, 'kind' | 'weekend'> & Partial<Pick<Bill, 'kind' | 'weekend'>>;

/** A stored row as a schedule: a row without a kind is a bill, kept on its dates. */
export function scheduleOfRow(row: BillRow): Bill {
  const kind = row.kind ?? 'bill';
  return {
    ...row,
    kind,
    weekend: row.weekend ?? 'keep',
    // Paying a biller or a contact waits for the PIN, whatever an older row says.
    autopay: row.autopay && POSTS_ON_ITS_OWN.has(kind),
  };
}

export type OccurrenceStatus = 'upcoming' | 'due' | 'overdue' | 'paid' | 'skipped';

export interface BillOccurrence {
  readonly billId: string;
  readonly scheduleKind: ScheduleKind;
  readonly billName: string;
  readonly billerKind: BillerKind;
  readonly dueDate: string;
  readonly amount: number;
  readonly amountKind: 'fixed' | 'variable';
  readonly currency: CurrencyCode;
  readonly status: OccurrenceStatus;
  readonly txnId?: string;
  readonly autopay: boolean;
  /** The account it leaves (or, for income, arrives in), and where a transfer arrives. */
  readonly accountId: string;
  readonly toAccountId?: string;
}

export interface BillView extends Bill {
  readonly next: BillOccurrence | null;
  readonly overdue: number;
}

/**
 * A reminder, a schedule waiting for a confirm, or the outcome of posting on its own (as
 * `autopay-paid` / `autopay-failed`), which main turns into an OS notification.
 */
export interface BillNotice {
  readonly kind: 'reminder' | 'overdue' | 'waiting' | 'autopay-paid' | 'autopay-failed';
  /** Absent on notices written before schedules had kinds: a bill's. */
  readonly scheduleKind?: ScheduleKind;
  readonly billId: string;
  readonly billName: string;
  readonly dueDate: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly reason?: string;
}

const billFields = {
  kind: z.enum(SCHEDULE_KINDS).optional(),
  name: nameSchema,
  billerKind: z.enum(BILLER_KINDS).optional(),
  accountNumber: textSchema(40).optional(),
  payFromAccountId: idSchema,
  toAccountId: idSchema.optional(),
  contactId: idSchema.optional(),
  categoryId: idSchema.optional(),
  amountKind: z.enum(['fixed', 'variable']),
  amount: positiveMinorSchema,
  firstDue: dateKeySchema,
  schedule: billScheduleSchema,
  weekend: z.enum(WEEKEND_RULES).optional(),
  endsAfter: z.number().int().min(1).max(1200).optional(),
  endsOn: dateKeySchema.optional(),
  remindDaysBefore: z.number().int().min(0).max(30),
  remindHour: z.number().int().min(0).max(23).optional(),
  autopay: z.boolean().optional(),
  timeZone: timeZoneSchema,
};

type ScheduleFields = {
  readonly [K in keyof typeof billFields]?: z.output<(typeof billFields)[K]>;
};

/** What each kind needs beyond the common fields, and what it may not have. */
function checkKindFields(input: ScheduleFields, ctx: z.RefinementCtx): void {
  const kind = input.kind ?? 'bill';
  const need = (field: keyof ScheduleFields, message: string) => {
    if (input[field] === undefined || input[field] === '')
      ctx.addIssue({ code: 'custom', path: [field], message });
  };
  if (kind === 'bill') {
    need('accountNumber', 'Enter your account number with the biller');
    need('categoryId', 'Choose a category');
  }
  if (kind === 'income' || kind === 'expense') need('categoryId', 'Choose a category');
  if (kind === 'transfer') {
    need('toAccountId', 'Choose the account the money goes to');
    if (input.toAccountId !== undefined && input.toAccountId === input.payFromAccountId)
      ctx.addIssue({
        code: 'custom',
        path: ['toAccountId'],
        message: 'Choose two different accounts',
      });
  }
  if (kind === 'contact') need('contactId', 'Choose who receives the money');
  if ((kind === 'transfer' || kind === 'contact') && input.categoryId !== undefined)
    ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'A transfer has no category' });
  if (input.autopay && !POSTS_ON_ITS_OWN.has(kind))
    ctx.addIssue({
      code: 'custom',
      path: ['autopay'],
      message: 'A payment to a biller or a contact waits for your PIN: it cannot post on its own',
    });
  if (input.endsAfter !== undefined && input.endsOn !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['endsOn'],
      message: 'End after a number of times or on a date, not both',
    });
  if (input.endsOn !== undefined && input.firstDue !== undefined && input.endsOn < input.firstDue)
    ctx.addIssue({
      code: 'custom',
      path: ['endsOn'],
      message: 'The schedule ends before it starts',
    });
}

export const billsCreateInput = z.strictObject(billFields).superRefine(checkKindFields);
export const billsUpdateInput = z
  .strictObject({ id: idSchema, ...billFields })
  .superRefine(checkKindFields);
export const billsListInput = z
  .strictObject({ includeArchived: z.boolean().optional() })
  .optional();
export const billsUpcomingInput = z.strictObject({
  from: dateKeySchema,
  days: z.number().int().min(1).max(400),
});
export const billsOccurrenceInput = z.strictObject({ billId: idSchema, dueDate: dateKeySchema });
export const billsPayInput = z.strictObject({
  billId: idSchema,
  dueDate: dateKeySchema,
  amount: positiveMinorSchema.optional(),
  requestId: idSchema,
  timeZone: timeZoneSchema,
});
/** Posts an occurrence that only records money or moves it between own accounts (no PIN). */
export const billsRecordInput = billsOccurrenceInput
  .extend({ amount: positiveMinorSchema.optional(), timeZone: timeZoneSchema })
  .strict();
export const billsHistoryInput = z.strictObject({ billId: idSchema });
export const billsRunInput = z.strictObject({ now: z.number().int().min(0) });

/** What the UI sends to pay a bill: the occurrence plus the PIN (as for any payment). */
export const billsPayGatewayInput = billsPayInput.extend({ auth: authSchema }).strict();
export const billsCommitInput = billsPayInput.extend({ stepUpPassed: z.boolean() }).strict();
