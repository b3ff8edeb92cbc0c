import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeGateway } from '../../../src/gateway/compose-gateway';
import type { Gateway } from '../../../src/gateway/create-gateway';
import type { SecurityService } from '../../../src/gateway/security/security-service';
import type { Account, Category } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { MoneyResult } from '../../../src/shared/payments';
import type { Result } from '../../../src/shared/result';
import { DecisionLog, notingHasher, notingLedger, type Decision } from '../../support/decision-log';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { testHasher } from '../../support/security-fixture';

const PIN = '258036';
const WRONG_PIN = '314159';
const TZ = 'Asia/Shanghai';
const YUAN = 100;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** PURSE_PROPERTY_RUNS=200 for a longer hunt by hand. */
const RUNS = Number(process.env['PURSE_PROPERTY_RUNS'] ?? 20);
/**
 * The batches CI sends: a fixed seed, so that the check that they reach every refusal (a
 * locked PIN needs several wrong ones in a row) does not depend on the draw. PURSE_PROPERTY_SEED
 * draws others by hand.
 */
const SEED = process.env['PURSE_PROPERTY_SEED']
  ? Number(process.env['PURSE_PROPERTY_SEED'])
  : 20_261_207;

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 60 * YUAN }) },
  { weight: 3, arbitrary: fc.integer({ min: 60 * YUAN, max: 1_200 * YUAN }) },
  { weight: 2, arbitrary: fc.integer({ min: 1_200 * YUAN, max: 25_000 * YUAN }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -100, 1.5) },
);
const account = fc.nat(2);
const pinRight = fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false));

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('pay' as const),
      account,
      merchant: fc.nat(2),
      amount,
      pinRight,
      stepUp: fc.boolean(),
    }),
  },
  {
    // Small confirmed payments from the card, many of them: the burst rule's ground.
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('pay' as const),
      account: fc.constant(1),
      merchant: fc.nat(2),
      amount: fc.integer({ min: 1, max: 20 * YUAN }),
      pinRight,
      stepUp: fc.constant(true),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('p2p' as const),
      account,
      amount,
      pinRight,
      stepUp: fc.boolean(),
    }),
  },
  fc.record({ type: fc.constant('own' as const), from: account, to: account, amount, pinRight }),
  fc.record({
    type: fc.constantFrom('topup' as const, 'withdraw' as const),
    amount,
    pinRight,
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('refund' as const),
      payment: fc.nat(20),
      amount: fc.option(fc.integer({ min: 1, max: 400 * YUAN }), { nil: undefined }),
      pinRight,
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('again' as const), of: fc.nat(60) }) },
  fc.record({ type: fc.constant('conflict' as const), of: fc.nat(60), amount }),
  fc.record({
    type: fc.constant('archive' as const),
    account,
    archived: fc.oneof(fc.constant(true), { weight: 2, arbitrary: fc.constant(false) }),
  }),
  fc.record({
    type: fc.constant('lower' as const),
    perPayment: fc.constantFrom(100, 400, 6_000, null),
    daily: fc.constantFrom(300, 900, 30_000, null),
  }),
  fc.record({ type: fc.constant('verify' as const) }),
  fc.record({ type: fc.constant('unlock' as const), pinRight }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * A batch is sent at once. A batch with a wrong PIN in it has no step-ups: a step-up checks
 * the PIN twice, and a wrong PIN checked between the two would see a count that no
 * one-at-a-time order can produce (see `replayOrder`).
 */
const batch = fc
  .record({
    steps: fc.array(step, { minLength: 2, maxLength: 40, size: 'max' }),
    clumsy: fc.oneof({ weight: 2, arbitrary: fc.constant(false) }, fc.constant(true)),
    /** In a clumsy batch, about half the PINs are wrong: enough for a lockout mid-batch. */
    slips: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    wait: fc.constantFrom(0, 0, 3 * MINUTE, 11 * MINUTE, DAY + 7 * MINUTE),
  })
  .map(({ steps, clumsy, slips, wait }) => ({
    wait,
    clumsy,
    steps: steps.map((s, i): Step => {
      if (!('pinRight' in s)) return s;
      if (!clumsy) return { ...s, pinRight: true };
      return {
        ...s,
        ...('stepUp' in s ? { stepUp: false } : {}),
        pinRight: s.pinRight && !slips[i],
      };
    }),
  }));

/** Who the person is at the start: unverified, just verified, or verified 91 days ago. */
const start = fc.constantFrom('basic' as const, 'verified' as const, 'trusted' as const);

/** One ledger with its gateway, and the names its ids are compared under. */
interface Side {
  readonly fx: LedgerFixture;
  readonly gateway: Gateway;
  readonly security: SecurityService;
  readonly log: DecisionLog;
  readonly accounts: Account[];
  /** The ledger's ids, by a name that is the same on both ledgers. */
  readonly names: Map<string, string>;
  /** Ids of the committed payments, in the order they committed. */
  readonly payments: string[];
  /** Each request sent, by its number in the run: to send it again. */
  readonly sent: Map<number, { method: string; input: Record<string, unknown> }>;
}

async function openSide(): Promise<Side> {
  const fx = await freshLedger();
  const log = new DecisionLog();
  const { gateway, security } = composeGateway({
    ledger: notingLedger(fx.api, ['accounts.archive', 'accounts.unarchive'], log),
    internal: notingLedger(
      fx.internal,
      [
        'payments.commit',
        'transfers.commit',
        'topups.commit',
        'withdrawals.commit',
        'refunds.commit',
        'limits.record',
        'identity.record',
      ],
      log,
    ),
    secrets: new MemorySecretStore(),
    hasher: notingHasher(testHasher, log),
    clock: fx.clock,
    appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'web' },
  });
  return {
    fx,
    gateway,
    security,
    log,
    accounts: [],
    names: new Map(),
    payments: [],
    sent: new Map(),
  };
}

