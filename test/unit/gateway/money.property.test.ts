import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { MoneyResult } from '../../../src/shared/payments';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { moneySnapshot } from '../../support/ledger-fixture';

const PIN = '258036';
const TZ = 'Asia/Shanghai';

type Op =
  | { type: 'pay'; account: number; merchant: number; amount: number; pin: string; stepUp: boolean }
  | { type: 'p2p'; account: number; amount: number }
  | { type: 'topup'; amount: number }
  | { type: 'withdraw'; amount: number }
  | { type: 'refund'; payment: number; amount: number | null }
  | { type: 'replay'; payment: number }
  | { type: 'advance'; ms: number };

const amount = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 60_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -5, 0.5, 10_000_000, Number.MAX_SAFE_INTEGER) },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('pay' as const),
      account: fc.integer({ min: 0, max: 2 }),
      merchant: fc.integer({ min: 0, max: 3 }),
      amount,
      pin: fc.constantFrom(PIN, PIN, PIN, '000001'),
      stepUp: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('p2p' as const),
      account: fc.integer({ min: 0, max: 2 }),
      amount,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('topup' as const), amount }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw' as const), amount }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('refund' as const),
      payment: fc.nat(10),
      amount: fc.option(fc.integer({ min: 1, max: 40_000 }), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('replay' as const), payment: fc.nat(10) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 3 * 86_400_000 }),
    }),
  },
);

describe('money movements under random operations', () => {
  it('never create or lose money: balances follow the accepted movements and the invariants hold', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const fx: GatewayFixture = await freshGateway();
        try {
          fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
          await fx.gateway.call('security.setupPin', { pin: PIN });
          const make = async (kind: string, name: string, openingBalance: number) => {
            const result = await fx.gateway.call('accounts.create', {
              kind,
              name,
              currency: 'CNY',
              openingBalance,
            });
            if (!result.ok) throw new Error(result.error.message);
            return result.value as Account;
          };
          const accounts = [
            await make('wallet', 'W', 200_000),
            await make('bank_card', 'B', 5_000_000),
            await make('credit_card', 'C', 0),
          ];
          const [wallet, bank] = accounts as [Account, Account, Account];
          const model = new Map(accounts.map((a) => [a.id, a.balance]));
          const payments: {
            requestId: string;
            input: Record<string, unknown>;
            result: MoneyResult;
          }[] = [];
          const shift = (id: string, delta: number) => model.set(id, model.get(id)! + delta);

          for (const step of ops) {
            await fx.gateway.call('security.unlock', { pin: PIN });
            const before = await moneySnapshot(fx.db);
            const requestId = newId();
            const auth = { pin: PIN };
            let method = '';
            let input: Record<string, unknown> = {};
            switch (step.type) {
              case 'pay':
                method = 'payments.create';
                input = {
                  requestId,
                  accountId: accounts[step.account]!.id,
                  merchant: { name: `Shop ${step.merchant}` },
                  amount: step.amount,
                  timeZone: TZ,
                  auth: step.stepUp
                    ? { pin: step.pin, stepUpPin: PIN, confirmRisk: true }
                    : { pin: step.pin },
                };
                break;
              case 'p2p':
                method = 'transfers.create';
                input = {
                  requestId,
                  accountId: accounts[step.account]!.id,
                  to: { newContact: { name: 'Friend' } },
                  amount: step.amount,
                  timeZone: TZ,
                  auth: { ...auth, stepUpPin: PIN, confirmRisk: true },
                };
                break;
              case 'topup':
              case 'withdraw':
                method = step.type === 'topup' ? 'topups.create' : 'withdrawals.create';
                input = {
                  requestId,
                  fromAccountId: step.type === 'topup' ? bank.id : wallet.id,
                  toAccountId: step.type === 'topup' ? wallet.id : bank.id,
                  amount: step.amount,
                  timeZone: TZ,
                  auth,
                };
                break;
              case 'refund': {
                const payment = payments[step.payment % Math.max(1, payments.length)];
                if (!payment) continue;
                method = 'refunds.create';
                input = {
                  requestId,
                  paymentId: payment.result.transaction.id,
                  timeZone: TZ,
                  auth,
                  ...(step.amount ? { amount: step.amount } : {}),
                };
                break;
              }
              case 'replay': {
                const payment = payments[step.payment % Math.max(1, payments.length)];
                if (!payment) continue;
                // The same confirmation sent again must not move money twice.
                const again = await fx.gateway.call('payments.create', payment.input);
                expect(again.ok && (again.value as MoneyResult).transaction.id).toBe(
                  payment.result.transaction.id,
                );
                expect(await moneySnapshot(fx.db)).toEqual(before);
                continue;
              }
              case 'advance':
                fx.clock.advance(step.ms);
                continue;
            }
            const result = await fx.gateway.call(method, input);
            if (!result.ok) {
              expect(result.error.code).not.toBe('INTERNAL');
              expect(await moneySnapshot(fx.db)).toEqual(before);
            } else {
              accepted += 1;
              const { transaction: t } = result.value as MoneyResult;
              if (t.kind === 'refund') shift(t.accountId, t.amount);
              else shift(t.accountId, -t.amount);
              if (t.toAccountId) shift(t.toAccountId, t.amount);
              if (t.kind === 'payment')
                payments.push({ requestId, input, result: result.value as MoneyResult });
            }
            expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
            const now = await fx.api['accounts.list']({ includeArchived: true });
            expect(new Map(now.map((a) => [a.id, a.balance]))).toEqual(model);
          }
        } finally {
          await fx.close();
        }
      }),
      { numRuns: 30 },
    );
    expect(accepted).toBeGreaterThan(30);
  }, 180_000);
});
