import fc from 'fast-check';
import type { Category } from '../../../src/shared/domain';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/ids';
import { freshGateway, ok, type GatewayFixture } from '../../support/gateway-fixture';
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
      /** Split across this many lines (0 or 1: on one category); now and then off by one. */
      lines: number;
    }
  | { type: 'transfer'; from: number; to: number; amount: number }
  | { type: 'archive'; account: number; archived: boolean }
  | { type: 'advance'; ms: number }
  | { type: 'edit'; pick: number; amount: number; account: number; moveAccount: boolean }
  | { type: 'delete'; pick: number }
  | { type: 'send'; from: number; amount: number }
  | { type: 'void'; pick: number }
  | { type: 'split'; pick: number; lines: number; category: number }
  | { type: 'undo' | 'redo'; withPin: boolean };

const PIN = '258036';

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
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('record' as const),
      kind: fc.constantFrom('expense' as const, 'income' as const),
      account: index,
      category: fc.integer({ min: 0, max: 20 }),
      amount,
      zone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Nowhere/Land'),
      lines: fc.integer({ min: 0, max: 4 }),
    }),
  },
  fc.record({ type: fc.constant('transfer' as const), from: index, to: index, amount }),
  fc.record({ type: fc.constant('archive' as const), account: index, archived: fc.boolean() }),
  fc.record({
    type: fc.constant('advance' as const),
    ms: fc.integer({ min: 0, max: 40 * 86_400_000 }),
  }),
  fc.record({
    type: fc.constant('edit' as const),
    pick: fc.nat(),
    amount: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 50_000 }) },
      { weight: 1, arbitrary: amount },
    ),
    account: index,
    moveAccount: fc.boolean(),
  }),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('send' as const),
      from: index,
      // Mostly what the limits let through, so that there is money to void.
      amount: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 1, max: 30_000 }) },
        { weight: 1, arbitrary: amount },
      ),
    }),
  },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('void' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('split' as const),
      pick: fc.nat(),
      lines: fc.integer({ min: 0, max: 4 }),
      category: fc.nat(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constantFrom('undo' as const, 'redo' as const),
      withPin: fc.boolean(),
    }),
  },
);

const STARTING_ACCOUNTS: Op[] = [
  { type: 'createAccount', kind: 'wallet', currency: 'CNY', opening: 100_000 },
  { type: 'createAccount', kind: 'bank_card', currency: 'CNY', opening: 500_000 },
  { type: 'createAccount', kind: 'credit_card', currency: 'USD', opening: 0 },
  { type: 'createAccount', kind: 'cash', currency: 'CNY', opening: 0 },
];

/** Transactions to correct from the first step on. */
const STARTING_RECORDS: Op[] = [
  {
    type: 'record',
    kind: 'income',
    account: 0,
    category: 0,
    amount: 50_000,
    zone: 'UTC',
    lines: 0,
  },
  {
    type: 'record',
    kind: 'expense',
    account: 1,
    category: 1,
    amount: 20_000,
    zone: 'UTC',
    lines: 3,
  },
  { type: 'transfer', from: 1, to: 0, amount: 10_000 },
  {
    type: 'record',
    kind: 'expense',
    account: 0,
    category: 1,
    amount: 5_000,
    zone: 'UTC',
    lines: 0,
  },
];

/** Always run besides the random ones: each kind of correction, undone and redone. */
const CORRECTIONS_EXAMPLE: Op[] = [
  { type: 'edit', pick: 0, amount: 40_000, account: 0, moveAccount: false },
  { type: 'delete', pick: 1 },
  { type: 'edit', pick: 2, amount: 12_000, account: 3, moveAccount: true },
  { type: 'undo', withPin: false },
  { type: 'undo', withPin: false },
  { type: 'redo', withPin: false },
  { type: 'undo', withPin: true },
  { type: 'undo', withPin: false },
  { type: 'redo', withPin: false },
  { type: 'redo', withPin: true },
  { type: 'delete', pick: 0 },
  { type: 'undo', withPin: false },
  // Money sent to a contact, voided; undoing and redoing the void needs the PIN.
  { type: 'send', from: 0, amount: 7_000 },
  { type: 'void', pick: 1 },
  { type: 'undo', withPin: false },
  { type: 'undo', withPin: true },
  { type: 'redo', withPin: false },
  { type: 'redo', withPin: true },
  { type: 'void', pick: 1 },
  { type: 'undo', withPin: true },
  // A second sending, voided and left voided: voids land whatever the random steps do.
  { type: 'send', from: 1, amount: 3_000 },
  { type: 'void', pick: 3 },
  { type: 'split', pick: 0, lines: 3, category: 2 },
  { type: 'edit', pick: 0, amount: 999, account: 0, moveAccount: false },
  { type: 'split', pick: 0, lines: 0, category: 3 },
  { type: 'undo', withPin: false },
];