async function must<T>(result: Promise<Result<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value as T;
}

async function setUp(side: Side, who: 'basic' | 'verified' | 'trusted'): Promise<void> {
  const { fx, gateway } = side;
  fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
  await must(gateway.call('security.setupPin', { pin: PIN }));
  const make = async (kind: string, openingBalance: number) => {
    const made = await must<Account>(
      gateway.call('accounts.create', { kind, name: kind, currency: 'CNY', openingBalance }),
    );
    side.names.set(made.id, `account:${side.accounts.length}`);
    side.accounts.push(made);
  };
  await make('wallet', 3_000 * YUAN);
  await make('bank_card', 60_000 * YUAN);
  await make('credit_card', 0);
  for (const category of await must<Category[]>(gateway.call('categories.list', {})))
    side.names.set(category.id, `category:${category.builtin ?? JSON.stringify(category.name)}`);
  if (who !== 'basic') await must(gateway.call('identity.verify', IDENTITY));
  if (who === 'trusted') fx.clock.advance(91 * DAY);
}

const IDENTITY = { kind: 'passport', name: 'Mei Lin', number: 'E12345678', pin: PIN };

/** Turns a step into a call on one side; requests sent again refer to earlier numbers. */
function request(
  side: Side,
  s: Step,
  n: number,
  requestId: string,
  clumsy: boolean,
): [string, unknown] {
  const auth = (right: boolean, stepUp = false) => {
    const pin = right ? PIN : WRONG_PIN;
    return stepUp ? { pin, stepUpPin: PIN, confirmRisk: true } : { pin };
  };
  const id = (i: number) => side.accounts[i]!.id;
  const money = (method: string, input: Record<string, unknown>): [string, unknown] => {
    side.sent.set(n, { method, input });
    return [method, input];
  };
  /**
   * An earlier request, retried under this batch's rule: in a careful batch with the right
   * PIN, in a clumsy one without its step-up (the same request still: auth is not part of it).
   */
  const earlier = (of: number) => {
    const numbers = [...side.sent.keys()];
    const first = numbers.length ? side.sent.get(numbers[of % numbers.length]!) : undefined;
    if (!first) return undefined;
    const sent = first.input['auth'] as { pin: string };
    const retried = clumsy ? { pin: sent.pin } : { ...sent, pin: PIN };
    return { method: first.method, input: { ...first.input, auth: retried } };
  };
  switch (s.type) {
    case 'pay':
      return money('payments.create', {
        requestId,
        accountId: id(s.account),
        merchant: { name: `Shop ${s.merchant}` },
        amount: s.amount,
        timeZone: TZ,
        auth: auth(s.pinRight, s.stepUp),
      });
    case 'p2p':
      return money('transfers.create', {
        requestId,
        accountId: id(s.account),
        to: { newContact: { name: 'Friend' } },
        amount: s.amount,
        timeZone: TZ,
        auth: auth(s.pinRight, s.stepUp),
      });
    case 'own':
      return money('transfers.create', {
        requestId,
        accountId: id(s.from),
        to: { accountId: id(s.to) },
        amount: s.amount,
        timeZone: TZ,
        auth: auth(s.pinRight),
      });
    case 'topup':
    case 'withdraw':
      return money(s.type === 'topup' ? 'topups.create' : 'withdrawals.create', {
        requestId,
        fromAccountId: id(s.type === 'topup' ? 1 : 0),
        toAccountId: id(s.type === 'topup' ? 0 : 1),
        amount: s.amount,
        timeZone: TZ,
        auth: auth(s.pinRight),
      });
    case 'refund':
      return money('refunds.create', {
        requestId,
        paymentId: side.payments.length ? side.payments[s.payment % side.payments.length] : newId(),
        ...(s.amount === undefined ? {} : { amount: s.amount }),
        timeZone: TZ,
        auth: auth(s.pinRight),
      });
    case 'again': {
      const first = earlier(s.of);
      return first ? [first.method, first.input] : ['security.unlock', { pin: PIN }];
    }
    case 'conflict': {
      const first = earlier(s.of);
      return first
        ? [first.method, { ...first.input, amount: s.amount }]
        : ['security.unlock', { pin: PIN }];
    }
    case 'archive':
      return [s.archived ? 'accounts.archive' : 'accounts.unarchive', { id: id(s.account) }];
    case 'lower':
      // Lowering needs nothing; a rise sent without the PIN is refused inside the write.
      return ['limits.set', { perPayment: s.perPayment, daily: s.daily }];
    case 'verify':
      return ['identity.verify', IDENTITY];
    case 'unlock':
      return ['security.unlock', { pin: s.pinRight ? PIN : WRONG_PIN }];
  }
}

