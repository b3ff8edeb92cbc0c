import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base32Decode } from '../../../src/gateway/security/base32';
import { totpAt } from '../../../src/gateway/security/totp';
import { contract, METHOD_NAMES, type MethodName } from '../../../src/shared/contract';
import type { Needs } from '../../../src/shared/contract/define';
import { newId } from '../../../src/shared/ids';
import type { Result } from '../../../src/shared/result';
import { freshGateway, ok, type GatewayFixture } from '../../support/gateway-fixture';

/**
 * The contract says what each method needs (nothing, unlocked, the PIN, the PIN and the
 * authenticator's code); these tests call every method as a compromised UI would and check
 * the gateway enforces exactly that, whatever the screens do.
 */
const PIN = '258036';
const WRONG_PIN = '111111';
const TZ = 'Asia/Shanghai';
/** A well-formed snapshot name that names no file. */
const SNAPSHOT = 'purse-snapshot-20261201T020000Z-1a-0t.purse';

interface Credentials {
  readonly pin: string;
  readonly code?: string;
}

const auth = ({ pin, code }: Credentials) => ({ pin, ...(code ? { totp: code } : {}) });
const stepUp = ({ pin, code }: Credentials) => ({ pin, ...(code ? { code } : {}) });

/**
 * For each method past `unlocked`: a well-formed request carrying the given credentials.
 * Ids point nowhere: every check here must be decided before the ledger is asked.
 */
const requestWith: Partial<Record<MethodName, (credentials: Credentials) => unknown>> = {
  'payments.create': (c) => ({
    accountId: newId(),
    merchant: { name: 'Luckin Coffee' },
    amount: 100,
    timeZone: TZ,
    requestId: newId(),
    auth: auth(c),
  }),
  'transfers.create': (c) => ({
    accountId: newId(),
    to: { accountId: newId() },
    amount: 100,
    timeZone: TZ,
    requestId: newId(),
    auth: auth(c),
  }),
  'topups.create': (c) => ({
    fromAccountId: newId(),
    toAccountId: newId(),
    amount: 100,
    timeZone: TZ,
    requestId: newId(),
    auth: auth(c),
  }),
  'withdrawals.create': (c) => ({
    fromAccountId: newId(),
    toAccountId: newId(),
    amount: 100,
    timeZone: TZ,
    requestId: newId(),
    auth: auth(c),
  }),
  'refunds.create': (c) => ({
    paymentId: newId(),
    timeZone: TZ,
    requestId: newId(),
    auth: auth(c),
  }),
  'bills.pay': (c) => ({
    billId: newId(),
    dueDate: '2026-12-01',
    requestId: newId(),
    timeZone: TZ,
    auth: auth(c),
  }),
  'transactions.void': (c) => ({ id: newId(), auth: auth(c) }),
  'ledger.undo': (c) => ({ auth: auth(c) }),
  'ledger.redo': (c) => ({ auth: auth(c) }),
  'backups.create': (c) => ({ passphrase: 'correct horse battery', auth: auth(c) }),
  'backups.save': (c) => ({ passphrase: 'correct horse battery', auth: auth(c) }),
  'backups.restore': (c) => ({
    file: 'not a backup',
    passphrase: 'correct horse battery',
    confirm: true,
    auth: auth(c),
  }),
  'snapshots.restore': (c) => ({ name: SNAPSHOT, auth: auth(c) }),
  'recovery.restore': (c) => ({ name: SNAPSHOT, auth: auth(c) }),
  'security.changePin': (c) => ({ oldPin: c.pin, newPin: '864213' }),
  'security.setBiometric': (c) => ({ enabled: false, ...stepUp(c) }),
  'security.totpBegin': (c) => stepUp(c),
  'security.totpDisable': (c) => ({ pin: c.pin, ...(c.code ? { code: c.code } : {}) }),
  'security.regenerateRecoveryCodes': (c) => stepUp(c),
  'identity.verify': (c) => ({
    kind: 'passport',
    name: 'Mei Lin',
    number: 'E12345678',
    ...stepUp(c),
  }),
  // Locking later, and lifting a cap, are the weakening directions.
  'security.setIdleTimeout': (c) => ({ minutes: 120, ...stepUp(c) }),
  'limits.set': (c) => ({ daily: null, ...stepUp(c) }),
};

const NEEDS_A_PIN: readonly Needs[] = ['pin', 'pin+2fa', 'pin+2fa-to-weaken', 'pin-to-move-money'];
const pinMethods = METHOD_NAMES.filter((m) => NEEDS_A_PIN.includes(contract[m].needs));
/** The request for a method; the first test checks every PIN method has one. */
const request = (method: MethodName, credentials: Credentials) =>
  requestWith[method]?.(credentials);
const needing = (needs: Needs) => pinMethods.filter((m) => contract[m].needs === needs);
const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const AUTH_REFUSALS = ['APP_LOCKED', 'PIN_REQUIRED', 'PIN_WRONG', 'PIN_LOCKED', 'TOTP_REQUIRED'];

let fx: GatewayFixture;
beforeEach(async () => {
  fx = await freshGateway();
  ok(await fx.gateway.call('security.setupPin', { pin: PIN }));
});
afterEach(() => fx.close());

