import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gateway } from '../../../src/gateway/create-gateway';
import { DATA_KEY_SECRET } from '../../../src/gateway/security/data-key';
import { registerIpc } from '../../../src/main/ipc/register-ipc';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import { channelOf, METHOD_NAMES, type MethodName } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/result';
import { FakeIpcMain } from '../main/fakes/electron';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { base64, expectTypedResult, ledgerSnapshot } from '../../support/reliability';

vi.mock('electron', () => ({}));

const PIN = '258036';

/** Codes whose refusal is itself recorded (a failed attempt counts towards a lockout). */
const COUNTED_REFUSALS = new Set(['PIN_WRONG', 'PIN_LOCKED', 'TOTP_WRONG', 'RECOVERY_WRONG']);

function nested(depth: number, array: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = array ? [value] : { a: value };
  return value;
}

const HUGE = 'x'.repeat(1_000_000);

/** Payloads that have broken real services: one of each, for every method. */
const NASTY: readonly unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -0,
  Number.MAX_VALUE,
  2 ** 53 + 2,
  10n ** 30n,
  '',
  HUGE,
  '\u0000\u202e',
  true,
  [],
  {},
  new Uint8Array(64),
  new Float64Array([NaN, Infinity]),
  new Date(NaN),
  new Map([['id', 1]]),
  Object.create(null) as unknown,
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  { constructor: { prototype: { polluted: true } }, prototype: { polluted: true } },
  nested(2_000, false),
  nested(2_000, true),
  { id: HUGE, amount: NaN, pin: 258036, name: ['a'], extra: 1 },
  { amount: Infinity, accountId: null, timeZone: '../../etc/passwd', pin: `${PIN}\n` },
  { auth: { pin: PIN, __proto__: { isAdmin: true } }, requestId: {} },
];

/** Field names the contract uses, so that random objects sometimes look almost right. */
const KEYS = [
  'id',
  'accountId',
  'toAccountId',
  'fromAccountId',
  'categoryId',
  'amount',
  'openingBalance',
  'pin',
  'oldPin',
  'newPin',
  'code',
  'name',
  'kind',
  'currency',
  'occurredAt',
  'timeZone',
  'memo',
  'month',
  'requestId',
  'auth',
  'merchant',
  'limit',
  'cursor',
  'includeArchived',
  'enabled',
  'minutes',
  'passphrase',
  'backup',
  '__proto__',
  'constructor',
  'prototype',
];

const scalar = fc.oneof(
  fc.constantFrom<unknown>(NaN, Infinity, -1, 0, 0.5, 1e21, null, undefined, '', PIN, '000000'),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.boolean(),
  fc.bigInt(),
);

const payload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 3,
    arbitrary: fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(scalar, fc.object()), {
      maxKeys: 6,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
    }),
  },
);

let fx: GatewayFixture;
let secrets: string[];

async function unlockIfLocked(): Promise<void> {
  if (await fx.security.isLocked()) await fx.gateway.call('security.unlock', { pin: PIN });
}

/** Calls `send` with the payload and checks: a typed result, and a refusal changed nothing. */
async function probe(
  method: MethodName,
  input: unknown,
  send: (method: MethodName, input: unknown) => Promise<unknown>,
): Promise<Result<unknown>> {
  await unlockIfLocked();
  const before = await ledgerSnapshot(fx.db);
  const keychain = new Map(fx.secrets.values);
  let answer: unknown;
  try {
    answer = await send(method, input);
  } catch (thrown) {
    throw new Error(`${method} threw instead of answering`, { cause: thrown });
  }
  const result = expectTypedResult(answer, secrets);
  if (!result.ok) {
    // INTERNAL means something threw that no code path expected: a bug to fix.
    expect(result.error.code, `${method}: ${result.error.message}`).not.toBe('INTERNAL');
    const after = await ledgerSnapshot(fx.db);
    if (COUNTED_REFUSALS.has(result.error.code)) {
      expect(after.money).toEqual(before.money);
    } else {
      expect(after).toEqual(before);
      expect(fx.secrets.values).toEqual(keychain);
    }
  }
  return result;
}

beforeAll(async () => {
  fx = await freshGateway();
  await fx.gateway.call('security.setupPin', { pin: PIN });
  await fx.gateway.call('security.unlock', { pin: PIN });
  const wallet = await fx.gateway.call('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 50_000,
  });
  expect(wallet.ok).toBe(true);
  const paid = await fx.gateway.call('payments.create', {
    requestId: newId(),
    accountId: (wallet as { value: Account }).value.id,
    merchant: { name: 'Shop' },
    amount: 1_000,
    timeZone: 'Asia/Shanghai',
    auth: { pin: PIN },
  });
  expect(paid.ok).toBe(true);
  const totp = await fx.gateway.call('security.totpBegin', { pin: PIN });
  expect(totp.ok).toBe(true);
  const dataKey = base64(fx.dataKey);
  fx.secrets.values.set(DATA_KEY_SECRET, dataKey);
  secrets = [PIN, dataKey, (totp as { value: { secret: string } }).value.secret];
});

afterAll(() => fx.close());

describe('every contract method under malformed and random payloads', () => {
  it.each([...METHOD_NAMES])(
    '%s answers only typed errors through the gateway and a refusal changes nothing',
    async (method) => {
      for (const input of NASTY) await probe(method, input, (m, i) => fx.gateway.call(m, i));
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          await probe(method, input, (m, i) => fx.gateway.call(m, i));
        }),
        { numRuns: 8 },
      );
      await unlockIfLocked();
      expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
    },
    60_000,
  );

  it('leaves Object.prototype unpolluted', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('answers a method name that is not in the contract with UNKNOWN_METHOD', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'ledger.internal', '', 42, null]) {
      const result = await fx.gateway.call(name, {});
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('UNKNOWN_METHOD');
    }
  });
});

describe('the IPC adapter under fuzzed payloads', () => {
  function adapter(trusted: boolean, gateway: Pick<Gateway, 'call'>) {
    const ipcMain = new FakeIpcMain();
    registerIpc({ ipcMain, gateway, isTrustedSender: () => trusted });
    return (method: MethodName, input: unknown) =>
      ipcMain.invoke(channelOf(method), { sender: {}, senderFrame: null }, input);
  }

  it('refuses every method from an untrusted sender with FORBIDDEN_SENDER, before the gateway', async () => {
    const spy = vi.fn((method: unknown, input: unknown) => fx.gateway.call(method, input));
    const send = adapter(false, { call: spy });
    await unlockIfLocked();
    const before = await ledgerSnapshot(fx.db);
    const keychain = new Map(fx.secrets.values);
    for (const method of METHOD_NAMES) {
      for (const input of [...NASTY, ...fc.sample(payload, 4)]) {
        const result = expectTypedResult(await send(method, input), secrets);
        expect(!result.ok && result.error.code).toBe('FORBIDDEN_SENDER');
      }
    }
    expect(spy).not.toHaveBeenCalled();
    expect(await ledgerSnapshot(fx.db)).toEqual(before);
    expect(fx.secrets.values).toEqual(keychain);
  }, 60_000);

  it('answers typed errors for structured-cloned payloads from the trusted window', async () => {
    const send = adapter(true, fx.gateway);
    for (const method of METHOD_NAMES) {
      for (const input of fc.sample(payload, 3)) {
        // What ipcRenderer.invoke delivers: a structured clone (or nothing, if it cannot clone).
        let cloned: unknown;
        try {
          cloned = structuredClone(input);
        } catch {
          continue;
        }
        await probe(method, cloned, send);
      }
    }
    await unlockIfLocked();
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  }, 60_000);
});
