import { runBillScheduler } from '../../../src/gateway/bill-scheduler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bill } from '../../../src/shared/bills';
import { dayKeyOf } from '../../../src/shared/dates';
import type { Account, Category } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { MoneyResult, Promotion } from '../../../src/shared/payments';
import type { Result } from '../../../src/shared/result';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { ledgerSnapshot } from '../../support/reliability';

const PIN = '258036';
const WRONG_PIN = '314159';
const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
/** PURSE_PROPERTY_RUNS=500 for a longer hunt by hand. */
const RUNS = Number(process.env['PURSE_PROPERTY_RUNS'] ?? 40);

/**
 * Tables a refusal may still write to, on purpose: the security log, risk alerts and the
 * payment-incident record (a blocked payment leaves a trace). Money tables never.
 */
const TRACE_TABLES = ['auditLog', 'riskAlerts', 'meta'];

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 80_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(0, -100, 1.5, NaN, Infinity, 2 ** 53, '100', null),
  },
);
/** Mostly the four starting accounts, sometimes ones made along the way. */
const index = fc.oneof({ weight: 3, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.nat(9) });
const pin = fc.constantFrom(PIN, PIN, PIN, PIN, WRONG_PIN);
const name = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Groceries', '零钱', 'Rent 房租', 'A') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(81), 'bad\u0000name') },
);

const op = fc.oneof(
  fc.record({
    type: fc.constant('account' as const),
    kind: fc.constantFrom('wallet', 'bank_card', 'credit_card', 'cash', 'savings', 'moon'),
    name,
    currency: fc.constantFrom('CNY', 'CNY', 'USD', 'XXX'),
    opening: fc.oneof(fc.integer({ min: -5_000, max: 500_000 }), fc.constant(0.25)),
  }),
  fc.record({ type: fc.constantFrom('archive' as const, 'unarchive' as const), account: index }),
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('record' as const),
      kind: fc.constantFrom('expense', 'income', 'transfer'),
      account: index,
      to: index,
      amount,
      daysAgo: fc.integer({ min: -2, max: 40 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('pay' as const),
      account: index,
      merchant: fc.nat(3),
      amount,
      pin,
      stepUp: fc.boolean(),
      promotion: fc.constantFrom('best', 'none'),
    }),
  },
  fc.record({ type: fc.constant('p2p' as const), account: index, to: index, amount, pin }),
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constantFrom('topup' as const, 'withdraw' as const),
      from: index,
      to: index,
      amount,
      pin,
    }),
  },
  fc.record({
    type: fc.constant('refund' as const),
    payment: index,
    amount: fc.option(amount, { nil: undefined }),
    pin,
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('bill' as const),
      // Bills and the kinds of recurring transaction with no contact to name.
      kind: fc.constantFrom('bill', 'income', 'expense', 'transfer'),
      account: index,
      to: index,
      amount,
      day: fc.integer({ min: 0, max: 33 }),
      onItsOwn: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constantFrom('billPay' as const, 'billSkip' as const, 'billRecord' as const),
      bill: index,
      pin,
    }),
  },
  // A pass of the scheduler: reminders, and schedules posting on their own.
  fc.record({ type: fc.constant('scheduler' as const) }),
  fc.record({
    type: fc.constant('budget' as const),
    category: index,
    amount: fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.constant(-1)),
    remove: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('promotion' as const),
    kind: fc.constantFrom('percent', 'fixed', 'threshold'),
    off: fc.integer({ min: 1, max: 3_000 }),
    archive: fc.boolean(),
    which: index,
  }),
  fc.record({
    type: fc.constant('settings' as const),
    locale: fc.constantFrom('system', 'zh-CN', 'en', 'fr'),
    theme: fc.constantFrom('light', 'dark', 'neon'),
  }),
  fc.record({ type: fc.constant('lock' as const) }),
  fc.record({ type: fc.constant('unlock' as const), pin }),
  fc.record({
    type: fc.constant('clock' as const),
    // Mostly forward; sometimes a little backwards, as a corrected system clock does.
    ms: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 * DAY }) },
      { weight: 1, arbitrary: fc.integer({ min: -5 * 60_000, max: 0 }) },
    ),
  }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface World {
  accounts: Account[];
  categories: { expense: Category[]; income: Category[] };
  payments: string[];
  bills: Bill[];
  promotions: Promotion[];
}

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length ? list[i % list.length] : undefined;
const idOf = (item: { id: string } | undefined) => item?.id ?? newId();

