import dayjs, { type Dayjs } from 'dayjs';
import type { BillerKind, BillView } from '../../../shared/bills';
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

/** What the antd form holds: the bill's fields, the due date as a Dayjs. */
export type BillFormValues = Omit<BillFields, 'firstDue'> & { readonly firstDue: Dayjs | null };

/** The built-in category that fits a kind of bill, if it is among the categories offered. */
export function defaultCategoryId(
  categories: readonly Category[],
  kind: BillerKind,
): string | undefined {
  return categories.find((category) => category.builtin === DEFAULT_CATEGORY_BY_KIND[kind])?.id;
}

/**
 * Where the form starts: the bill being edited as it is, or a new electricity bill due a month
 * from today, paid from the first account offered.
 */
export function initialBillFormValues(
  bill: BillView | undefined,
  accounts: readonly Account[],
  categories: readonly Category[],
  today: string,
): BillFormValues {
  if (bill) {
    const fields = fieldsOfBill(bill);
    return { ...fields, firstDue: dayjs(fields.firstDue) };
  }
  const firstDue = dayjs(today).add(1, 'month');
  return {
    billerKind: 'electricity',
    name: '',
    accountNumber: '',
    payFromAccountId: accounts[0]?.id ?? '',
    categoryId: defaultCategoryId(categories, 'electricity') ?? '',
    amountKind: 'fixed',
    amount: '',
    firstDue,
    repeat: 'monthly',
    dayOfMonth: firstDue.date(),
    interval: 1,
    remindDaysBefore: DEFAULT_REMIND_DAYS,
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
    { ...values, firstDue: values.firstDue.format('YYYY-MM-DD') },
    currency,
    timeZone,
  );
}
