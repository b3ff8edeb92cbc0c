import dayjs, { type Dayjs } from 'dayjs';
import type { BillerKind, BillView, ScheduleKind } from '../../../shared/bills';
import type { MethodInput } from '../../../shared/contract';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account, Category } from '../../../shared/domain';
import {
  DEFAULT_REMIND_DAYS,
  DEFAULT_REMIND_HOUR,
  fieldsOfBill,
  toBillInput,
  type BillFields,
} from './bill-form-values';
import { DEFAULT_CATEGORY_BY_KIND } from './biller-kind';

/** What the antd form holds: the bill's fields, the dates as Dayjs. */
export type BillFormValues = Omit<BillFields, 'firstDue' | 'endsOn'> & {
  readonly firstDue: Dayjs | null;
  readonly endsOn: Dayjs | null;
};

/** The built-in category that fits a kind of bill, if it is among the categories offered. */
export function defaultCategoryId(
  categories: readonly Category[],
  kind: BillerKind,
): string | undefined {
  return categories.find((category) => category.builtin === DEFAULT_CATEGORY_BY_KIND[kind])?.id;
}

/**
 * The category a new schedule of `kind` starts in: a bill's by its biller (electricity
 * first), income as salary; an expense is chosen by the person, a transfer has none.
 */
export function startingCategory(
  categories: readonly Category[],
  kind: ScheduleKind,
): string | undefined {
  if (kind === 'bill')
    return defaultCategoryId(
      categories.filter((category) => category.kind === 'expense'),
      'electricity',
    );
  if (kind === 'income')
    return categories.find(
      (category) => category.builtin === 'salary' && category.kind === 'income',
    )?.id;
  return undefined;
}

/**
 * Where the form starts: the schedule being edited as it is, or a new one of `kind` (a bill
 * starts as electricity) a month from today, from the first account offered.
 */
export function initialBillFormValues(
  bill: BillView | undefined,
  accounts: readonly Account[],
  categories: readonly Category[],
  today: string,
  kind: ScheduleKind = 'bill',
): BillFormValues {
  if (bill) {
    const fields = fieldsOfBill(bill);
    return {
      ...fields,
      firstDue: dayjs(fields.firstDue),
      endsOn: fields.endsOn ? dayjs(fields.endsOn) : null,
    };
  }
  const firstDue = dayjs(today).add(1, 'month');
  return {
    scheduleKind: kind,
    billerKind: 'electricity',
    name: '',
    accountNumber: '',
    payFromAccountId: accounts[0]?.id ?? '',
    toAccountId: accounts[1]?.id ?? '',
    contactId: '',
    categoryId: startingCategory(categories, kind) ?? '',
    amountKind: 'fixed',
    amount: '',
    firstDue,
    repeat: 'monthly',
    dayOfMonth: firstDue.date(),
    interval: 1,
    weekend: 'keep',
    ends: 'never',
    endsAfter: 12,
    endsOn: null,
    remindDaysBefore: kind === 'bill' ? DEFAULT_REMIND_DAYS : 0,
    remindHour: DEFAULT_REMIND_HOUR,
    autopay: false,
  };
}

/** What bills.create sends for the form's values; null without a due date or a valid amount. */
export function billInputOfFormValues(
  values: BillFormValues,
  currency: CurrencyCode,
  timeZone: string,
): MethodInput<'bills.create'> | null {
  if (!values.firstDue) return null;
  return toBillInput(
    {
      ...values,
      firstDue: values.firstDue.format('YYYY-MM-DD'),
      endsOn: values.endsOn ? values.endsOn.format('YYYY-MM-DD') : '',
    },
    currency,
    timeZone,
  );
}
