import {
  POSTS_ON_ITS_OWN,
  type BillerKind,
  type BillSchedule,
  type BillView,
  type ScheduleKind,
  type WeekendRule,
} from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import type { MethodInput } from '../../../shared/contract';
import type { PurseError } from '../../../shared/errors';
import { minorToDecimalString, parseMoneyInput } from '../../../shared/money';
import { dayOfMonth } from './bill-dates';

/** How often, as the form offers it. */
export type RepeatChoice = 'monthly' | 'weeks' | 'months' | 'yearly' | 'once';

/** How a schedule ends, as the form offers it. */
export type EndChoice = 'never' | 'after' | 'on';

/** The form's values with the dates as date keys (the form itself holds Dayjs). */
export interface BillFields {
  readonly scheduleKind: ScheduleKind;
  readonly billerKind: BillerKind;
  readonly name: string;
  readonly accountNumber: string;
  readonly payFromAccountId: string;
  readonly toAccountId: string;
  readonly contactId: string;
  readonly categoryId: string;
  readonly amountKind: 'fixed' | 'variable';
  readonly amount: string;
  readonly firstDue: string;
  readonly repeat: RepeatChoice;
  readonly dayOfMonth: number;
  readonly interval: number;
  readonly weekend: WeekendRule;
  readonly ends: EndChoice;
  readonly endsAfter: number;
  /** A date key, or empty while none is chosen. */
  readonly endsOn: string;
  readonly remindDaysBefore: number;
  readonly remindHour: number;
  readonly autopay: boolean;
}

export type BillField = keyof BillFields;

export const NAME_MAX = 80;
export const ACCOUNT_NUMBER_MAX = 40;
export const DEFAULT_REMIND_DAYS = 3;
export const DEFAULT_REMIND_HOUR = 9;

export function scheduleOf(
  fields: Pick<BillFields, 'repeat' | 'dayOfMonth' | 'interval'>,
): BillSchedule {
  switch (fields.repeat) {
    case 'monthly':
      return { kind: 'monthly', dayOfMonth: fields.dayOfMonth };
    case 'weeks':
      return { kind: 'every', unit: 'week', interval: fields.interval };
    case 'months':
      return { kind: 'every', unit: 'month', interval: fields.interval };
    case 'yearly':
      return { kind: 'yearly' };
    case 'once':
      return { kind: 'once' };
  }
}

export function repeatOf(schedule: BillSchedule): RepeatChoice {
  switch (schedule.kind) {
    case 'every':
      return schedule.unit === 'week' ? 'weeks' : 'months';
    default:
      return schedule.kind;
  }
}

/** What each kind sends beyond the common fields. */
function kindFields(fields: BillFields) {
  switch (fields.scheduleKind) {
    case 'bill':
      return {
        billerKind: fields.billerKind,
        accountNumber: fields.accountNumber.trim(),
        categoryId: fields.categoryId,
      };
    case 'income':
    case 'expense':
      return { categoryId: fields.categoryId };
    case 'transfer':
      return { toAccountId: fields.toAccountId };
    case 'contact':
      return { contactId: fields.contactId };
  }
}

function endFields(fields: BillFields) {
  if (fields.repeat === 'once') return {};
  if (fields.ends === 'after') return { endsAfter: fields.endsAfter };
  if (fields.ends === 'on' && fields.endsOn) return { endsOn: fields.endsOn };
  return {};
}

/** What bills.create sends (bills.update adds the id). Null if the amount does not parse. */
export function toBillInput(
  fields: BillFields,
  currency: CurrencyCode,
  timeZone: string,
): MethodInput<'bills.create'> | null {
  const amount = parseMoneyInput(fields.amount, currency);
  if (!amount.ok) return null;
  return {
    kind: fields.scheduleKind,
    name: fields.name.trim(),
    ...kindFields(fields),
    payFromAccountId: fields.payFromAccountId,
    amountKind: fields.amountKind,
    amount: amount.minor,
    firstDue: fields.firstDue,
    schedule: scheduleOf(fields),
    weekend: fields.weekend,
    ...endFields(fields),
    remindDaysBefore: fields.remindDaysBefore,
    remindHour: fields.remindHour,
    autopay: POSTS_ON_ITS_OWN.has(fields.scheduleKind) && fields.autopay,
    timeZone,
  };
}