/** Keeps what later steps refer to: committed payments, and the names of new ids. */
function remember(side: Side, result: Result<unknown>): void {
  if (!result.ok) return;
  const value = result.value as Partial<MoneyResult> | null;
  const transaction = value?.transaction;
  if (!transaction?.requestId || side.names.has(transaction.id)) return;
  side.names.set(transaction.id, `transaction:${transaction.requestId}`);
  if (transaction.kind === 'payment') side.payments.push(transaction.id);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * An answer as the person sees it, with each id replaced by its name on its ledger: the two
 * ledgers mint different ids for the same things. Receipt numbers are random digits, and
 * the request's fingerprint hashes the ledger's own ids. An unlock answers with the status
 * read after it, whose `recoveryCheck` (is an identity on record?) is a view of the ledger
 * at answer time, not a decision of the unlock: a verification sent with it may land first.
 */
function seen(result: Result<unknown>, names: ReadonlyMap<string, string>): unknown {
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(UUID, (id) => names.get(id) ?? 'id');
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !['receiptNo', 'requestFingerprint', 'recoveryCheck'].includes(key))
          .map(([key, inner]) => [key, rename(inner)]),
      );
    return value;
  };
  return rename(result);
}

/**
 * The one-at-a-time order that the batch's answers must equal. A request's place is where it
 * was decided:
 * - if it reached the ledger, the ledger transaction that ran it (money is decided there:
 *   balance, limits, risk, idempotency);
 * - if a PIN check refused it, that check, placed among the others by the PIN queue: before
 *   the first ledger request whose PIN was checked after it;
 * - otherwise (refused before anything shared was read: a bad input, or a PIN lockout already
 *   in force, which lasts the whole batch since the clock stands still) at the end, in the
 *   order sent: nothing after it depends on it.
 * The two queues must agree where they meet; a batch with wrong PINs has no step-ups, so
 * the ledger runs its requests in the order their single PIN checks passed.
 */
function replayOrder(
  count: number,
  decisions: readonly Decision[],
  wrongPin: (op: number) => boolean,
): number[] {
  const firstPin = new Map<number, number>();
  const lastPin = new Map<number, number>();
  decisions.forEach((d, i) => {
    if (d.at !== 'pin') return;
    if (!firstPin.has(d.op)) firstPin.set(d.op, i);
    lastPin.set(d.op, i);
  });
  const ledger = decisions.filter((d) => d.at === 'ledger').map((d) => d.op);
  const reached = new Set(ledger);
  const refusedAtPin = [...lastPin.keys()]
    .filter((op) => !reached.has(op))
    .sort((a, b) => lastPin.get(a)! - lastPin.get(b)!);
  const order = [...ledger];
  for (const op of refusedAtPin) {
    const at = lastPin.get(op)!;
    const straddled = [...firstPin].find(
      ([other, first]) => first < at && lastPin.get(other)! > at,
    );
    if (straddled && wrongPin(op))
      throw new Error(`request ${op}'s PIN check fell between request ${straddled[0]}'s two`);
    let place = order.findIndex((other) => (lastPin.get(other) ?? -1) > at);
    if (place === -1) place = order.length;
    const before = order.slice(0, place).filter((other) => lastPin.has(other));
    if (before.some((other) => lastPin.get(other)! > at))
      throw new Error(`request ${op}'s PIN check falls between the ledger's order`);
    order.splice(place, 0, op);
  }
  const placed = new Set(order);
  for (let op = 0; op < count; op += 1) if (!placed.has(op)) order.push(op);
  return order;
}