async function turnOnTwoFactor(): Promise<Uint8Array> {
  const { secret } = ok<{ secret: string }>(
    await fx.gateway.call('security.totpBegin', { pin: PIN }),
  );
  const key = base32Decode(secret)!;
  ok(await fx.gateway.call('security.totpConfirm', { code: totpAt(key, fx.clock.now()) }));
  fx.clock.advance(30_000);
  return key;
}

describe('the contract’s table of what each method needs', () => {
  it('has a request for every method that takes a PIN, and no other', () => {
    expect(Object.keys(requestWith).sort()).toEqual([...pinMethods].sort());
  });

  it('serves every method that takes a PIN in the gateway, the only place a PIN is checked', () => {
    const served = pinMethods.filter((m) => contract[m].serve !== 'gateway');
    expect(served).toEqual([]);
  });

  it('answers the methods that need nothing while locked, and refuses every other one', async () => {
    ok(await fx.gateway.call('security.lock', undefined));
    for (const method of METHOD_NAMES) {
      if (method === 'security.unlock' || method === 'security.recover') continue;
      const code = codeOf(await fx.gateway.call(method, undefined));
      const spec = contract[method];
      if (spec.needs === 'nothing' || spec.whileLocked) expect(code, method).not.toBe('APP_LOCKED');
      else expect(code, method).toBe('APP_LOCKED');
    }
  });
});

describe.each(pinMethods)('%s', (method) => {
  it('refuses a wrong PIN before anything else is looked at', async () => {
    const result = await fx.gateway.call(method, request(method, { pin: WRONG_PIN }));
    expect(result).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } });
    const log = ok<{ kind: string }[]>(await fx.gateway.call('security.log', {}));
    expect(log.map((event) => event.kind)).toContain('pin.wrong');
  });
});

describe.each([...needing('pin+2fa'), ...needing('pin+2fa-to-weaken')])(
  '%s with two-factor codes on',
  (method) => {
    it('asks for the authenticator’s code as well as the PIN, and refuses a wrong one', async () => {
      await turnOnTwoFactor();
      expect(await fx.gateway.call(method, request(method, { pin: PIN }))).toMatchObject({
        ok: false,
        error: { code: 'TOTP_REQUIRED' },
      });
      expect(
        await fx.gateway.call(method, request(method, { pin: PIN, code: '000000' })),
      ).toMatchObject({ ok: false, error: { code: 'TOTP_WRONG' } });
    });

    it('goes past both checks with the PIN and a current code', async () => {
      const key = await turnOnTwoFactor();
      const result = await fx.gateway.call(
        method,
        request(method, { pin: PIN, code: totpAt(key, fx.clock.now()) }),
      );
      expect(AUTH_REFUSALS).not.toContain(codeOf(result));
      expect(codeOf(result)).not.toBe('TOTP_WRONG');
    });
  },
);

describe.each(needing('pin'))('%s with two-factor codes on', (method) => {
  it('needs the PIN only (a risky payment’s step-up is decided by the ledger)', async () => {
    await turnOnTwoFactor();
    const result = await fx.gateway.call(method, request(method, { pin: PIN }));
    expect(AUTH_REFUSALS).not.toContain(codeOf(result));
  });
});

/** For the methods that need the PIN only to weaken: a change each way, and how to see it. */
const bothWays: Record<
  string,
  { setUp?: unknown; stronger: unknown; weaker: unknown; read: () => Promise<unknown> }
> = {
  'security.setIdleTimeout': {
    stronger: { minutes: 2 },
    weaker: { minutes: 120 },
    read: async () =>
      ok<{ idleMinutes: number }>(await fx.gateway.call('security.status', undefined)).idleMinutes,
  },
  'limits.set': {
    setUp: { daily: 800 },
    stronger: { daily: 500 },
    weaker: { daily: null },
    read: async () =>
      ok<{ userLimits: unknown }>(await fx.gateway.call('limits.get', {})).userLimits,
  },
};

describe.each(needing('pin+2fa-to-weaken'))('%s, which needs the PIN only to weaken', (method) => {
  it('is listed with a change each way', () => {
    expect(bothWays[method]).toBeDefined();
  });

  it('strengthens with nothing but the change, and refuses to weaken without the PIN', async () => {
    const { setUp, stronger, weaker, read } = bothWays[method]!;
    if (setUp) ok(await fx.gateway.call(method, setUp));
    expect(codeOf(await fx.gateway.call(method, stronger))).toBe('OK');
    const before = await read();
    expect(await fx.gateway.call(method, weaker)).toMatchObject({
      ok: false,
      error: { code: 'PIN_REQUIRED' },
    });
    expect(await read()).toEqual(before);
    expect(codeOf(await fx.gateway.call(method, { ...(weaker as object), pin: PIN }))).toBe('OK');
    expect(await read()).not.toEqual(before);
  });
});

describe.each(needing('pin-to-move-money'))(
  '%s, which needs the PIN only to move money',
  (method) => {
    it('goes to the ledger without the PIN, which decides whether the step moves money', async () => {
      expect(codeOf(await fx.gateway.call(method, {}))).toBe('NOTHING_TO_UNDO');
      expect(codeOf(await fx.gateway.call(method, undefined))).toBe('NOTHING_TO_UNDO');
    });
  },
);
