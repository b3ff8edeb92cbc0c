import fc from 'fast-check';
import type { Category } from '../../../src/shared/domain';
import { describe, expect, it } from 'vitest';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { moneySnapshot } from '../../support/ledger-fixture';

/** An operation a user (or a hostile renderer) could send, with indices into live state. */
type Op =
  | { type: 'createAccount'; kind: string; currency: string; opening: number }
  | {
      type: 'record';
      kind: 'expense' | 'income';
      account: number;
      category: number;
      amount: number;
      zone: string;
    }
  | { type: 'transfer'; from: number; to: number; amount: number }
  | { type: 'archive'; account: number; archived: boolean }
  | { type: 'advance'; ms: number };

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      -1,
      -5000,
      0.5,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      Number.NaN,
    ),
  },
);
const index = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('createAccount' as const),
    kind: fc.constantFrom('wallet', 'bank_card', 'credit_card', 'cash', 'savings', 'piggy'),
    currency: fc.constantFrom('CNY', 'CNY', 'USD', 'XXX'),
    opening: fc.oneof(
      fc.integer({ min: -100_000, max: 1_000_000 }),
      fc.constantFrom(0.25, 2 ** 60),
    ),
  }),
  fc.record({
    type: fc.constant('record' as const),
    kind: fc.constantFrom('expense' as const, 'income' as const),
    account: index,
    category: fc.integer({ min: 0, max: 20 }),
    amount,
    zone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Nowhere/Land'),
  }),
  fc.record({ type: fc.constant('transfer' as const), from: index, to: index, amount }),
  fc.record({ type: fc.constant('archive' as const), account: index, archived: fc.boolean() }),
  fc.record({
    type: fc.constant('advance' as const),
    ms: fc.integer({ min: 0, max: 40 * 86_400_000 }),
  }),
);

const STARTING_ACCOUNTS: Op[] = [
  { type: 'createAccount', kind: 'wallet', currency: 'CNY', opening: 100_000 },
  { type: 'createAccount', kind: 'bank_card', currency: 'CNY', opening: 500_000 },
  { type: 'createAccount', kind: 'credit_card', currency: 'USD', opening: 0 },
  { type: 'createAccount', kind: 'cash', currency: 'CNY', opening: 0 },
];

/** Mostly a category of the right kind; now and then any category, to hit the refusal. */
function pickCategory(categories: readonly Category[], kind: string, pick: number): string {
  const pool = pick % 7 === 0 ? categories : categories.filter((c) => c.kind === kind);
  return pool[pick % pool.length]!.id;
}

const MISSING_ID = '0190a0b0-0000-7000-8000-00000000beef';

/** What each account's balance must be, kept by the test from the accepted operations. */
type Model = Map<string, number>;

function updateModel(
  model: Model,
  request: Record<string, unknown>,
  method: string,
  value: unknown,
) {
  if (method === 'accounts.create') {
    const account = value as { id: string };
    model.set(account.id, request.openingBalance as number);
  } else if (method === 'transactions.record') {
    const amount = request.amount as number;
    const from = request.accountId as string;
    if (request.kind === 'income') model.set(from, model.get(from)! + amount);
    else model.set(from, model.get(from)! - amount);
    if (request.kind === 'transfer') {
      const to = request.toAccountId as string;
      model.set(to, model.get(to)! + amount);
    }
  }
}

let accepted = 0;

async function apply(fx: GatewayFixture, step: Op, model: Model) {
  const request = await requestFor(fx, step);
  if (!request) return { ok: true as const, value: null };
  const result = await fx.gateway.call(request.method, request.input);
  if (result.ok) {
    accepted += 1;
    updateModel(model, request.input, request.method, result.value);
  }
  return result;
}

async function requestFor(
  fx: GatewayFixture,
  step: Op,
): Promise<{ method: string; input: Record<string, unknown> } | null> {
  const accounts = await fx.api['accounts.list']({ includeArchived: true });
  const categories = await fx.api['categories.list']({ includeArchived: true });
  const accountId = (i: number) => (i >= 0 && i < accounts.length ? accounts[i]!.id : MISSING_ID);
  const now = fx.clock.now();
  switch (step.type) {
    case 'createAccount':
      return {
        method: 'accounts.create',
        input: {
          kind: step.kind,
          name: `A${accounts.length}`,
          currency: step.currency,
          openingBalance: step.opening,
        },
      };
    case 'record':
      return {
        method: 'transactions.record',
        input: {
          kind: step.kind,
          accountId: accountId(step.account),
          categoryId: pickCategory(categories, step.kind, step.category),
          amount: step.amount,
          occurredAt: now,
          timeZone: step.zone,
        },
      };
    case 'transfer':
      return {
        method: 'transactions.record',
        input: {
          kind: 'transfer',
          accountId: accountId(step.from),
          toAccountId: accountId(step.to),
          amount: step.amount,
          occurredAt: now,
          timeZone: 'Asia/Shanghai',
        },
      };
    case 'archive':
      return {
        method: step.archived ? 'accounts.archive' : 'accounts.unarchive',
        input: { id: accountId(step.account) },
      };
    case 'advance':
      fx.clock.advance(step.ms);
      return null;
  }
}

describe('ledger invariants under random operations', () => {
  it('keeps postings balanced and caches equal to postings, and a refused operation changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 16 }), async (randomOps) => {
        const ops: Op[] = [...STARTING_ACCOUNTS, ...randomOps];
        const fx = await freshGateway();
        const model: Model = new Map();
        try {
          for (const step of ops) {
            const before = await moneySnapshot(fx.db);
            const result = await apply(fx, step, model);
            if (!result.ok) {
              expect(result.error.code).not.toBe('INTERNAL');
              expect(await moneySnapshot(fx.db)).toEqual(before);
            }
            const report = await fx.api['ledger.verify'](undefined);
            expect(report.problems).toEqual([]);
            // No money created or lost: each balance is what the accepted operations say.
            const accounts = await fx.api['accounts.list']({ includeArchived: true });
            expect(new Map(accounts.map((a) => [a.id, a.balance]))).toEqual(model);
            // Accounts that may not overdraw never do.
            for (const a of accounts)
              if (a.kind !== 'credit_card' && a.openingBalance >= 0)
                expect(a.balance).toBeGreaterThanOrEqual(0);
          }
        } finally {
          await fx.close();
        }
      }),
      { numRuns: 40 },
    );
    // The generator must exercise the happy path too, not only refusals.
    expect(accepted).toBeGreaterThan(40 * STARTING_ACCOUNTS.length + 25);
  }, 120_000);
});