/** Mostly a category of the right kind; now and then any category, to hit the refusal. */
function pickCategory(categories: readonly Category[], kind: string, pick: number): string {
  const pool = pick % 7 === 0 ? categories : categories.filter((c) => c.kind === kind);
  return pool[pick % pool.length]!.id;
}

const MISSING_ID = '0190a0b0-0000-7000-8000-00000000beef';

/**
 * `amount` split across `count` lines on categories of `kind` (a line of zero, or lines
 * that miss the amount by one when `pick` says so, to hit the refusals); `null` takes a
 * split off (on one category again).
 */
function splitLines(
  categories: readonly Category[],
  kind: string,
  amount: number,
  count: number,
  pick: number,
) {
  const share = Math.floor(amount / count);
  return Array.from({ length: count }, (_, line) => ({
    categoryId: pickCategory(categories, kind, pick + line),
    amount: line === count - 1 ? amount - share * (count - 1) + (pick % 9 === 0 ? 1 : 0) : share,
  }));
}

/** A recorded transaction as the test's model keeps it. */
interface Entry {
  readonly kind: string;
  readonly accountId: string;
  readonly toAccountId?: string;
  readonly amount: number;
}

/** The transactions' states before a correction: what an undo (or redo) puts back. */
interface Step {
  readonly changes: readonly { readonly id: string; readonly entry?: Entry }[];
}

/**
 * What the ledger must hold, kept by the test from the accepted operations alone: opening
 * balances, every recorded transaction, and the corrections that undo and redo walk back
 * and forth (the newest last).
 */
interface Model {
  readonly openings: Map<string, number>;
  readonly txns: Map<string, Entry>;
  readonly undo: Step[];
  readonly redo: Step[];
}

function newModel(): Model {
  return { openings: new Map(), txns: new Map(), undo: [], redo: [] };
}

/** Each account's balance as the model says: its opening and the transactions' effects. */
function balancesOf(model: Model): Map<string, number> {
  const balances = new Map(model.openings);
  const add = (id: string, amount: number) => balances.set(id, balances.get(id)! + amount);
  for (const entry of model.txns.values()) {
    // Income, and a void's reversal of money sent, come in; the rest goes out.
    if (entry.kind === 'income' || entry.kind === 'reversal') add(entry.accountId, entry.amount);
    else add(entry.accountId, -entry.amount);
    if (entry.kind === 'transfer') add(entry.toAccountId!, entry.amount);
  }
  return balances;
}

/** The transactions as they stand, and puts `next` in their place (absent: gone). */
function replaced(model: Model, next: Step): Step {
  const before = next.changes.map(({ id }) => ({
    id,
    ...(model.txns.has(id) ? { entry: model.txns.get(id)! } : {}),
  }));
  for (const { id, entry } of next.changes) {
    if (entry) model.txns.set(id, entry);
    else model.txns.delete(id);
  }
  return { changes: before };
}

/** A correction landed: the state it replaced can be put back, and nothing can be redone. */
function corrected(model: Model, next: Step) {
  model.undo.push(replaced(model, next));
  model.redo.length = 0;
}

/** An undo or redo landed: the step's state is back, and the one it replaced goes on `to`. */
function walked(model: Model, from: Step[], to: Step[]) {
  to.push(replaced(model, from.pop()!));
}

function updateModel(
  model: Model,
  request: Record<string, unknown>,
  method: string,
  value: unknown,
) {
  if (method === 'accounts.create') {
    const account = value as { id: string };
    model.openings.set(account.id, request.openingBalance as number);
  } else if (method === 'transactions.record') {
    const { transaction } = value as { transaction: { id: string } };
    model.txns.set(transaction.id, {
      kind: request.kind as string,
      accountId: request.accountId as string,
      amount: request.amount as number,
      ...(request.toAccountId ? { toAccountId: request.toAccountId as string } : {}),
    });
  } else if (method === 'transfers.create') {
    const { transaction } = value as { transaction: { id: string } };
    const { accountId, amount } = request as { accountId: string; amount: number };
    model.txns.set(transaction.id, { kind: 'p2p', accountId, amount });
  } else if (method === 'transactions.void') {
    const { reversal } = value as { reversal: { transaction: { id: string } } };
    const original = model.txns.get(request.id as string)!;
    corrected(model, {
      changes: [
        { id: request.id as string, entry: original },
        { id: reversal.transaction.id, entry: { ...original, kind: 'reversal' } },
      ],
    });
  } else if (method === 'transactions.update') {
    const id = request.id as string;
    corrected(model, {
      changes: [
        {
          id,
          entry: {
            ...model.txns.get(id)!,
            ...(request.amount !== undefined ? { amount: request.amount as number } : {}),
            ...(request.accountId ? { accountId: request.accountId as string } : {}),
          },
        },
      ],
    });
  } else if (method === 'transactions.delete') {
    corrected(model, { changes: [{ id: request.id as string }] });
  } else if (method === 'ledger.undo') {
    walked(model, model.undo, model.redo);
  } else if (method === 'ledger.redo') {
    walked(model, model.redo, model.undo);
  }
}

