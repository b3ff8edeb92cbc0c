import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  billInputOfFormValues,
  defaultCategoryId,
  initialBillFormValues,
  type BillFormValues,
} from '../../../src/renderer/features/bills/bill-form-model';
import { billsCreateInput, type BillView } from '../../../src/shared/bills';
import type { Account, Category } from '../../../src/shared/domain';

const ACCOUNT_ID = '0190f6a8-7b3c-7d2e-9f01-23456789abcd';
const UTILITIES_ID = '0190f6a8-7b3c-7d2e-9f01-23456789abce';
const TELECOM_ID = '0190f6a8-7b3c-7d2e-9f01-23456789abcf';

const accounts = [{ id: ACCOUNT_ID, currency: 'CNY' } as Account];
const SALARY_ID = '0190f6a8-7b3c-7d2e-9f01-23456789abd0';
const categories = [
  { id: TELECOM_ID, builtin: 'telecom', kind: 'expense' } as Category,
  { id: UTILITIES_ID, builtin: 'utilities', kind: 'expense' } as Category,
  { id: SALARY_ID, builtin: 'salary', kind: 'income' } as Category,
];

const values: BillFormValues = {
  scheduleKind: 'bill',
  billerKind: 'phone',
  name: ' China Mobile ',
  accountNumber: ' 138 0000 0000 ',
  payFromAccountId: ACCOUNT_ID,
  toAccountId: '',
  contactId: '',
  categoryId: TELECOM_ID,
  amountKind: 'variable',
  amount: '88.5',
  firstDue: dayjs('2026-12-15'),
  repeat: 'months',
  dayOfMonth: 15,
  interval: 2,
  weekend: 'keep',
  ends: 'never',
  endsAfter: 12,
  endsOn: null,
  remindDaysBefore: 1,
  remindHour: 20,
  autopay: false,
};

describe('the bill form model', () => {
  it('picks the built-in category for a kind of bill, if offered', () => {
    expect(defaultCategoryId(categories, 'electricity')).toBe(UTILITIES_ID);
    expect(defaultCategoryId(categories, 'internet')).toBe(TELECOM_ID);
    expect(defaultCategoryId(categories, 'rent')).toBeUndefined();
  });

  it('starts recurring income in Salary, posting nothing by itself until asked, with no reminder days', () => {
    const income = initialBillFormValues(undefined, accounts, categories, '2026-01-31', 'income');
    expect(income).toMatchObject({
      scheduleKind: 'income',
      categoryId: SALARY_ID,
      remindDaysBefore: 0,
      autopay: false,
    });
    expect(
      initialBillFormValues(undefined, accounts, categories, '2026-01-31', 'transfer').categoryId,
    ).toBe('');
  });

  it('starts a new bill as electricity due a month from today, on that day of the month', () => {
    const initial = initialBillFormValues(undefined, accounts, categories, '2026-01-31');
    expect(initial).toMatchObject({
      billerKind: 'electricity',
      payFromAccountId: ACCOUNT_ID,
      categoryId: UTILITIES_ID,
      repeat: 'monthly',
      dayOfMonth: 28,
      remindDaysBefore: 3,
      remindHour: 9,
      autopay: false,
    });
    expect(initial.firstDue?.format('YYYY-MM-DD')).toBe('2026-02-28');
    expect(initialBillFormValues(undefined, [], [], '2026-01-31')).toMatchObject({
      payFromAccountId: '',
      categoryId: '',
    });
  });

  it('starts an edit from the bill as saved, its due date as a Dayjs', () => {
    const input = billInputOfFormValues(values, 'CNY', 'UTC')!;
    const bill = {
      ...input,
      id: ACCOUNT_ID,
      billerId: ACCOUNT_ID,
      currency: 'CNY',
      archived: false,
      createdAt: 0,
      next: null,
      overdue: 0,
    } as BillView;
    const initial = initialBillFormValues(bill, [], [], '2027-06-01');
    expect(initial).toMatchObject({ name: 'China Mobile', amount: '88.50', repeat: 'months' });
    expect(initial.firstDue?.format('YYYY-MM-DD')).toBe('2026-12-15');
  });

  it('sends the due date as a date key, and nothing without a date or a valid amount', () => {
    const input = billInputOfFormValues(values, 'CNY', 'Asia/Shanghai');
    expect(input).toMatchObject({
      name: 'China Mobile',
      accountNumber: '138 0000 0000',
      amount: 8_850,
      firstDue: '2026-12-15',
      schedule: { kind: 'every', unit: 'month', interval: 2 },
      timeZone: 'Asia/Shanghai',
    });
    expect(billsCreateInput.safeParse(input).success).toBe(true);
    expect(billInputOfFormValues({ ...values, firstDue: null }, 'CNY', 'UTC')).toBeNull();
    expect(billInputOfFormValues({ ...values, amount: 'abc' }, 'CNY', 'UTC')).toBeNull();
  });
});
