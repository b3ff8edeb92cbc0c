import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBillScheduler } from '../../../src/gateway/bill-scheduler';
import { dueDatesBetween } from '../../../src/ledger/engine/bills/schedule';
import type { Bill, BillOccurrence } from '../../../src/shared/bills';
import type { Account, Transaction } from '../../../src/shared/domain';
import type { Forecast } from '../../../src/shared/forecast';
import { newId } from '../../../src/shared/ids';
import type { InboxList } from '../../../src/shared/inbox';
import type { MoneyResult } from '../../../src/shared/payments';
import type { Result } from '../../../src/shared/result';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { allPostings, categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';

const PIN = '258036';
const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
let fx: GatewayFixture;
let wallet: Account;
let savings: Account;
let salary: string;
let housing: string;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

/** Thursday 2026-11-26, 10:00 in Shanghai. */
const START = Date.UTC(2026, 10, 26, 2, 0);

/** A fresh ledger: a PIN, a wallet of ¥1,000 and an empty savings account. */
async function setUp() {
  fx = await freshGateway();
  fx.clock.set(START);
  await call('security.setupPin', { pin: PIN });
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 100_000,
  });
  savings = await call<Account>('accounts.create', {
    kind: 'savings',
    name: 'Savings',
    currency: 'CNY',
    openingBalance: 0,
  });
  salary = (await categoryByBuiltin(fx.api, 'salary')).id;
  housing = (await categoryByBuiltin(fx.api, 'housing')).id;
}
beforeEach(setUp);
afterEach(() => fx.close());

function schedule(extra: Record<string, unknown>) {
  return {
    payFromAccountId: wallet.id,
    amountKind: 'fixed',
    amount: 10_000,
    firstDue: '2026-11-27',
    schedule: { kind: 'every', unit: 'week', interval: 1 },
    remindDaysBefore: 0,
    remindHour: 9,
    timeZone: TZ,
    ...extra,
  };
}

const scheduler = () => ({
  ledger: fx.api,
  internal: fx.internal,
  notifier: { notify: () => undefined },
  systemLocale: 'en-US',
  timeZone: TZ,
});

/** Moves the clock to `at` and runs `passes` scheduler passes at once, as two starts would. */
async function startAt(at: number, passes = 1) {
  fx.clock.set(at);
  const runs = await Promise.all(
    Array.from({ length: passes }, () => runBillScheduler(scheduler(), at)),
  );
  // Days later Purse has locked itself: the person unlocks to look.
  ok(await fx.gateway.call('security.unlock', { pin: PIN }));
  return runs.flat();
}

const balances = async () =>
  Object.fromEntries(
    (await call<Account[]>('accounts.list', {})).map((account) => [account.name, account.balance]),
  );

async function recurringPosts(): Promise<Transaction[]> {
  const rows = await fx.db.transactions.toArray();
  return rows
    .filter((row) => row.source === 'recurring')
    .sort((a, b) => a.occurredAt - b.occurredAt);
}

