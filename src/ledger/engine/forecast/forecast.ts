import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { BillOccurrence } from '../../../shared/bills';
import { dayKeyOf } from '../../../shared/dates';
import type { Account, Transaction } from '../../../shared/domain';
import {
  AVERAGE_OVER_DAYS,
  FORECAST_DAYS,
  type AccountForecast,
  type Forecast,
  type forecastInput,
  type ForecastPoint,
} from '../../../shared/forecast';
import { addMinor } from '../../../shared/money';
import { upcomingBills } from '../bills/bills';
import { addDays } from '../bills/schedule';
import type { EngineContext } from '../context';

const DAY = 86_400_000;

/**
 * Kinds whose money is irregular (averaged): what is spent, received and sent to people by
 * hand. Moves between own accounts are neither income nor spending; bills are forecast on
 * their own days, so the payments that paid one are left out of the average.
 */
const IRREGULAR: ReadonlySet<Transaction['kind']> = new Set([
  'income',
  'expense',
  'payment',
  'p2p',
  'refund',
  'reversal',
]);

/** Irregular money per own account, averaged a day over the recent past. */
async function averageDaily(
  ctx: EngineContext,
  accounts: readonly Account[],
  now: number,
): Promise<Map<string, number>> {
  const since = now - AVERAGE_OVER_DAYS * DAY;
  const [recent, paidBills] = await Promise.all([
    ctx.db.transactions
      .where('[occurredAt+id]')
      .between([since, Dexie.minKey], [now, Dexie.maxKey])
      .toArray(),
    ctx.db.billOccurrences.toArray(),
  ]);
  const billPayments = new Set(paidBills.flatMap((row) => (row.txnId ? [row.txnId] : [])));
  const sums = new Map<string, number>();
  const first = new Map<string, number>();
  for (const txn of recent) {
    if (!IRREGULAR.has(txn.kind) || billPayments.has(txn.id)) continue;
    for (const side of txn.ownSides ?? []) {
      sums.set(side.account, addMinor(sums.get(side.account) ?? 0, side.amount));
      first.set(side.account, Math.min(first.get(side.account) ?? now, txn.occurredAt));
    }
  }
  const averages = new Map<string, number>();
  for (const account of accounts) {
    const sum = sums.get(account.id) ?? 0;
    // A new account's few days are not a month's pattern: average over 30 days at least.
    const known = Math.max(account.createdAt, first.get(account.id) ?? now);
    const span = Math.min(AVERAGE_OVER_DAYS, Math.max(30, Math.ceil((now - known) / DAY)));
    averages.set(account.id, sum / span);
  }
  return averages;
}

/**
 * The unpaid bill occurrences from `from` on by account and day, and those overdue before
 * it counted today (they still have to be paid): one pass over the bills.
 */
async function billsAhead(ctx: EngineContext, from: string, days: number) {
  const [occurrences, bills] = await Promise.all([
    upcomingBills(ctx, {
      from: addDays(from, -AVERAGE_OVER_DAYS),
      days: AVERAGE_OVER_DAYS + days + 1,
    }),
    ctx.db.bills.toArray(),
  ]);
  const payFrom = new Map(bills.map((bill) => [bill.id, bill.payFromAccountId]));
  const due = new Map<string, BillOccurrence[]>();
  for (const occurrence of occurrences) {
    const date = occurrence.dueDate < from ? from : occurrence.dueDate;
    const unpaid =
      occurrence.dueDate < from
        ? occurrence.status === 'overdue'
        : occurrence.status !== 'paid' && occurrence.status !== 'skipped';
    if (!unpaid) continue;
    const key = `${payFrom.get(occurrence.billId)}|${date}`;
    const list = due.get(key);
    if (list) list.push(occurrence);
    else due.set(key, [occurrence]);
  }
  return due;
}

/**
 * Each open account's balance day by day for the next `days`: today's balance, the bills
 * it pays on their due days (unpaid overdue ones today), and the average of its irregular
 * money (income, spending, money to people) of the last 90 days; with its lowest point,
 * and the first day an account other than a credit card is expected below zero.
 */
export async function forecastAccounts(
  ctx: EngineContext,
  input: z.output<typeof forecastInput>,
): Promise<Forecast> {
  const days = input.days ?? FORECAST_DAYS;
  const now = ctx.clock.now();
  const from = dayKeyOf(now, input.timeZone);
  const accounts = (await ctx.db.accounts.toArray()).filter((account) => !account.archived);
  const [averages, due] = await Promise.all([
    averageDaily(ctx, accounts, now),
    billsAhead(ctx, from, days),
  ]);
  const dates = Array.from({ length: days + 1 }, (_, day) => addDays(from, day));
  const forecasts: AccountForecast[] = accounts.map((account) => {
    const average = averages.get(account.id) ?? 0;
    const points: ForecastPoint[] = [];
    let billed = 0;
    let bills = 0;
    for (const [day, date] of dates.entries()) {
      for (const occurrence of due.get(`${account.id}|${date}`) ?? []) {
        billed = addMinor(billed, occurrence.amount);
        bills += 1;
      }
      const irregular = Math.round(average * day);
      points.push({ date, balance: addMinor(account.balance, irregular, -billed) });
    }
    const lowest = points.reduce((low, point) => (point.balance < low.balance ? point : low));
    const below =
      account.kind === 'credit_card' ? undefined : points.find((point) => point.balance < 0);
    return {
      accountId: account.id,
      kind: account.kind,
      currency: account.currency,
      points,
      lowest,
      belowZeroOn: below?.date ?? null,
      averageDaily: Math.round(average),
      bills,
      billsTotal: billed,
    };
  });
  return { from, days, accounts: forecasts };
}