/** Turns a generated step into a gateway call. `null` when the step is not a call. */
function request(step: Op, w: World, fx: GatewayFixture): [string, unknown] | null {
  const now = fx.clock.now();
  const account = (i: number) => idOf(pick(w.accounts, i));
  switch (step.type) {
    case 'account':
      return [
        'accounts.create',
        {
          kind: step.kind,
          name: step.name,
          currency: step.currency,
          openingBalance: step.opening,
        },
      ];
    case 'archive':
      return ['accounts.archive', { id: account(step.account) }];
    case 'unarchive':
      return ['accounts.unarchive', { id: account(step.account) }];
    case 'record': {
      const categories = step.kind === 'income' ? w.categories.income : w.categories.expense;
      return [
        'transactions.record',
        {
          kind: step.kind,
          accountId: account(step.account),
          ...(step.kind === 'transfer'
            ? { toAccountId: account(step.to) }
            : { categoryId: idOf(pick(categories, step.to)) }),
          amount: step.amount,
          occurredAt: now - step.daysAgo * DAY,
          timeZone: TZ,
        },
      ];
    }
    case 'pay':
      return [
        'payments.create',
        {
          requestId: newId(),
          accountId: account(step.account),
          merchant: { name: `Shop ${step.merchant}` },
          amount: step.amount,
          promotion: step.promotion,
          timeZone: TZ,
          auth: step.stepUp
            ? { pin: step.pin, stepUpPin: PIN, confirmRisk: true }
            : { pin: step.pin },
        },
      ];
    case 'p2p':
      return [
        'transfers.create',
        {
          requestId: newId(),
          accountId: account(step.account),
          to: step.to % 2 ? { newContact: { name: 'Friend' } } : { accountId: account(step.to) },
          amount: step.amount,
          timeZone: TZ,
          auth: { pin: step.pin, stepUpPin: PIN, confirmRisk: true },
        },
      ];
    case 'topup':
    case 'withdraw':
      return [
        step.type === 'topup' ? 'topups.create' : 'withdrawals.create',
        {
          requestId: newId(),
          // Half the time the usual pair: bank card to wallet, or back.
          ...(step.from % 2 === 0
            ? {
                fromAccountId: account(step.type === 'topup' ? 1 : 0),
                toAccountId: account(step.type === 'topup' ? 0 : 1),
              }
            : { fromAccountId: account(step.from), toAccountId: account(step.to) }),
          amount: step.amount,
          timeZone: TZ,
          auth: { pin: step.pin },
        },
      ];
    case 'refund':
      return [
        'refunds.create',
        {
          requestId: newId(),
          paymentId: pick(w.payments, step.payment) ?? newId(),
          ...(step.amount === undefined ? {} : { amount: step.amount }),
          timeZone: TZ,
          auth: { pin: step.pin },
        },
      ];
    case 'bill': {
      const firstDue = dayKeyOf(now + (step.day % 5) * DAY, TZ);
      // Days 1–31 follow the first due date; 0 and 32–33 are refused.
      const dayOfMonth = step.day >= 1 && step.day <= 31 ? Number(firstDue.slice(8)) : step.day;
      const categories = step.kind === 'income' ? w.categories.income : w.categories.expense;
      return [
        'bills.create',
        {
          kind: step.kind,
          name: 'Power',
          ...(step.kind === 'bill' ? { billerKind: 'electricity', accountNumber: '0101-22' } : {}),
          ...(step.kind === 'transfer'
            ? { toAccountId: account(step.to) }
            : { categoryId: idOf(pick(categories, step.day)) }),
          // A bill on its own is refused; the others may post on their own.
          ...(step.onItsOwn ? { autopay: true } : {}),
          payFromAccountId: account(step.account),
          amountKind: 'fixed',
          amount: step.amount,
          firstDue,
          schedule: { kind: 'monthly', dayOfMonth },
          remindDaysBefore: 2,
          timeZone: TZ,
        },
      ];
    }
    case 'billPay':
    case 'billSkip':
    case 'billRecord': {
      const bill = pick(w.bills, step.bill);
      const occurrence = { billId: idOf(bill), dueDate: bill?.firstDue ?? '2026-12-01' };
      if (step.type === 'billRecord') return ['bills.record', { ...occurrence, timeZone: TZ }];
      return step.type === 'billSkip'
        ? ['bills.skip', occurrence]
        : [
            'bills.pay',
            { ...occurrence, requestId: newId(), timeZone: TZ, auth: { pin: step.pin } },
          ];
    }
    case 'budget': {
      const categoryId = idOf(pick(w.categories.expense, step.category));
      const month = dayKeyOf(now, TZ).slice(0, 7);
      return step.remove
        ? ['budgets.remove', { categoryId, month }]
        : ['budgets.set', { categoryId, month, amount: step.amount, currency: 'CNY' }];
    }
    case 'promotion':
      return step.archive
        ? ['promotions.archive', { id: idOf(pick(w.promotions, step.which)) }]
        : [
            'promotions.create',
            {
              name: 'Coupon',
              kind: step.kind,
              ...(step.kind === 'percent' ? { percentBp: step.off } : { amountOff: step.off }),
              ...(step.kind === 'threshold' ? { minSpend: step.off * 3 } : {}),
              currency: 'CNY',
              validFrom: now - DAY,
              validTo: now + 30 * DAY,
              maxUses: 3,
            },
          ];
    case 'settings':
      return ['settings.update', { locale: step.locale, theme: step.theme }];
    case 'lock':
      return ['security.lock', undefined];
    case 'unlock':
      return ['security.unlock', { pin: step.pin }];
    case 'clock':
      fx.clock.advance(step.ms);
      return null;
    case 'scheduler':
      return null;
  }
}

