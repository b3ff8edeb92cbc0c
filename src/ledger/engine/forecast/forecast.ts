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
 * hand. Moves between own accounts are neither income nor spending; schedules (bills,
 * salary, rent) are forecast on their own days, so what posted one is left out of the average.
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
  const scheduledPosts = new Set(paidBills.flatMap((row) => (row.txnId ? [row.txnId] : [])));
  const sums = new Map<string, number>();
  const first = new Map<string, number>();
  for (const txn of recent) {
    if (!IRREGULAR.has(txn.kind) || scheduledPosts.has(txn.id) || txn.source === 'recurring')
      continue;
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

/** What one scheduled occurrence does to one account's balance on a day. */
interface ScheduledMove {
  readonly occurrence: BillOccurrence;
  /** Money in (income, a transfer arriving) is positive; money out negative. */
  readonly amount: number;
}

/** Where an occurrence moves money: out of its account, or in for income; in at a transfer's end. */
function movesOf(occurrence: BillOccurrence): [accountId: string, amount: number][] {
  const { amount } = occurrence;
  if (occurrence.scheduleKind === 'income') return [[occurrence.accountId, amount]];
  const out: [string, number][] = [[occurrence.accountId, -amount]];
  if (occurrence.scheduleKind === 'transfer' && occurrence.toAccountId)
    out.push([occurrence.toAccountId, amount]);
  return out;
}

/**
 * The scheduled occurrences not yet posted (bills, income, expenses, transfers, money to
 * contacts) from `from` on, by account and day; those overdue before it count today (they
 * still have to be paid or confirmed): one pass over the schedules.
 */
async function scheduledAhead(ctx: EngineContext, from: string, days: number) {
  const occurrences = await upcomingBills(ctx, {
    from: addDays(from, -AVERAGE_OVER_DAYS),
    days: AVERAGE_OVER_DAYS + days + 1,
  });
  const due = new Map<string, ScheduledMove[]>();
  for (const occurrence of occurrences) {
    const date = occurrence.dueDate < from ? from : occurrence.dueDate;
    const unpaid =
      occurrence.dueDate < from
        ? occurrence.status === 'overdue'
        : occurrence.status !== 'paid' && occurrence.status !== 'skipped';
    if (!unpaid) continue;
    for (const [accountId, amount] of movesOf(occurrence)) {
      const key = `${accountId}|${date}`;
      const list = due.get(key);
      if (list) list.push({ occurrence, amount });
      else due.set(key, [{ occurrence, amount }]);
    }
  }
  return due;
}

/**
 * Each open account's balance day by day for the next `days`: today's balance, what its
 * schedules move on their days (bills, salary, rent, transfers; unposted overdue ones
 * today), and the average of its irregular
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
    scheduledAhead(ctx, from, days),
  ]);
  const dates = Array.from({ length: days + 1 }, (_, day) => addDays(from, day));
  const forecasts: AccountForecast[] = accounts.map((account) => {
    const average = averages.get(account.id) ?? 0;
    const points: ForecastPoint[] = [];
    let scheduled = 0;
    let count = 0;
    for (const [day, date] of dates.entries()) {
      for (const move of due.get(`${account.id}|${date}`) ?? []) {
        scheduled = addMinor(scheduled, move.amount);
        count += 1;
      }
      const irregular = Math.round(average * day);
      points.push({ date, balance: addMinor(account.balance, irregular, scheduled) });
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
      scheduled: count,
      scheduledNet: scheduled,
    };
  });
  return { from, days, accounts: forecasts };
}
