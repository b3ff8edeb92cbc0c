import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, listWindow } from '../../../src/renderer/features/bills/bill-dates';
import {
  accountNumberEnding,
  maskAccountNumber,
} from '../../../src/renderer/features/bills/bill-format';
import {
  fieldProblems,
  fieldsOfBill,
  firstOccurrence,
  toBillInput,
  type BillFields,
} from '../../../src/renderer/features/bills/bill-form-values';
import { DEFAULT_CATEGORY_BY_KIND } from '../../../src/renderer/features/bills/biller-kind';
import { hrefOfPath, parseHash } from '../../../src/renderer/shell/routes';
import { DEFAULT_CATEGORIES } from '../../../src/ledger/engine/default-categories';
import { billsCreateInput, type BillView } from '../../../src/shared/bills';
import { PurseError } from '../../../src/shared/errors';
import { parseInput } from '../../../src/shared/parse-input';

const ID = '0190f6a8-7b3c-7d2e-9f01-23456789abcd';

const fields: BillFields = {
  scheduleKind: 'bill',
  billerKind: 'electricity',
  name: '  State Grid electricity ',
  accountNumber: ' 0101-2233-4455 ',
  payFromAccountId: ID,
  toAccountId: '',
  contactId: '',
  categoryId: ID,
  amountKind: 'fixed',
  amount: '180',
  firstDue: '2026-11-28',
  repeat: 'monthly',
  dayOfMonth: 28,
  interval: 1,
  weekend: 'keep',
  ends: 'never',
  endsAfter: 12,
  endsOn: '',
  remindDaysBefore: 2,
  remindHour: 9,
  autopay: false,
};

describe('the bill form', () => {
  it('sends what bills.create accepts: trimmed text, minor units, the schedule chosen', () => {
    const input = toBillInput(fields, 'CNY', 'Asia/Shanghai');
    expect(input).toMatchObject({
      name: 'State Grid electricity',
      accountNumber: '0101-2233-4455',
      amount: 18_000,
      schedule: { kind: 'monthly', dayOfMonth: 28 },
      timeZone: 'Asia/Shanghai',
    });
    expect(billsCreateInput.safeParse(input).success).toBe(true);
    expect(
      toBillInput({ ...fields, repeat: 'weeks', interval: 2 }, 'CNY', 'UTC')?.schedule,
    ).toEqual({ kind: 'every', unit: 'week', interval: 2 });
    expect(toBillInput({ ...fields, repeat: 'once' }, 'CNY', 'UTC')?.schedule).toEqual({
      kind: 'once',
    });
    expect(toBillInput({ ...fields, amount: '1.234' }, 'CNY', 'UTC')).toBeNull();
  });

  it('starts an edit from the bill as saved', () => {
    const bill = {
      ...toBillInput(fields, 'CNY', 'UTC')!,
      schedule: { kind: 'every', unit: 'month', interval: 3 },
      firstDue: '2026-01-31',
      id: ID,
      billerId: ID,
      currency: 'CNY',
      remindHour: 8,
      autopay: true,
      archived: false,
      createdAt: 0,
      next: null,
      overdue: 0,
    } as BillView;
    expect(fieldsOfBill(bill)).toMatchObject({
      amount: '180.00',
      repeat: 'months',
      interval: 3,
      dayOfMonth: 31,
      remindHour: 8,
      autopay: true,
    });
  });

  it('marks the fields a VALIDATION refusal names, from zod paths and the engine’s field', () => {
    const zod = (() => {
      try {
        parseInput(billsCreateInput, {
          ...toBillInput(fields, 'CNY', 'UTC'),
          accountNumber: '  ',
          amount: 0,
        });
      } catch (error) {
        return error as PurseError;
      }
      throw new Error('expected a refusal');
    })();
    expect(Object.fromEntries(fieldProblems(zod))).toEqual({
      accountNumber: 'accountNumber',
      amount: 'amount',
    });
    expect(
      Object.fromEntries(fieldProblems(new PurseError('VALIDATION', 'x', { field: 'firstDue' }))),
    ).toEqual({ firstDue: 'noFutureDate' });
    expect(
      Object.fromEntries(
        fieldProblems(new PurseError('VALIDATION', 'x', { field: 'remindDaysBefore' })),
      ),
    ).toEqual({ remindDaysBefore: 'reminderPast' });
    expect(
      Object.fromEntries(
        fieldProblems(
          new PurseError('VALIDATION', 'x', undefined, [
            { path: 'schedule.dayOfMonth', message: '' },
          ]),
        ),
      ),
    ).toEqual({ dayOfMonth: 'invalid' });
    expect(fieldProblems(new PurseError('CONFLICT', 'x', { field: 'firstDue' })).size).toBe(0);
  });

  it('knows the first due date as the ledger’s schedule makes it', () => {
    const monthly = (day: number) => ({ kind: 'monthly', dayOfMonth: day }) as const;
    expect(firstOccurrence('2026-11-28', monthly(28))).toBe('2026-11-28');
    expect(firstOccurrence('2026-11-28', monthly(30))).toBe('2026-11-30');
    expect(firstOccurrence('2026-11-28', monthly(5))).toBe('2026-12-05');
    expect(firstOccurrence('2027-01-31', monthly(31))).toBe('2027-01-31');
    expect(firstOccurrence('2027-02-10', monthly(31))).toBe('2027-02-28');
    expect(firstOccurrence('2026-12-20', monthly(3))).toBe('2027-01-03');
    expect(firstOccurrence('2026-11-28', { kind: 'yearly' })).toBe('2026-11-28');
  });

  it('starts each kind of bill in a built-in expense category that exists', () => {
    const expense = DEFAULT_CATEGORIES.filter((c) => c.kind === 'expense').map((c) => c.builtin);
    for (const builtin of Object.values(DEFAULT_CATEGORY_BY_KIND))
      expect(expense).toContain(builtin);
    expect(DEFAULT_CATEGORY_BY_KIND.electricity).toBe('utilities');
    expect(DEFAULT_CATEGORY_BY_KIND.internet).toBe('telecom');
    expect(DEFAULT_CATEGORY_BY_KIND.rent).toBe('housing');
  });
});

describe('bill dates and numbers', () => {
  it('count calendar days across months, years and daylight-saving changes', () => {
    expect(addDays('2026-11-28', 3)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-11-28', '2026-11-25')).toBe(-3);
    expect(listWindow('2026-11-25')).toEqual({ from: '2025-11-25', days: 396 });
    expect(addDays('2025-11-25', 395)).toBe('2026-12-25');
  });

  it('mask the account number with the biller but for its last four', () => {
    expect(maskAccountNumber('0101-2233-4455')).toBe('•••• 4455');
    expect(maskAccountNumber('138 0013 8000')).toBe('•••• 8000');
    expect(maskAccountNumber('1234')).toBe('••••');
    expect(accountNumberEnding('W-88120')).toBe('8120');
  });
});

describe('routes below an area', () => {
  it('read and write #/bills/<id>/edit', () => {
    expect(parseHash('#/bills/abc/edit?x=1')).toMatchObject({
      area: 'bills',
      path: ['abc', 'edit'],
    });
    expect(parseHash('#/bills').path).toEqual([]);
    expect(parseHash('#/nowhere/abc')).toMatchObject({ area: 'home', path: [] });
    expect(hrefOfPath('bills', [ID, 'edit'])).toBe(`#/bills/${ID}/edit`);
    expect(parseHash(hrefOfPath('bills', ['a b'])).path).toEqual(['a b']);
  });
});