describe('recurring schedules', () => {
  it('posts weekly income on its own, and after three weeks away each missed week exactly once, also when Purse starts twice at once', async () => {
    await call(
      'bills.create',
      schedule({ kind: 'income', name: 'Tutoring', categoryId: salary, autopay: true }),
    );
    // Three weeks and a bit later, at 10:00: the 27th, 4th, 11th and 18th have passed.
    const notices = await startAt(Date.UTC(2026, 11, 18, 2, 0), 3);
    expect(notices.map((notice) => `${notice.dueDate}:${notice.kind}`).sort()).toEqual([
      '2026-11-27:autopay-paid',
      '2026-12-04:autopay-paid',
      '2026-12-11:autopay-paid',
      '2026-12-18:autopay-paid',
    ]);
    expect(await startAt(Date.UTC(2026, 11, 18, 2, 5), 2)).toEqual([]);
    const posts = await recurringPosts();
    expect(posts.map((post) => post.kind)).toEqual(['income', 'income', 'income', 'income']);
    // Each on its own day at the schedule's hour (09:00 in Shanghai), not the day Purse started.
    expect(posts.map((post) => post.occurredAt)).toEqual([
      Date.UTC(2026, 10, 27, 1, 0),
      Date.UTC(2026, 11, 4, 1, 0),
      Date.UTC(2026, 11, 11, 1, 0),
      Date.UTC(2026, 11, 18, 1, 0),
    ]);
    expect((await balances())['Wallet']).toBe(100_000 + 4 * 10_000);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('ends the same as one pass at a time when five passes run together', async () => {
    const schedules = async () => {
      await call(
        'bills.create',
        schedule({ kind: 'income', name: 'Tutoring', categoryId: salary, autopay: true }),
      );
      await call(
        'bills.create',
        schedule({
          kind: 'transfer',
          name: 'Save',
          toAccountId: savings.id,
          amount: 3_000,
          autopay: true,
        }),
      );
    };
    await schedules();
    await startAt(Date.UTC(2026, 11, 10, 2, 0), 5);
    const together = { balances: await balances(), postings: (await allPostings(fx.db)).length };

    const first = fx;
    try {
      await setUp();
      await schedules();
      for (let i = 0; i < 5; i++) await startAt(Date.UTC(2026, 11, 10, 2, 0));
      const inTurn = { balances: await balances(), postings: (await allPostings(fx.db)).length };
      expect(together).toEqual(inTurn);
      expect(inTurn.balances).toEqual({ Wallet: 100_000 + 2 * 7_000, Savings: 2 * 3_000 });
    } finally {
      await first.close();
    }
  });

  it('moves money between own accounts on its own, on weekdays only when asked', async () => {
    // The 28th of November 2026 is a Saturday: moved to Friday the 27th.
    await call(
      'bills.create',
      schedule({
        kind: 'transfer',
        name: 'Save',
        toAccountId: savings.id,
        amount: 25_000,
        firstDue: '2026-11-28',
        schedule: { kind: 'monthly', dayOfMonth: 28 },
        weekend: 'before',
        autopay: true,
      }),
    );
    expect(await startAt(Date.UTC(2026, 10, 27, 1, 0))).toMatchObject([
      { kind: 'autopay-paid', dueDate: '2026-11-27' },
    ]);
    expect(await balances()).toEqual({ Wallet: 75_000, Savings: 25_000 });
    const [post] = await recurringPosts();
    expect(post).toMatchObject({ kind: 'transfer', accountId: wallet.id, toAccountId: savings.id });
  });

  it('tells an auto-post that could not go through once, then lets the person post it', async () => {
    const rent = await call<Bill>(
      'bills.create',
      schedule({
        kind: 'expense',
        name: 'Rent',
        categoryId: housing,
        amount: 450_000,
        autopay: true,
      }),
    );
    const notices = await startAt(Date.UTC(2026, 10, 27, 2, 0), 2);
    expect(notices).toMatchObject([{ kind: 'autopay-failed', reason: 'INSUFFICIENT_FUNDS' }]);
    expect(await startAt(Date.UTC(2026, 10, 27, 3, 0))).toEqual([]);
    expect((await balances())['Wallet']).toBe(100_000);
    const [waiting] = await call<BillOccurrence[]>('bills.upcoming', {
      from: '2026-11-27',
      days: 1,
    });
    expect(waiting).toMatchObject({ status: 'due', scheduleKind: 'expense' });

    await call('transactions.record', {
      kind: 'income',
      accountId: wallet.id,
      categoryId: salary,
      amount: 400_000,
      occurredAt: Date.UTC(2026, 10, 27, 3, 0),
      timeZone: TZ,
    });
    // Five confirms at once post it once.
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        fx.gateway.call('bills.record', { billId: rent.id, dueDate: '2026-11-27', timeZone: TZ }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(
      results
        .filter((result) => !result.ok)
        .map((r) => (r as { error: { code: string } }).error.code),
    ).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await balances())['Wallet']).toBe(100_000 + 400_000 - 450_000);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('keeps money to a contact waiting for the PIN: the scheduler tells it, bills.record refuses it, bills.pay sends it once', async () => {
    const mum = await call<{ id: string }>('counterparties.create', {
      kind: 'contact',
      name: 'Mum',
    });
    const pocket = await call<Bill>(
      'bills.create',
      schedule({ kind: 'contact', name: 'Pocket money', contactId: mum.id, amount: 20_000 }),
    );
    expect(await startAt(Date.UTC(2026, 10, 27, 2, 0))).toMatchObject([
      { kind: 'waiting', scheduleKind: 'contact', billName: 'Pocket money' },
    ]);
    expect((await balances())['Wallet']).toBe(100_000);

    const before = await moneySnapshot(fx.db);
    expect(
      await fx.gateway.call('bills.record', {
        billId: pocket.id,
        dueDate: '2026-11-27',
        timeZone: TZ,
      }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_REQUIRED' } });
    expect(
      await fx.gateway.call('bills.pay', {
        billId: pocket.id,
        dueDate: '2026-11-27',
        requestId: newId(),
        timeZone: TZ,
        auth: { pin: '000000' },
      }),
    ).toMatchObject({ ok: false });
    expect(await moneySnapshot(fx.db)).toEqual(before);

    const requestId = newId();
    const sent: Result<unknown>[] = await Promise.all(
      Array.from({ length: 5 }, () =>
        fx.gateway.call('bills.pay', {
          billId: pocket.id,
          dueDate: '2026-11-27',
          requestId,
          timeZone: TZ,
          auth: { pin: PIN },
        }),
      ),
    );
    expect(sent.filter((result) => !result.ok)).toEqual([]);
    const ids = new Set(sent.map((result) => ok<MoneyResult>(result).transaction.id));
    expect(ids.size).toBe(1);
    const [transaction] = [...ids];
    expect((await fx.db.transactions.get(transaction!))?.kind).toBe('p2p');
    expect((await balances())['Wallet']).toBe(80_000);
    const [posted] = await call<BillOccurrence[]>('bills.upcoming', {
      from: '2026-11-27',
      days: 1,
    });
    expect(posted).toMatchObject({ status: 'paid', txnId: transaction });
  });

  it('runs rules on recurring posts: a rule on the recurring source adds its tags', async () => {
    await call('rules.save', {
      name: 'Tag schedules',
      enabled: true,
      conditions: [{ field: 'source', sources: ['recurring'] }],
      actions: [{ set: 'tags', tags: ['scheduled'] }],
    });
    await call(
      'bills.create',
      schedule({ kind: 'income', name: 'Tutoring', categoryId: salary, autopay: true }),
    );
    await startAt(Date.UTC(2026, 10, 27, 2, 0));
    const [post] = await recurringPosts();
    expect(post?.tags).toEqual(['scheduled']);
    // A hand-typed entry is not a recurring post.
    const typed = await call<{ transaction: Transaction }>('transactions.record', {
      kind: 'income',
      accountId: wallet.id,
      categoryId: salary,
      amount: 100,
      occurredAt: Date.UTC(2026, 10, 27, 3, 0),
      timeZone: TZ,
    });
    expect(typed.transaction.tags).toBeUndefined();
  });

  it('refuses bad schedules with a clear error and keeps nothing', async () => {
    const mum = await call<{ id: string }>('counterparties.create', {
      kind: 'contact',
      name: 'Mum',
    });
    const before = await fx.db.bills.count();
    const refused = async (input: Record<string, unknown>) => {
      const result = await fx.gateway.call('bills.create', schedule(input));
      expect(result.ok).toBe(false);
      return (result as { error: { code: string; message: string } }).error;
    };
    // 31 February does not exist.
    expect(
      await refused({ kind: 'income', name: 'Pay', categoryId: salary, firstDue: '2027-02-31' }),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    expect(
      (
        await refused({
          kind: 'income',
          name: 'Pay',
          categoryId: salary,
          firstDue: '2027-01-10',
          endsOn: '2027-01-01',
        })
      ).message,
    ).toMatch(/ends before it starts/);
    expect(
      (await refused({ kind: 'contact', name: 'Pocket', contactId: mum.id, autopay: true }))
        .message,
    ).toMatch(/waits for your PIN/);
    expect(
      (await refused({ kind: 'transfer', name: 'Loop', toAccountId: wallet.id })).message,
    ).toMatch(/two different accounts/);
    expect(await refused({ kind: 'income', name: 'Pay', categoryId: housing })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await refused({ kind: 'income', name: 'Pay' })).toMatchObject({ code: 'VALIDATION' });
    expect(await fx.db.bills.count()).toBe(before);
  });

  it('ends after a number of times or on a date, and moves weekend dates as asked', () => {
    const weekly = {
      firstDue: '2026-11-27',
      schedule: { kind: 'every', unit: 'week', interval: 1 },
    } as const;
    expect(dueDatesBetween({ ...weekly, endsAfter: 3 }, '2026-11-01', '2027-12-31')).toEqual([
      '2026-11-27',
      '2026-12-04',
      '2026-12-11',
    ]);
    expect(
      dueDatesBetween({ ...weekly, endsOn: '2026-12-10' }, '2026-11-01', '2027-12-31'),
    ).toEqual(['2026-11-27', '2026-12-04']);
    // Day 31 of January 2027 is a Sunday; 28 February 2027 a Sunday too.
    const monthly = {
      firstDue: '2027-01-31',
      schedule: { kind: 'monthly', dayOfMonth: 31 },
    } as const;
    expect(dueDatesBetween({ ...monthly, weekend: 'before' }, '2027-01-01', '2027-03-31')).toEqual([
      '2027-01-29',
      '2027-02-26',
      '2027-03-31',
    ]);
    expect(dueDatesBetween({ ...monthly, weekend: 'after' }, '2027-01-01', '2027-03-31')).toEqual([
      '2027-02-01',
      '2027-03-01',
      '2027-03-31',
    ]);
  });
});

describe('the forecast from schedules', () => {
  it('adds salary and takes rent on their days, and warns in the inbox once when an account would go below zero', async () => {
    await call(
      'bills.create',
      schedule({
        kind: 'income',
        name: 'Salary',
        categoryId: salary,
        amount: 50_000,
        firstDue: '2026-12-10',
        schedule: { kind: 'monthly', dayOfMonth: 10 },
      }),
    );
    await call(
      'bills.create',
      schedule({
        kind: 'expense',
        name: 'Rent',
        categoryId: housing,
        amount: 180_000,
        firstDue: '2026-12-01',
        schedule: { kind: 'monthly', dayOfMonth: 1 },
      }),
    );
    const forecast = await call<Forecast>('forecast.accounts', { timeZone: TZ, days: 30 });
    const points = forecast.accounts.find((account) => account.accountId === wallet.id)!.points;
    const on = (date: string) => points.find((point) => point.date === date)!.balance;
    expect(on('2026-11-30')).toBe(100_000);
    expect(on('2026-12-01')).toBe(100_000 - 180_000);
    expect(on('2026-12-10')).toBe(100_000 - 180_000 + 50_000);
    expect(forecast.accounts.find((account) => account.accountId === wallet.id)).toMatchObject({
      belowZeroOn: '2026-12-01',
      scheduled: 2,
      scheduledNet: -130_000,
    });

    await Promise.all([startAt(START + DAY / 24), startAt(START + DAY / 24)]);
    await startAt(START + DAY / 12);
    const inbox = await call<InboxList>('inbox.list');
    expect(inbox.entries.filter((entry) => entry.kind === 'forecast-warning')).toMatchObject([
      { params: { accountId: wallet.id, belowZeroOn: '2026-12-01', lowestOn: '2027-02-01' } },
    ]);
  });
});
