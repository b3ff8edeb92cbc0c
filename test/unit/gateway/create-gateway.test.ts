import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeGateway } from '../../../src/gateway/compose-gateway';
import { type LedgerApi, METHOD_NAMES } from '../../../src/shared/contract';
import type { Account } from '../../../src/shared/domain';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { testHasher } from '../../support/security-fixture';

let fx: GatewayFixture;
let wallet: Account;
let bank: Account;
let foodId: string;
const TZ = 'Asia/Shanghai';

beforeEach(async () => {
  fx = await freshGateway();
  wallet = await fx.api['accounts.create']({
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 10_000,
  });
  bank = await fx.api['accounts.create']({
    kind: 'bank_card',
    name: 'Bank',
    currency: 'CNY',
    openingBalance: 50_000,
  });
  foodId = (await categoryByBuiltin(fx.api, 'food')).id;
});
afterEach(() => fx.close());

/** The real gateway over a stand-in ledger (no PIN set, so nothing is locked). */
function gatewayOver(ledger: LedgerApi) {
  return composeGateway({
    ledger,
    internal: fx.internal,
    secrets: new MemorySecretStore(),
    hasher: testHasher,
    clock: fx.clock,
    appInfo: { name: 'Purse', version: 't', platform: 't', runtime: 'web' },
  }).gateway;
}

function expense(amount: unknown, extra: Record<string, unknown> = {}) {
  return {
    kind: 'expense',
    accountId: wallet.id,
    categoryId: foodId,
    amount,
    occurredAt: fx.clock.now(),
    timeZone: TZ,
    ...extra,
  };
}

describe('gateway.call', () => {
  it('records a valid expense and answers with an ok envelope', async () => {
    const result = await fx.gateway.call('transactions.record', expense(1_050));
    expect(result.ok).toBe(true);
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    expect(await fx.gateway.call('ledger.dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await fx.gateway.call(42, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await fx.gateway.call('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  const badInputs: [string, string, () => unknown][] = [
    ['a negative amount', 'transactions.record', () => expense(-100)],
    ['a zero amount', 'transactions.record', () => expense(0)],
    ['a fractional amount of minor units', 'transactions.record', () => expense(10.5)],
    [
      'an amount beyond MAX_SAFE_INTEGER',
      'transactions.record',
      () => expense(Number.MAX_SAFE_INTEGER + 2),
    ],
    ['an amount given as a string', 'transactions.record', () => expense('100')],
    ['NaN', 'transactions.record', () => expense(Number.NaN)],
    ['Infinity', 'transactions.record', () => expense(Number.POSITIVE_INFINITY)],
    ['an unknown time zone', 'transactions.record', () => expense(100, { timeZone: 'Mars/Base' })],
    ['an unknown kind', 'transactions.record', () => expense(100, { kind: 'steal' })],
    ['an extra field', 'transactions.record', () => expense(100, { balance: 1e9 })],
    [
      'a memo with control characters',
      'transactions.record',
      () => expense(100, { memo: 'a\u0000b' }),
    ],
    ['a malformed id', 'transactions.record', () => expense(100, { accountId: '../../etc' })],
    ['no payload at all', 'transactions.record', () => undefined],
    [
      'an unknown currency',
      'accounts.create',
      () => ({ kind: 'wallet', name: 'X', currency: 'XXX', openingBalance: 0 }),
    ],
    [
      'a lowercase currency',
      'accounts.create',
      () => ({ kind: 'wallet', name: 'X', currency: 'cny', openingBalance: 0 }),
    ],
    [
      'an empty name',
      'accounts.create',
      () => ({ kind: 'wallet', name: '   ', currency: 'CNY', openingBalance: 0 }),
    ],
    [
      'a fractional opening balance',
      'accounts.create',
      () => ({ kind: 'wallet', name: 'X', currency: 'CNY', openingBalance: 0.1 }),
    ],
    [
      'an opening balance beyond MAX_SAFE_INTEGER',
      'accounts.create',
      () => ({ kind: 'wallet', name: 'X', currency: 'CNY', openingBalance: 2 ** 60 }),
    ],
    ['an array instead of an object', 'accounts.create', () => []],
    [
      'a prototype-polluting payload',
      'settings.update',
      () => JSON.parse('{"__proto__": {"locale": "en"}}') as unknown,
    ],
  ];

  it.each(badInputs)(
    'refuses %s with VALIDATION and changes nothing',
    async (_label, method, input) => {
      const before = await moneySnapshot(fx.db);
      const result = await fx.gateway.call(method, input());
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await moneySnapshot(fx.db)).toEqual(before);
      expect((await fx.api['ledger.verify'](undefined)).ok).toBe(true);
    },
  );

  it('refuses a transfer to the same account with SAME_ACCOUNT and changes nothing', async () => {
    const before = await moneySnapshot(fx.db);
    const result = await fx.gateway.call('transactions.record', {
      kind: 'transfer',
      accountId: bank.id,
      toAccountId: bank.id,
      amount: 100,
      occurredAt: fx.clock.now(),
      timeZone: TZ,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'SAME_ACCOUNT' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });

  it('never reaches the ledger with a malformed payload', async () => {
    const ledger = Object.fromEntries(
      METHOD_NAMES.map((m) => [m, vi.fn()]),
    ) as unknown as LedgerApi;
    const gateway = gatewayOver(ledger);
    for (const [, method, input] of badInputs) await gateway.call(method, input());
    for (const method of METHOD_NAMES) {
      const fn = (ledger as unknown as Record<string, ReturnType<typeof vi.fn>>)[method];
      if (fn) expect(fn).not.toHaveBeenCalled();
    }
  });

  it('turns an unexpected crash into INTERNAL without leaking its message or stack', async () => {
    const ledger = {
      'accounts.list': () =>
        Promise.reject(new Error('secret key 0xDEADBEEF at /home/user/.purse')),
    } as unknown as LedgerApi;
    const gateway = gatewayOver(ledger);
    const result = await gateway.call('accounts.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/DEADBEEF|home|stack/);
  });

  it('serves app.info itself', async () => {
    expect(await fx.gateway.call('app.info', undefined)).toMatchObject({
      ok: true,
      value: { name: 'Purse' },
    });
  });
});