/** An existing bill, as the edit form starts. */
export function fieldsOfBill(bill: BillView): BillFields {
  const { schedule } = bill;
  return {
    scheduleKind: bill.kind,
    billerKind: bill.billerKind,
    name: bill.name,
    accountNumber: bill.accountNumber,
    payFromAccountId: bill.payFromAccountId,
    toAccountId: bill.toAccountId ?? '',
    contactId: bill.contactId ?? '',
    categoryId: bill.categoryId ?? '',
    amountKind: bill.amountKind,
    amount: minorToDecimalString(bill.amount, bill.currency),
    firstDue: bill.firstDue,
    repeat: repeatOf(schedule),
    dayOfMonth: schedule.kind === 'monthly' ? schedule.dayOfMonth : dayOfMonth(bill.firstDue),
    interval: schedule.kind === 'every' ? schedule.interval : 1,
    weekend: bill.weekend,
    ends: bill.endsAfter !== undefined ? 'after' : bill.endsOn !== undefined ? 'on' : 'never',
    endsAfter: bill.endsAfter ?? 12,
    endsOn: bill.endsOn ?? '',
    remindDaysBefore: bill.remindDaysBefore,
    remindHour: bill.remindHour,
    autopay: bill.autopay,
  };
}

/** Why the ledger refused a field, as far as the form can tell which one. */
export type FieldProblem =
  | 'noFutureDate'
  | 'reminderPast'
  | 'accountNumber'
  | 'amount'
  | 'name'
  | 'endsBeforeStart'
  | 'toAccount'
  | 'contact'
  | 'invalid';

/** Where each input path of bills.create lands in the form. */
function fieldOfPath(path: string): BillField | null {
  const [head = '', sub] = path.split('.');
  if (head === 'schedule') {
    if (sub === 'dayOfMonth') return 'dayOfMonth';
    if (sub === 'interval') return 'interval';
    return 'repeat';
  }
  if (head === 'kind') return 'scheduleKind';
  const fields: readonly BillField[] = [
    'billerKind',
    'toAccountId',
    'contactId',
    'weekend',
    'endsAfter',
    'endsOn',
    'name',
    'accountNumber',
    'payFromAccountId',
    'categoryId',
    'amountKind',
    'amount',
    'firstDue',
    'remindDaysBefore',
    'remindHour',
    'autopay',
  ];
  return (fields as readonly string[]).includes(head) ? (head as BillField) : null;
}

function problemOf(field: BillField): FieldProblem {
  switch (field) {
    case 'firstDue':
      return 'noFutureDate';
    case 'remindDaysBefore':
      return 'reminderPast';
    case 'accountNumber':
      return 'accountNumber';
    case 'amount':
      return 'amount';
    case 'name':
      return 'name';
    case 'endsOn':
      return 'endsBeforeStart';
    case 'toAccountId':
      return 'toAccount';
    case 'contactId':
      return 'contact';
    default:
      return 'invalid';
  }
}

/**
 * The fields a VALIDATION refusal names: zod's issue paths (a zero amount, an empty account
 * number) and the engine's `details.field` (no due date from today on, a reminder already
 * past), each with the problem to show on it.
 */
export function fieldProblems(
  error: Pick<PurseError, 'code' | 'details' | 'issues'>,
): Map<BillField, FieldProblem> {
  const out = new Map<BillField, FieldProblem>();
  if (error.code !== 'VALIDATION') return out;
  for (const issue of error.issues ?? []) {
    const field = fieldOfPath(issue.path);
    if (field && !out.has(field)) out.set(field, problemOf(field));
  }
  const named = error.details?.['field'];
  if (typeof named === 'string') {
    const field = fieldOfPath(named);
    if (field && !out.has(field)) out.set(field, problemOf(field));
  }
  return out;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function keyOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first date a bill is due, as the ledger's schedule makes it: the first due date itself,
 * except for "monthly on day N", which falls on day N (or the month's last day) of that month
 * if not already past, else of the next month.
 */
export function firstOccurrence(firstDue: string, schedule: BillSchedule): string {
  if (schedule.kind !== 'monthly') return firstDue;
  const [year, month, day] = firstDue.split('-').map(Number) as [number, number, number];
  const inMonth = Math.min(schedule.dayOfMonth, daysInMonth(year, month));
  if (inMonth >= day) return keyOf(year, month, inMonth);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return keyOf(
    nextYear,
    nextMonth,
    Math.min(schedule.dayOfMonth, daysInMonth(nextYear, nextMonth)),
  );
}
