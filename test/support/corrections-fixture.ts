import { expect } from 'vitest';
import type { Account, Category, TransactionDetail } from '../../src/shared/domain';
import type { PurseErrorInfo } from '../../src/shared/errors';
import { freshGateway, ok, type GatewayFixture } from './gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from './ledger-fixture';

export const TZ = 'Asia/Shanghai';

/** A gateway over a fresh ledger with a CNY wallet of ¥1,000, for corrections to work on. */
export interface CorrectionsFixture {
  readonly fx: GatewayFixture;
  readonly wallet: Account;
  readonly food: Category;
  /** Calls a method and returns its value, or throws naming the error's code. */
  call<T>(method: string, input?: unknown): Promise<T>;
  /** Calls a method that must be refused, and returns the error; throws if it was accepted. */
  refusal(method: string, input?: unknown): Promise<PurseErrorInfo>;
  /** Records lunch from the wallet on day `day` of November 2026. */
  expense(amount: number, day: number, memo?: string): Promise<TransactionDetail>;
  verifyOk(): Promise<void>;
  /** Balances and aggregates, less the figures that came back to nothing (the same figures). */
  money(): Promise<Awaited<ReturnType<typeof moneySnapshot>>>;
}

export async function correctionsFixture(): Promise<CorrectionsFixture> {
  const fx = await freshGateway();
  fx.clock.set(Date.UTC(2026, 10, 20, 4));
  const call = async <T>(method: string, input?: unknown) =>
    ok<T>(await fx.gateway.call(method, input));
  const wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 100_000,
  });
  const food = await categoryByBuiltin(fx.api, 'food');
  return {
    fx,
    wallet,
    food,
    call,
    refusal: async (method, input) => {
      const result = await fx.gateway.call(method, input);
      if (result.ok) throw new Error(`${method} was accepted`);
      return result.error;
    },
    expense: (amount, day, memo = `day ${day}`) =>
      call<TransactionDetail>('transactions.record', {
        kind: 'expense',
        accountId: wallet.id,
        categoryId: food.id,
        amount,
        occurredAt: Date.UTC(2026, 10, day, 4),
        timeZone: TZ,
        memo,
      }),
    money: async () => {
      const money = await moneySnapshot(fx.db);
      const kept = money.aggregates.filter((row) => row.debit || row.credit || row.count);
      return { ...money, aggregates: kept };
    },
    verifyOk: async () => expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]),
  };
}
