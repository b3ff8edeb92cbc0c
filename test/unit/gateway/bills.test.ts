import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBillScheduler } from '../../../src/gateway/bill-scheduler';
import { dueDatesBetween } from '../../../src/ledger/engine/bills/schedule';
import type { Bill, BillOccurrence, BillView } from '../../../src/shared/bills';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { MoneyResult } from '../../../src/shared/payments';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';

const PIN = '258036';
const TZ = 'Asia/Shanghai';
let fx: GatewayFixture;
let wallet: Account;
let utilities: string;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

/** 2026-11-25 10:00 in Shanghai. */
const START = Date.UTC(2026, 10, 25, 2, 0);

beforeEach(async () => {
  fx = await freshGateway();
  fx.clock.set(START);
  await call('security.setupPin', { pin: PIN });
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 100_000,
  });
  utilities = (await categoryByBuiltin(fx.api, 'utilities')).id;
});
afterEach(() => fx.close());

function billInput(extra: Record<string, unknown> = {}) {
  return {
    name: 'State Grid electricity',
    billerKind: 'electricity',
    accountNumber: '0101-2233-4455',
    payFromAccountId: wallet.id,
    categoryId: utilities,
    amountKind: 'fixed',
    amount: 18_000,
    firstDue: '2026-11-28',
    schedule: { kind: 'monthly', dayOfMonth: 28 },
    remindDaysBefore: 2,
    timeZone: TZ,
    ...extra,
  };
}

const scheduler = (notes: { title: string; body: string }[] = []) => ({
  ledger: fx.api,
  internal: fx.internal,
  notifier: { notify: (m: { title: string; body: string }) => void notes.push(m) },
  systemLocale: 'en-US',
  timeZone: TZ,
});

