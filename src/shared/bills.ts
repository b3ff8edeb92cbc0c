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

export interface Bill {
  readonly id: string;
  readonly name: string;
  readonly billerKind: BillerKind;
  readonly billerId: string;
  /** The account number with the biller (sealed at rest like every non-indexed field). */
  readonly accountNumber: string;
  readonly payFromAccountId: string;
  readonly categoryId: string;
  readonly currency: CurrencyCode;
  readonly amountKind: 'fixed' | 'variable';
  /** The amount, or the estimate for a variable bill. */
  readonly amount: number;
  readonly firstDue: string;
  readonly schedule: BillSchedule;
  readonly remindDaysBefore: number;
  readonly remindHour: number;
  readonly autopay: boolean;
  readonly timeZone: string;
  readonly archived: boolean;
  readonly createdAt: number;
}

export type OccurrenceStatus = 'upcoming' | 'due' | 'overdue' | 'paid' | 'skipped';

export interface BillOccurrence {
  readonly billId: string;
  readonly billName: string;
  readonly billerKind: BillerKind;
  readonly dueDate: string;
  readonly amount: number;
  readonly amountKind: 'fixed' | 'variable';
  readonly currency: CurrencyCode;
  readonly status: OccurrenceStatus;
  readonly txnId?: string;
  readonly autopay: boolean;
}

export interface BillView extends Bill {
  readonly next: BillOccurrence | null;
  readonly overdue: number;
}

/** A reminder or autopay result main turns into an OS notification. */
export interface BillNotice {
  readonly kind: 'reminder' | 'overdue' | 'autopay-paid' | 'autopay-failed';
  readonly billId: string;
  readonly billName: string;
  readonly dueDate: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly reason?: string;
}

const billFields = {
  name: nameSchema,
  billerKind: z.enum(BILLER_KINDS),
  accountNumber: textSchema(40).pipe(
    z.string().min(1, 'Enter your account number with the biller'),
  ),
  payFromAccountId: idSchema,
  categoryId: idSchema,
  amountKind: z.enum(['fixed', 'variable']),
  amount: positiveMinorSchema,
  firstDue: dateKeySchema,
  schedule: billScheduleSchema,
  remindDaysBefore: z.number().int().min(0).max(30),
  remindHour: z.number().int().min(0).max(23).optional(),
  autopay: z.boolean().optional(),
  timeZone: timeZoneSchema,
};

export const billsCreateInput = z.strictObject(billFields);
export const billsUpdateInput = z.strictObject({ id: idSchema, ...billFields });
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
export const billsHistoryInput = z.strictObject({ billId: idSchema });
export const billsRunInput = z.strictObject({ now: z.number().int().min(0) });

/** What the UI sends to pay a bill: the occurrence plus the PIN (as for any payment). */
export const billsPayGatewayInput = billsPayInput.extend({ auth: authSchema }).strict();
export const billsCommitInput = billsPayInput.extend({ stepUpPassed: z.boolean() }).strict();