async function balances(side: Side): Promise<Record<string, number>> {
  const accounts = await must<Account[]>(
    side.gateway.call('accounts.list', { includeArchived: true }),
  );
  return Object.fromEntries(
    accounts.map((a): [string, number] => [side.names.get(a.id) ?? a.id, a.balance]),
  );
}

describe('requests sent together through the gateway', () => {
  it(
    'end exactly as the same requests sent one at a time in the order the ledger ran them, and keep the invariants',
    async () => {
      const reached = new Set<string>();
      let orderDiffered = 0;
      await fc.assert(
        fc.asyncProperty(
          start,
          fc.array(batch, { minLength: 1, maxLength: 3 }),
          async (who, batches) => {
            const a = await openSide();
            const b = await openSide();
            try {
              await setUp(a, who);
              await setUp(b, who);
              let n = 0;
              for (const { wait, clumsy, steps } of batches) {
                for (const side of [a, b]) {
                  side.fx.clock.advance(wait);
                  // Between batches the person unlocks the app (after a lockout has passed).
                  const until = (await side.security.status()).pinLockedUntil;
                  if (until !== null) side.fx.clock.set(until);
                  await side.gateway.call('security.unlock', { pin: PIN });
                }
                const ids = steps.map(() => newId());
                for (const id of ids)
                  for (const side of [a, b]) side.names.set(id, `request:${id}`);
                const calls = (side: Side) =>
                  steps.map((s, i) => request(side, s, n + i, ids[i]!, clumsy));
                const onA = calls(a);
                const onB = calls(b);
                n += steps.length;

                a.log.take();
                const together = await Promise.all(
                  onA.map(([method, input], i) => a.log.as(i, () => a.gateway.call(method, input))),
                );
                const decisions = a.log.take();
                await a.gateway.idle();
                const order = replayOrder(steps.length, decisions, (op) => {
                  const answer = together[op]!;
                  return !answer.ok && answer.error.code.startsWith('PIN_');
                });
                if (order.some((op, i) => op !== i)) orderDiffered += 1;

                // The ledger's own clock of commits: ids are UUIDv7, minted inside the write's
                // transaction, so the committed ones sort in the order they committed.
                const committed = order
                  .map((op) => together[op]!)
                  .flatMap((r) => (r.ok ? [(r.value as Partial<MoneyResult>).transaction] : []))
                  .flatMap((t) => (t?.requestId && !a.names.has(t.id) ? [t.id] : []))
                  .filter((id, i, all) => all.indexOf(id) === i);
                expect(committed).toEqual([...committed].sort());

                const oneByOne: Result<unknown>[] = [];
                for (const op of order) {
                  const [method, input] = onB[op]!;
                  oneByOne[op] = await b.gateway.call(method, input);
                }
                await b.gateway.idle();

                for (const op of order) {
                  const [method] = onA[op]!;
                  const got = together[op]!;
                  reached.add(got.ok ? `${method} ok` : `${method} ${got.error.code}`);
                  remember(a, got);
                  remember(b, oneByOne[op]!);
                  expect(
                    seen(got, a.names),
                    `${method} (request ${op} of ${steps.length})`,
                  ).toEqual(seen(oneByOne[op]!, b.names));
                }
                expect((await a.fx.api['ledger.verify'](undefined)).problems).toEqual([]);
                expect(await balances(a)).toEqual(await balances(b));
              }
            } finally {
              await a.gateway.idle();
              await b.gateway.idle();
              a.fx.close();
              b.fx.close();
            }
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: process.env['NO_SHRINK'] === '1' },
      );
      // The batches reach the refusals that depend on what ran before them.
      expect(orderDiffered).toBeGreaterThan(0);
      for (const outcome of [
        'payments.create ok',
        'payments.create LIMIT_EXCEEDED',
        'payments.create STEP_UP_REQUIRED',
        'payments.create PIN_WRONG',
        'payments.create PIN_LOCKED',
        'refunds.create ok',
      ])
        expect(reached).toContain(outcome);
      expect([...reached].some((outcome) => outcome.endsWith('RISK_BLOCKED'))).toBe(true);
    },
    Math.max(120_000, RUNS * 8_000),
  );
});