let accepted = 0;
let acceptedSplits = 0;
let exampleVoids = 0;
const acceptedCorrections = new Map<string, number>();

async function apply(fx: GatewayFixture, step: Op, model: Model) {
  const request = await requestFor(fx, step, model);
  if (!request) return { ok: true as const, value: null };
  const result = await fx.gateway.call(request.method, request.input);
  if (result.ok) {
    accepted += 1;
    if (step.type === 'void' && step.pick === 3) exampleVoids += 1;
    const creates = ['transactions.record', 'transfers.create'];
    if (!request.method.startsWith('accounts.') && !creates.includes(request.method))
      acceptedCorrections.set(request.method, (acceptedCorrections.get(request.method) ?? 0) + 1);
    updateModel(model, request.input, request.method, result.value);
    if (Array.isArray(request.input['splits'])) acceptedSplits += 1;
  }
  return result;
}

async function requestFor(
  fx: GatewayFixture,
  step: Op,
  model: Model,
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
          ...(step.lines > 1
            ? {
                splits: splitLines(categories, step.kind, step.amount, step.lines, step.category),
              }
            : { categoryId: pickCategory(categories, step.kind, step.category) }),
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
    case 'edit':
    case 'delete': {
      const ids = [...model.txns.keys()];
      const id = ids.length ? ids[step.pick % ids.length]! : MISSING_ID;
      if (step.type === 'delete') return { method: 'transactions.delete', input: { id } };
      return {
        method: 'transactions.update',
        input: {
          id,
          amount: step.amount,
          ...(step.moveAccount ? { accountId: accountId(step.account) } : {}),
        },
      };
    }
    case 'send':
      return {
        method: 'transfers.create',
        input: {
          accountId: accountId(step.from),
          to: { newContact: { name: 'Li Wei' } },
          amount: step.amount,
          timeZone: 'Asia/Shanghai',
          requestId: newId(),
          auth: { pin: PIN },
        },
      };
    case 'void': {
      // Mostly money sent to a contact (voided already, or not); now and then anything.
      const sent = [...model.txns].filter(([, entry]) => entry.kind === 'p2p');
      const ids = (step.pick % 4 === 0 || !sent.length ? [...model.txns] : sent).map(([id]) => id);
      const id = ids.length ? ids[step.pick % ids.length]! : MISSING_ID;
      return { method: 'transactions.void', input: { id, auth: { pin: PIN } } };
    }
    case 'split': {
      const ids = [...model.txns.keys()];
      const id = ids.length ? ids[step.pick % ids.length]! : MISSING_ID;
      const entry = model.txns.get(id);
      const kind = entry?.kind === 'income' ? 'income' : 'expense';
      return {
        method: 'transactions.update',
        input: {
          id,
          ...(step.lines > 1
            ? {
                splits: splitLines(
                  categories,
                  kind,
                  entry?.amount ?? 100,
                  step.lines,
                  step.category,
                ),
              }
            : { splits: null, categoryId: pickCategory(categories, kind, step.category) }),
        },
      };
    }
    case 'undo':
    case 'redo':
      return {
        method: `ledger.${step.type}`,
        input: step.withPin ? { auth: { pin: PIN } } : {},
      };
  }
}

describe('ledger invariants under random operations', () => {
  it('keeps postings balanced and caches equal to postings through records, splits, edits, deletes, voids and undo, and a refused operation changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 16 }), async (randomOps) => {
        const ops: Op[] = [...STARTING_ACCOUNTS, ...STARTING_RECORDS, ...randomOps];
        const fx = await freshGateway();
        ok(await fx.gateway.call('security.setupPin', { pin: PIN }));
        const model = newModel();
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
            expect(new Map(accounts.map((a) => [a.id, a.balance]))).toEqual(balancesOf(model));
            // Accounts that may not overdraw never do.
            for (const a of accounts)
              if (a.kind !== 'credit_card' && a.openingBalance >= 0)
                expect(a.balance).toBeGreaterThanOrEqual(0);
          }
        } finally {
          await fx.close();
        }
      }),
      { numRuns: 40, examples: [[CORRECTIONS_EXAMPLE]] },
    );
    // The generator must exercise the happy path too, not only refusals.
    expect(accepted).toBeGreaterThan(40 * STARTING_ACCOUNTS.length + 25);
    for (const method of [
      'transactions.update',
      'transactions.delete',
      'transactions.void',
      'ledger.undo',
      'ledger.redo',
    ])
      expect(acceptedCorrections.get(method) ?? 0, method).toBeGreaterThan(1);
    expect(acceptedSplits, 'splits recorded or made').toBeGreaterThan(1);
    expect(exampleVoids, 'the example’s second void').toBeGreaterThan(0);
  }, 120_000);
});
