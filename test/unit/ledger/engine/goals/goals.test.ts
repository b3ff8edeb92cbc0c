import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../../../src/shared/domain';
import { goalProgress, type Goal, type GoalProgress } from '../../../../../src/shared/goals';
import type { InboxList } from '../../../../../src/shared/inbox';
import { runBillScheduler } from '../../../../../src/gateway/bill-scheduler';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';

const DAY = 86_400_000;
let c: CorrectionsFixture;
let savings: Account;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const refusal = (method: string, input: unknown) => c.refusal(method, input);
const moveToSavings = (amount: number, tags?: string[]) =>
  call('transactions.record', {
    kind: 'transfer',
    accountId: c.wallet.id,
    toAccountId: savings.id,
    amount,
    occurredAt: c.fx.clock.now(),
    timeZone: TZ,
    ...(tags ? { tags } : {}),
  });

beforeEach(async () => {
  c = await correctionsFixture();
  savings = await call<Account>('accounts.create', {
    kind: 'savings',
    name: 'Savings',
    currency: 'CNY',
    openingBalance: 20_000,
  });
});
afterEach(() => c.fx.close());

describe('goalProgress', () => {
  const goal: Goal = {
    id: 'g',
    name: 'Trip',
    accountId: 'a',
    target: 120_000,
    targetDate: 365 * DAY,
    startSaved: 0,
    startedAt: 0,
  };
  it('says what to save a month, rounded up so that saving it reaches the target', () => {
    const halfway = goalProgress(goal, 30_000, 'CNY', 182.5 * DAY);
    expect(halfway).toMatchObject({ state: 'behind', expectedByNow: 60_000, percent: 25 });
    expect(halfway.monthlyNeeded * halfway.monthsLeft).toBeGreaterThanOrEqual(90_000);
    expect(goalProgress(goal, 70_000, 'CNY', 182.5 * DAY).state).toBe('on-track');
    expect(goalProgress(goal, 120_000, 'CNY', 10 * DAY)).toMatchObject({
      state: 'reached',
      remaining: 0,
      monthlyNeeded: 0,
      percent: 100,
    });
    expect(goalProgress(goal, 1_000, 'CNY', 400 * DAY)).toMatchObject({
      state: 'past-date',
      monthsLeft: 0,
      monthlyNeeded: 119_000,
    });
  });
});

describe('savings goals', () => {
  it('count the whole account, or only the tagged transfers of an envelope, and say when behind', async () => {
    const year = c.fx.clock.now() + 365 * DAY;
    await call('goals.save', {
      name: 'Rainy day',
      accountId: savings.id,
      target: 50_000,
      targetDate: year,
    });
    await call('goals.save', {
      name: 'Bike',
      accountId: savings.id,
      target: 12_000,
      targetDate: c.fx.clock.now() + 60 * DAY,
      tag: 'bike',
    });
    await moveToSavings(3_000, ['bike']);
    await moveToSavings(5_000);
    let goals = await call<GoalProgress[]>('goals.list');
    expect(goals.map((g) => [g.name, g.saved, g.remaining])).toEqual([
      ['Bike', 3_000, 9_000],
      ['Rainy day', 28_000, 22_000],
    ]);
    c.fx.clock.set(c.fx.clock.now() + 45 * DAY);
    goals = await call<GoalProgress[]>('goals.list');
    expect(goals[0]).toMatchObject({
      name: 'Bike',
      state: 'behind',
      monthsLeft: 1,
      monthlyNeeded: 9_000,
    });
    await moveToSavings(9_000, ['bike']);
    expect((await call<GoalProgress[]>('goals.list'))[0]).toMatchObject({
      state: 'reached',
      percent: 100,
    });
    await c.verifyOk();
  });

  it('refuse a date already past, a missing account and a zero target, and keep nothing', async () => {
    const base = {
      name: 'Car',
      accountId: savings.id,
      target: 100_000,
      targetDate: c.fx.clock.now() + DAY,
    };
    expect(
      await refusal('goals.save', { ...base, targetDate: c.fx.clock.now() - DAY }),
    ).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'targetDate' },
    });
    expect(
      await refusal('goals.save', { ...base, accountId: '01a251eb-29c5-733d-8852-5d0651550ec9' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal('goals.save', { ...base, target: 0 })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await call<GoalProgress[]>('goals.list')).toEqual([]);
  });

  it('tell once a month, in the inbox and as a notification, when a goal falls behind, even from passes run at once', async () => {
    await call('goals.save', {
      name: 'Bike',
      accountId: savings.id,
      target: 12_000,
      targetDate: c.fx.clock.now() + 90 * DAY,
      tag: 'bike',
    });
    const told: string[] = [];
    const deps = {
      ledger: c.fx.api,
      internal: c.fx.internal,
      notifier: { notify: (message: { title: string }) => void told.push(message.title) },
      systemLocale: 'en-US',
      timeZone: TZ,
    };
    await runBillScheduler(deps, c.fx.clock.now());
    expect(told).toEqual([]);
    c.fx.clock.set(c.fx.clock.now() + 40 * DAY);
    await Promise.all(Array.from({ length: 5 }, () => runBillScheduler(deps, c.fx.clock.now())));
    expect(told).toEqual(['Savings goal “Bike” is behind']);
    const inbox = await call<InboxList>('inbox.list');
    const behind = inbox.entries.filter((e) => e.kind === 'goal-behind');
    expect(behind.map((e) => [e.read, e.params.name, e.params.saved])).toEqual([
      [false, 'Bike', 0],
    ]);
    // Back on track, then a month later: nothing more to tell.
    await moveToSavings(12_000, ['bike']);
    c.fx.clock.set(c.fx.clock.now() + 31 * DAY);
    await runBillScheduler(deps, c.fx.clock.now());
    expect(told).toHaveLength(1);
  });
});