/** Keeps the world's lists of things later steps may refer to. */
function remember(w: World, method: string, value: unknown): void {
  if (method === 'accounts.create') w.accounts.push(value as Account);
  if (method === 'bills.create') w.bills.push(value as Bill);
  if (method === 'promotions.create') w.promotions.push(value as Promotion);
  if (
    method === 'payments.create' ||
    (method === 'bills.pay' && (value as MoneyResult).transaction.kind === 'payment')
  )
    w.payments.push((value as MoneyResult).transaction.id);
}

async function must<T>(result: Promise<Result<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value as T;
}

async function balancesByCurrency(fx: GatewayFixture): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const a of await fx.db.accounts.toArray())
    totals[a.currency] = (totals[a.currency] ?? 0) + a.balance;
  return totals;
}

describe('every operation through the gateway, in random order', () => {
  it(
    'keeps the invariants after each step and a refused step changes nothing',
    async () => {
      const seen = { accepted: new Set<string>(), refused: new Set<string>() };
      await fc.assert(
        fc.asyncProperty(
          // Each step may find the app unlocked again first (a person typing the PIN), or not.
          fc.array(fc.tuple(op, fc.nat(4)), { minLength: 4, maxLength: 14 }),
          async (ops) => {
            const fx = await freshGateway();
            try {
              fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
              await must(fx.gateway.call('security.setupPin', { pin: PIN }));
              const make = (kind: string, currency: string, openingBalance: number) =>
                must<Account>(
                  fx.gateway.call('accounts.create', {
                    kind,
                    name: kind,
                    currency,
                    openingBalance,
                  }),
                );
              const categories = await must<Category[]>(fx.gateway.call('categories.list', {}));
              const w: World = {
                accounts: [
                  await make('wallet', 'CNY', 200_000),
                  await make('bank_card', 'CNY', 5_000_000),
                  await make('credit_card', 'CNY', 0),
                  await make('cash', 'USD', 10_000),
                ],
                categories: {
                  expense: categories.filter((c) => c.kind === 'expense'),
                  income: categories.filter((c) => c.kind === 'income'),
                },
                payments: [],
                bills: [],
                promotions: [],
              };

              for (const [step, unlockFirst] of ops) {
                if (unlockFirst > 0 && (await fx.security.isLocked()))
                  await fx.gateway.call('security.unlock', { pin: PIN });
                if (step.type === 'scheduler') {
                  await runBillScheduler(
                    {
                      ledger: fx.api,
                      internal: fx.internal,
                      notifier: { notify: () => undefined },
                      systemLocale: 'en-US',
                      timeZone: TZ,
                    },
                    fx.clock.now(),
                  );
                  const report = await fx.api['ledger.verify'](undefined);
                  expect(report.problems, 'after a scheduler pass').toEqual([]);
                  continue;
                }
                const call = request(step, w, fx);
                if (!call) continue;
                const [method, input] = call;
                const before = await ledgerSnapshot(fx.db);
                const totals = await balancesByCurrency(fx);
                const result = await fx.gateway.call(method, input);
                const after = await ledgerSnapshot(fx.db);
                if (result.ok) {
                  seen.accepted.add(method);
                  remember(w, method, result.value);
                  // Moves between one's own accounts neither create nor destroy money.
                  const own =
                    ['topups.create', 'withdrawals.create'].includes(method) ||
                    (method === 'transactions.record' &&
                      step.type === 'record' &&
                      step.kind === 'transfer') ||
                    (method === 'bills.record' &&
                      w.bills.find((bill) => bill.id === (input as { billId: string }).billId)
                        ?.kind === 'transfer');
                  if (own) expect(await balancesByCurrency(fx)).toEqual(totals);
                } else {
                  seen.refused.add(method);
                  expect(result.error.code, result.error.message).not.toBe('INTERNAL');
                  expect(after.money).toEqual(before.money);
                  for (const table of Object.keys(before.counts)) {
                    if (TRACE_TABLES.includes(table)) continue;
                    expect(
                      after.counts[table],
                      `${method} ${result.error.code} wrote to ${table}`,
                    ).toBe(before.counts[table]);
                  }
                }
                const report = await fx.api['ledger.verify'](undefined);
                expect(report.problems, `after ${method}`).toEqual([]);
              }
            } finally {
              await fx.close();
            }
          },
        ),
        { numRuns: RUNS },
      );
      // The generator reaches both outcomes of the operations that matter most.
      for (const method of ['payments.create', 'transactions.record']) {
        expect(seen.accepted).toContain(method);
        expect(seen.refused).toContain(method);
      }
    },
    Math.max(120_000, RUNS * 3_000),
  );
});