describe('bill schedules', () => {
  it('falls on the last day of short months for day 31, and on 28 February outside leap years', () => {
    const monthly = {
      firstDue: '2026-01-31',
      schedule: { kind: 'monthly', dayOfMonth: 31 },
    } as const;
    expect(dueDatesBetween(monthly, '2026-01-01', '2026-05-31')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
    const leap = { firstDue: '2028-01-30', schedule: { kind: 'monthly', dayOfMonth: 30 } } as const;
    expect(dueDatesBetween(leap, '2028-02-01', '2028-03-31')).toEqual(['2028-02-29', '2028-03-30']);
    const yearly = { firstDue: '2024-02-29', schedule: { kind: 'yearly' } } as const;
    expect(dueDatesBetween(yearly, '2024-01-01', '2028-12-31')).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('repeats every N weeks or months from the first due date, and once for a one-off', () => {
    const fortnightly = {
      firstDue: '2026-11-02',
      schedule: { kind: 'every', unit: 'week', interval: 2 },
    } as const;
    expect(dueDatesBetween(fortnightly, '2026-11-01', '2026-12-01')).toEqual([
      '2026-11-02',
      '2026-11-16',
      '2026-11-30',
    ]);
    const quarterly = {
      firstDue: '2026-01-31',
      schedule: { kind: 'every', unit: 'month', interval: 3 },
    } as const;
    expect(dueDatesBetween(quarterly, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-31',
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
    ]);
    const once = { firstDue: '2026-12-05', schedule: { kind: 'once' } } as const;
    expect(dueDatesBetween(once, '2026-01-01', '2027-12-31')).toEqual(['2026-12-05']);
  });
});

describe('bills.create', () => {
  it('keeps the account number sealed and lists the next occurrence as upcoming', async () => {
    const bill = await call<Bill>('bills.create', billInput());
    const [view] = await call<BillView[]>('bills.list', {});
    expect(view?.next).toMatchObject({ dueDate: '2026-11-28', status: 'upcoming', amount: 18_000 });
    expect(bill.accountNumber).toBe('0101-2233-4455');
  });

  it.each([
    [
      'a one-off in the past (no future date)',
      { firstDue: '2026-11-20', schedule: { kind: 'once' } },
    ],
    ['a zero amount', { amount: 0 }],
    ['no account number with the biller', { accountNumber: '  ' }],
    [
      'a reminder time in the past',
      { firstDue: '2026-11-26', schedule: { kind: 'once' }, remindDaysBefore: 3 },
    ],
    ['an impossible date', { firstDue: '2026-02-30' }],
    ['an unknown kind of biller', { billerKind: 'casino' }],
  ])('refuses %s and saves nothing', async (_label, extra) => {
    const before = await fx.db.bills.count();
    const result = await fx.gateway.call('bills.create', billInput(extra));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await fx.db.bills.count()).toBe(before);
  });
});

describe('bill reminders', () => {
  it('fire once, at the right time (N days before at 09:00 local), across restarts', async () => {
    await call('bills.create', billInput());
    const notes: { title: string; body: string }[] = [];
    // 2026-11-26 08:59 Shanghai: not yet.
    expect(await runBillScheduler(scheduler(notes), Date.UTC(2026, 10, 26, 0, 59))).toEqual([]);
    // 09:00: the reminder, once.
    const first = await runBillScheduler(scheduler(notes), Date.UTC(2026, 10, 26, 1, 0));
    expect(first).toMatchObject([{ kind: 'reminder', dueDate: '2026-11-28' }]);
    expect(notes).toEqual([
      {
        title: 'State Grid electricity is due 2026-11-28',
        body: 'CN¥180.00 — pay it in Purse',
        tag: expect.any(String) as unknown,
      },
    ]);
    expect(await runBillScheduler(scheduler(notes), Date.UTC(2026, 10, 26, 1, 1))).toEqual([]);

    // A restart: a new gateway over the same database sends nothing again.
    const restarted = { ...scheduler(notes) };
    expect(await runBillScheduler(restarted, Date.UTC(2026, 10, 27, 1, 0))).toEqual([]);
    expect(notes).toHaveLength(1);
  });

  it('shows a reminder missed while the app was off at the next start, as overdue when past due', async () => {
    await call('bills.create', billInput());
    const notes: { title: string; body: string }[] = [];
    const late = await runBillScheduler(scheduler(notes), Date.UTC(2026, 10, 29, 3, 0));
    expect(late).toMatchObject([{ kind: 'overdue', dueDate: '2026-11-28' }]);
    expect(notes[0]?.title).toBe('State Grid electricity is overdue');
  });

  it('sends nothing for an occurrence already paid or skipped', async () => {
    await call('bills.create', billInput());
    const [view] = await call<BillView[]>('bills.list', {});
    await call('bills.skip', { billId: view!.id, dueDate: '2026-11-28' });
    expect(await runBillScheduler(scheduler(), Date.UTC(2026, 10, 27, 3, 0))).toEqual([]);
  });
});

describe('bills.pay', () => {
  it('pays through the payment flow with the PIN, marks the occurrence paid and moves to the next one', async () => {
    const bill = await call<Bill>('bills.create', billInput());
    const result = await call<MoneyResult>('bills.pay', {
      billId: bill.id,
      dueDate: '2026-11-28',
      requestId: newId(),
      timeZone: TZ,
      auth: { pin: PIN },
    });
    expect(result.transaction).toMatchObject({
      kind: 'payment',
      amount: 18_000,
      counterpartyId: bill.billerId,
      categoryId: utilities,
    });
    const [view] = await call<BillView[]>('bills.list', {});
    expect(view?.next?.dueDate).toBe('2026-12-28');
    const window = await call<BillOccurrence[]>('bills.upcoming', { from: '2026-11-01', days: 60 });
    expect(window.map((o) => [o.dueDate, o.status])).toEqual([
      ['2026-11-28', 'paid'],
      ['2026-12-28', 'upcoming'],
    ]);
    const history = await call<{ byMonth: { month: string; total: number }[] }>('bills.history', {
      billId: bill.id,
    });
    expect(history.byMonth).toEqual([{ month: '2026-11', total: 18_000 }]);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('refuses a wrong PIN, a date the bill is not due and a second payment of the same occurrence — changing nothing', async () => {
    const bill = await call<Bill>('bills.create', billInput());
    const pay = (dueDate: string, pin = PIN) =>
      fx.gateway.call('bills.pay', {
        billId: bill.id,
        dueDate,
        requestId: newId(),
        timeZone: TZ,
        auth: { pin },
      });
    for (const [dueDate, pin, code] of [
      ['2026-11-28', '000001', 'PIN_WRONG'],
      ['2026-11-27', PIN, 'VALIDATION'],
    ] as const) {
      const before = await moneySnapshot(fx.db);
      expect(await pay(dueDate, pin)).toMatchObject({ ok: false, error: { code } });
      expect(await moneySnapshot(fx.db)).toEqual(before);
    }
    ok(await pay('2026-11-28'));
    const before = await moneySnapshot(fx.db);
    expect(await pay('2026-11-28')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });
});

describe('bills wait for the PIN', () => {
  it('refuses autopay on a bill, and never pays one saved with autopay before schedules had kinds', async () => {
    const before = await fx.db.bills.count();
    expect(await fx.gateway.call('bills.create', billInput({ autopay: true }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await fx.db.bills.count()).toBe(before);

    // A row as an older Purse wrote it: no kind, autopay on.
    const bill = await call<Bill>('bills.create', billInput());
    const { kind: _kind, weekend: _weekend, ...older } = bill;
    await fx.db.bills.put({ ...older, autopay: true });
    const notices = await runBillScheduler(scheduler(), Date.UTC(2026, 10, 28, 1, 0));
    expect(notices.map((notice) => notice.kind)).toEqual(['reminder']);
    expect((await call<Account[]>('accounts.list', {}))[0]!.balance).toBe(100_000);
    expect((await call<BillView[]>('bills.list'))[0]).toMatchObject({
      kind: 'bill',
      autopay: false,
    });
  });
});
