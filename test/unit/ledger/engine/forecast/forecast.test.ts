import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, Category } from '../../../../../src/shared/domain';
import type { AccountForecast, Forecast } from '../../../../../src/shared/forecast';
import { categoryByBuiltin } from '../../../../support/ledger-fixture';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';

let c: CorrectionsFixture;
let wallet: Account;
let utilities: Category;

const DAY = 86_400_000;
/** 2026-12-20, noon in Shanghai: thirty days after the wallet opened with ¥1,000. */
const TODAY = Date.UTC(2026, 11, 20, 4);

async function forecastOf(accountId: string, days?: number): Promise<AccountForecast> {
  const forecast = await c.call<Forecast>('forecast.accounts', {
    timeZone: TZ,
    ...(days ? { days } : {}),
  });
  return forecast.accounts.find((account) => account.accountId === accountId)!;
}

beforeEach(async () => {
  c = await correctionsFixture();
  wallet = c.wallet;
  utilities = await categoryByBuiltin(c.fx.api, 'utilities');
  // ¥300 spent by hand over the wallet's first thirty days: ¥10 a day on average.
  for (const [day, amount] of [
    [25, 10_000],
    [35, 10_000],
    [45, 10_000],
  ] as const)
    await c.call('transactions.record', {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: c.food.id,
      amount,
      occurredAt: Date.UTC(2026, 10, day, 4),
      timeZone: TZ,
    });
  c.fx.clock.set(TODAY);
});
afterEach(() => c.fx.close());

describe('the forecast', () => {
  it('starts at today’s balance and goes on at the average of the last days’ spending', async () => {
    const wallet90 = await forecastOf(wallet.id);
    expect(wallet90.points).toHaveLength(91);
    expect(wallet90.points[0]).toEqual({ date: '2026-12-20', balance: 70_000 });
    expect(wallet90.averageDaily).toBe(-1_000);
    expect(wallet90.points[10]).toEqual({ date: '2026-12-30', balance: 60_000 });
    // ¥700 at ¥10 a day: below zero on the 71st day, which the wallet may not be.
    expect(wallet90.belowZeroOn).toBe('2027-03-01');
    expect(wallet90.lowest).toEqual({ date: '2027-03-20', balance: -20_000 });
  });

  it('takes each bill from its account on its due day, an overdue one today, and leaves paid ones out', async () => {
    await c.call('bills.create', {
      name: 'State Grid electricity',
      billerKind: 'electricity',
      accountNumber: '0101-2233-4455',
      payFromAccountId: wallet.id,
      categoryId: utilities.id,
      amountKind: 'fixed',
      amount: 18_000,
      firstDue: '2026-12-18',
      schedule: { kind: 'monthly', dayOfMonth: 18 },
      remindDaysBefore: 2,
      timeZone: TZ,
    });
    const withBill = await forecastOf(wallet.id, 30);
    // December's is overdue (today), January's falls on the 18th.
    expect(withBill.scheduled).toBe(2);
    expect(withBill.scheduledNet).toBe(-36_000);
    expect(withBill.points[0]!.balance).toBe(70_000 - 18_000);
    expect(withBill.points.find((p) => p.date === '2027-01-18')!.balance).toBe(
      70_000 - 29_000 - 36_000,
    );

    await c.call('bills.skip', {
      billId: (await c.call<{ id: string }[]>('bills.list'))[0]!.id,
      dueDate: '2026-12-18',
    });
    const skipped = await forecastOf(wallet.id, 30);
    expect(skipped.scheduled).toBe(1);
    expect(skipped.points[0]!.balance).toBe(70_000);
  });

  it('warns of no day below zero for a credit card, and leaves archived accounts out', async () => {
    const card = await c.call<Account>('accounts.create', {
      kind: 'credit_card',
      name: 'Visa',
      currency: 'CNY',
      openingBalance: 0,
    });
    await c.call('transactions.record', {
      kind: 'expense',
      accountId: card.id,
      categoryId: c.food.id,
      amount: 30_000,
      occurredAt: TODAY - DAY,
      timeZone: TZ,
    });
    const visa = await forecastOf(card.id);
    expect(visa.averageDaily).toBe(-1_000);
    expect(visa.belowZeroOn).toBeNull();
    expect(visa.lowest.balance).toBe(-30_000 - 90_000);
    await c.call('accounts.archive', { id: card.id });
    expect(await forecastOf(card.id)).toBeUndefined();
  });
});
