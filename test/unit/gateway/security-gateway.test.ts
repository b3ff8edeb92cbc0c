import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../src/shared/contract';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';

const PIN = '258036';
let fx: GatewayFixture;
beforeEach(async () => {
  fx = await freshGateway();
});
afterEach(() => fx.close());

describe('gateway while the app is locked', () => {
  it('refuses every ledger read and write with APP_LOCKED and shows nothing of the ledger', async () => {
    await fx.gateway.call('accounts.create', {
      kind: 'wallet',
      name: 'Hidden',
      currency: 'CNY',
      openingBalance: 100,
    });
    await fx.gateway.call('security.setupPin', { pin: PIN });
    await fx.gateway.call('security.lock', undefined);
    const guarded = METHOD_NAMES.filter(
      (m) => contract[m].needs !== 'nothing' && !contract[m].whileLocked,
    );
    for (const method of guarded) {
      const result = await fx.gateway.call(method, {});
      expect(result, method).toMatchObject({ ok: false, error: { code: 'APP_LOCKED' } });
      expect(JSON.stringify(result)).not.toContain('Hidden');
    }
  });

  it('still answers status, and unlocks with the PIN', async () => {
    await fx.gateway.call('security.setupPin', { pin: PIN });
    await fx.gateway.call('security.lock', undefined);
    expect(await fx.gateway.call('security.status', undefined)).toMatchObject({
      ok: true,
      value: { appLocked: true },
    });
    expect(await fx.gateway.call('security.unlock', { pin: '000001' })).toMatchObject({
      ok: false,
      error: { code: 'PIN_WRONG', details: { attemptsLeft: 4 } },
    });
    expect(await fx.gateway.call('security.unlock', { pin: PIN })).toMatchObject({
      ok: true,
      value: { appLocked: false },
    });
    expect(await fx.gateway.call('accounts.list', {})).toMatchObject({ ok: true });
  });

  it('locks by itself after five idle minutes', async () => {
    await fx.gateway.call('security.setupPin', { pin: PIN });
    fx.clock.advance(5 * 60_000 + 1);
    expect(await fx.gateway.call('accounts.list', {})).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
  });
});

describe('security.* input', () => {
  it.each([
    ['security.setupPin', { pin: '12345' }],
    ['security.setupPin', { pin: '123456' }],
    ['security.setupPin', { pin: 258036 }],
    ['security.unlock', { pin: '25803a' }],
    ['security.changePin', { oldPin: PIN, newPin: PIN }],
    ['security.totpConfirm', { code: '12345' }],
    ['security.setIdleTimeout', { minutes: 0 }],
    ['security.setIdleTimeout', { minutes: 100_000 }],
    ['security.recover', { recoveryCode: 'x', newPin: '472913' }],
  ])('refuses %s with %j as VALIDATION', async (method, input) => {
    expect(await fx.gateway.call(method, input)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('security.log', () => {
  it('records PIN failures, lockouts and 2FA changes in the ledger, newest first, with no secret in them', async () => {
    await fx.gateway.call('security.setupPin', { pin: PIN });
    for (let i = 0; i < 5; i += 1)
      await fx.gateway.call('security.changePin', { oldPin: '000001', newPin: '472913' });
    const result = await fx.gateway.call('security.log', {});
    expect(result.ok).toBe(true);
    const kinds = (result as { value: { kind: string }[] }).value.map((e) => e.kind);
    expect(kinds[0]).toBe('pin.locked');
    expect(kinds.filter((k) => k === 'pin.wrong')).toHaveLength(4);
    expect(kinds.at(-1)).toBe('pin.set');
    expect(JSON.stringify(result)).not.toMatch(/258036|000001|472913/);
  });
});

describe('security.recover with a verified identity', () => {
  async function verifiedAndLocked(): Promise<string[]> {
    const setup = await fx.gateway.call('security.setupPin', { pin: PIN });
    const codes = (setup as { value: { recoveryCodes: string[] } }).value.recoveryCodes;
    await fx.gateway.call('identity.verify', {
      kind: 'passport',
      name: 'Mei  Lin',
      number: 'E12345678',
      pin: PIN,
    });
    await fx.gateway.call('security.lock', undefined);
    return codes;
  }

  it('checks the typed name and ID number inside the ledger, as people type them, and answers only yes or no', async () => {
    const codes = await verifiedAndLocked();
    const status = await fx.gateway.call('security.status', undefined);
    expect(status).toMatchObject({ ok: true, value: { recoveryCheck: 'identity' } });
    expect(JSON.stringify(status)).not.toMatch(/Mei|E1234/);

    const wrong = await fx.gateway.call('security.recover', {
      recoveryCode: codes[0],
      identity: { name: 'Mei Lin', number: 'E12345679' },
      newPin: '472913',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'IDENTITY_MISMATCH' } });
    expect(JSON.stringify(wrong)).not.toMatch(/E12345678/);
    expect(await fx.gateway.call('accounts.list', {})).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });

    expect(
      await fx.gateway.call('security.recover', {
        recoveryCode: codes[0],
        identity: { name: ' mei lin ', number: 'e1234 5678' },
        newPin: '472913',
      }),
    ).toMatchObject({ ok: true, value: { appLocked: false, recoveryCodesLeft: 9 } });
    expect(await fx.gateway.call('accounts.list', {})).toMatchObject({ ok: true });
    expect(await fx.gateway.call('ledger.verify', {})).toMatchObject({
      ok: true,
      value: { ok: true },
    });
  });

  it('offers the UI no way to read or test the stored identity while locked', async () => {
    await verifiedAndLocked();
    expect(METHOD_NAMES).not.toContain('identity.matches');
    expect(METHOD_NAMES).not.toContain('identity.verified');
    expect(
      await fx.gateway.call('identity.matches', { name: 'Mei Lin', number: 'E12345678' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await fx.gateway.call('identity.get', {})).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
  });
});
