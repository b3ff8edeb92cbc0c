import { describe, expect, it } from 'vitest';
import { base32Decode } from '../../../../src/gateway/security/base32';
import { createSecretHasher, nobleScrypt } from '../../../../src/gateway/security/pin-hasher';
import { normalizeRecoveryCode } from '../../../../src/gateway/security/recovery-codes';
import { totpAt } from '../../../../src/gateway/security/totp';
import { pinSchema } from '../../../../src/shared/security';
import { FakeBiometric, FakeIdentity, securityFixture } from '../../../support/security-fixture';

const PIN = '258036';
const MINUTE = 60_000;

async function enrolledTotp(fx: ReturnType<typeof securityFixture>) {
  const { secret } = await fx.security.beginTotp('me', { pin: PIN });
  const key = base32Decode(secret)!;
  await fx.security.confirmTotp(totpAt(key, fx.clock.now()));
  return key;
}

describe('security.setupPin', () => {
  it('stores only a salted scrypt hash and hands out ten recovery codes once', async () => {
    const fx = securityFixture();
    const { recoveryCodes } = await fx.security.setupPin(PIN);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = [...fx.secrets.values.values()].join('\n');
    expect(stored).not.toContain(PIN);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    expect(stored).toMatch(/scrypt\$10\$8\$1\$/);
    expect(await fx.security.status()).toMatchObject({
      pinSet: true,
      appLocked: false,
      recoveryCodesLeft: 10,
    });
  });

  it('refuses to set a second PIN over the first', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    await expect(fx.security.setupPin('975310')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses guessable PINs at the schema', () => {
    for (const weak of ['123456', '111111', '987654', '890123'])
      expect(pinSchema.safeParse(weak).success).toBe(false);
    for (const odd of ['12345', '1234567', '12a456', ' 25803'])
      expect(pinSchema.safeParse(odd).success).toBe(false);
    expect(pinSchema.safeParse(PIN).success).toBe(true);
  });
});

describe('security.verifyPin', () => {
  it('locks PIN use for 30 minutes after five wrong PINs in a row, even with the right one', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    for (let left = 4; left >= 1; left -= 1) {
      await expect(fx.security.verifyPin('000001')).rejects.toMatchObject({
        code: 'PIN_WRONG',
        details: { attemptsLeft: left },
      });
    }
    await expect(fx.security.verifyPin('000001')).rejects.toMatchObject({
      code: 'PIN_LOCKED',
      details: { minutes: 30 },
    });
    await expect(fx.security.verifyPin(PIN)).rejects.toMatchObject({ code: 'PIN_LOCKED' });
    fx.clock.advance(30 * MINUTE + 1);
    await expect(fx.security.verifyPin(PIN)).resolves.toBeUndefined();
    expect(fx.log.kinds().filter((k) => k === 'pin.wrong')).toHaveLength(4);
    expect(fx.log.kinds()).toContain('pin.locked');
  });

  it('locks for longer on a repeat lockout', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    for (let i = 0; i < 5; i += 1) await fx.security.verifyPin('000001').catch(() => undefined);
    fx.clock.advance(30 * MINUTE + 1);
    for (let i = 0; i < 4; i += 1) await fx.security.verifyPin('000001').catch(() => undefined);
    await expect(fx.security.verifyPin('000001')).rejects.toMatchObject({
      code: 'PIN_LOCKED',
      details: { minutes: 60 },
    });
  });

  it('keeps the lockout across a restart', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    for (let i = 0; i < 5; i += 1) await fx.security.verifyPin('000001').catch(() => undefined);
    const restarted = securityFixture({ clock: fx.clock, secrets: fx.secrets });
    await expect(restarted.security.verifyPin(PIN)).rejects.toMatchObject({ code: 'PIN_LOCKED' });
    expect((await restarted.security.status()).pinLockedUntil).toBeGreaterThan(fx.clock.now());
  });

  it('counts two wrong PINs sent at once as two', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    await Promise.allSettled([fx.security.verifyPin('000001'), fx.security.verifyPin('000002')]);
    await expect(fx.security.verifyPin('000003')).rejects.toMatchObject({
      details: { attemptsLeft: 2 },
    });
  });

  it('answers KEYCHAIN_UNAVAILABLE when the keychain is locked, and never accepts the PIN then', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    fx.secrets.available = false;
    await expect(fx.security.verifyPin(PIN)).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
    });
    fx.secrets.available = true;
    await expect(fx.security.verifyPin(PIN)).resolves.toBeUndefined();
  });

  it('reports DATA_CORRUPT for a damaged keychain entry instead of starting over without a PIN', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    fx.secrets.values.set('auth-state', '{"v":1,"pinHash":null');
    await expect(fx.security.verifyPin(PIN)).rejects.toMatchObject({ code: 'DATA_CORRUPT' });
    await expect(fx.security.status()).rejects.toMatchObject({ code: 'DATA_CORRUPT' });
  });
});

describe('a PIN checked while the ledger cannot take the log entry', () => {
  it('still answers PIN_WRONG, and the attempt still counts', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    fx.log.append = () => Promise.reject(new Error('the ledger did not open'));
    await expect(fx.security.verifyPin('111111')).rejects.toMatchObject({
      code: 'PIN_WRONG',
      details: { attemptsLeft: 4 },
    });
    await expect(fx.security.verifyPin('111111')).rejects.toMatchObject({
      details: { attemptsLeft: 3 },
    });
  });
});

describe('app lock', () => {
  it('starts locked once a PIN exists, unlocks with it and locks on demand', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const restarted = securityFixture({ clock: fx.clock, secrets: fx.secrets });
    expect(await restarted.security.isLocked()).toBe(true);
    await restarted.security.unlock(PIN);
    expect(await restarted.security.isLocked()).toBe(false);
    await restarted.security.lock();
    expect(await restarted.security.isLocked()).toBe(true);
  });

  it('locks after the idle timeout (5 minutes by default) and not before', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    fx.clock.advance(4 * MINUTE);
    await fx.security.activity();
    fx.clock.advance(4 * MINUTE);
    expect(await fx.security.isLocked()).toBe(false);
    fx.clock.advance(MINUTE + 1);
    expect(await fx.security.isLocked()).toBe(true);
    expect(fx.log.kinds()).toContain('app.idle-locked');
  });

  it('honours a configured idle timeout', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    await fx.security.setIdleMinutes(15, { pin: PIN });
    fx.clock.advance(14 * MINUTE);
    expect(await fx.security.isLocked()).toBe(false);
    fx.clock.advance(2 * MINUTE);
    expect(await fx.security.isLocked()).toBe(true);
  });

  it('is not locked before any PIN is set (first run)', async () => {
    const fx = securityFixture();
    expect(await fx.security.isLocked()).toBe(false);
  });
});

describe('security.changePin', () => {
  it('needs the old PIN', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    await expect(fx.security.changePin('000001', '472913')).rejects.toMatchObject({
      code: 'PIN_WRONG',
    });
    await fx.security.changePin(PIN, '472913');
    await expect(fx.security.verifyPin(PIN)).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await expect(fx.security.verifyPin('472913')).resolves.toBeUndefined();
  });
});

describe('two-factor codes', () => {
  it('stays off until one correct code confirms the enrolment', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const { secret } = await fx.security.beginTotp('me', { pin: PIN });
    expect(await fx.security.totpEnabled()).toBe(false);
    await expect(fx.security.confirmTotp('000000')).rejects.toMatchObject({ code: 'TOTP_WRONG' });
    expect(await fx.security.totpEnabled()).toBe(false);
    await fx.security.confirmTotp(totpAt(base32Decode(secret)!, fx.clock.now()));
    expect(await fx.security.totpEnabled()).toBe(true);
  });

  it('accepts a code once only, and one step of clock skew', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const key = await enrolledTotp(fx);
    fx.clock.advance(60_000);
    const code = totpAt(key, fx.clock.now() - 30_000);
    await fx.security.verifyTotp(code);
    await expect(fx.security.verifyTotp(code)).rejects.toMatchObject({ code: 'TOTP_WRONG' });
    await expect(fx.security.verifyTotp(undefined)).rejects.toMatchObject({
      code: 'TOTP_REQUIRED',
    });
  });

  it('refuses codes for 30 minutes after five wrong ones, however many are sent together', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const key = await enrolledTotp(fx);
    fx.clock.advance(90_000);
    const right = totpAt(key, fx.clock.now());
    const wrong = Array.from({ length: 39 }, (_, i) =>
      String((Number(right) + 1 + i * 7_919) % 1_000_000).padStart(6, '0'),
    );
    const outcomes = await Promise.allSettled(
      [...wrong, right].map((code) => fx.security.verifyTotp(code)),
    );
    const codes = outcomes.map((outcome) =>
      outcome.status === 'fulfilled' ? 'OK' : (outcome.reason as { code: string }).code,
    );
    expect(codes).toEqual([
      ...Array<string>(4).fill('TOTP_WRONG'),
      ...Array<string>(36).fill('RATE_LIMITED'),
    ]);
    fx.clock.advance(31 * MINUTE);
    await fx.security.verifyTotp(totpAt(key, fx.clock.now()));
  });

  it('turns off only with the PIN and a current code', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const key = await enrolledTotp(fx);
    fx.clock.advance(30_000);
    await expect(fx.security.disableTotp({ pin: PIN, code: '000000' })).rejects.toMatchObject({
      code: 'TOTP_WRONG',
    });
    await fx.security.disableTotp({ pin: PIN, code: totpAt(key, fx.clock.now()) });
    expect(await fx.security.totpEnabled()).toBe(false);
    expect(fx.log.kinds()).toEqual(
      expect.arrayContaining(['totp.enabled', 'totp.wrong', 'totp.disabled']),
    );
  });
});

describe('two-factor enrolment', () => {
  it('starts only with the PIN, and a wrong PIN starts nothing', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    await expect(fx.security.beginTotp('me', { pin: '111111' })).rejects.toMatchObject({
      code: 'PIN_WRONG',
    });
    await expect(fx.security.confirmTotp('123456')).rejects.toMatchObject({ code: 'NOT_SET_UP' });
    expect(fx.log.kinds()).not.toContain('totp.enrolment-started');
  });

  it('gives the same secret when set-up is started twice, so a scanned QR code stays right', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const first = await fx.security.beginTotp('me', { pin: PIN });
    const again = await fx.security.beginTotp('me', { pin: PIN });
    expect(again.secret).toBe(first.secret);
    await fx.security.confirmTotp(totpAt(base32Decode(first.secret)!, fx.clock.now()));
    expect(await fx.security.totpEnabled()).toBe(true);
  });

  it.each([
    ['the step before', -30_000],
    ['the current step', 0],
    ['the step after', 30_000],
  ])('accepts the first code from %s, as every later check does', async (_, offset) => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const { secret } = await fx.security.beginTotp('me', { pin: PIN });
    await fx.security.confirmTotp(totpAt(base32Decode(secret)!, fx.clock.now() + offset));
    expect(await fx.security.totpEnabled()).toBe(true);
  });

  it('refuses a code two steps away and then uses the confirming step only once', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const { secret } = await fx.security.beginTotp('me', { pin: PIN });
    const key = base32Decode(secret)!;
    await expect(
      fx.security.confirmTotp(totpAt(key, fx.clock.now() - 60_000)),
    ).rejects.toMatchObject({ code: 'TOTP_WRONG' });
    const code = totpAt(key, fx.clock.now());
    await fx.security.confirmTotp(code);
    await expect(fx.security.verifyTotp(code)).rejects.toMatchObject({ code: 'TOTP_WRONG' });
  });

  it('lets an enrolment lapse after ten minutes unconfirmed', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const { secret } = await fx.security.beginTotp('me', { pin: PIN });
    fx.clock.advance(11 * MINUTE);
    await expect(
      fx.security.confirmTotp(totpAt(base32Decode(secret)!, fx.clock.now())),
    ).rejects.toMatchObject({ code: 'NOT_SET_UP' });
    expect(await fx.security.totpEnabled()).toBe(false);
  });

  it('replaces the authenticator only with the PIN and a current code, keeping the old one until the new one is confirmed', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const old = await enrolledTotp(fx);
    fx.clock.advance(30_000);
    await expect(fx.security.beginTotp('me', { pin: PIN })).rejects.toMatchObject({
      code: 'TOTP_REQUIRED',
    });
    const { secret } = await fx.security.beginTotp('me', {
      pin: PIN,
      code: totpAt(old, fx.clock.now()),
    });
    fx.clock.advance(30_000);
    await fx.security.verifyTotp(totpAt(old, fx.clock.now()));
    fx.clock.advance(30_000);
    const fresh = base32Decode(secret)!;
    await fx.security.confirmTotp(totpAt(fresh, fx.clock.now()));
    fx.clock.advance(30_000);
    await expect(fx.security.verifyTotp(totpAt(old, fx.clock.now()))).rejects.toMatchObject({
      code: 'TOTP_WRONG',
    });
    await fx.security.verifyTotp(totpAt(fresh, fx.clock.now()));
    expect(fx.log.kinds()).toEqual(expect.arrayContaining(['totp.replaced']));
  });
});

describe('weakening changes', () => {
  it('locks sooner without the PIN, but locks later only with it, and logs both', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    await fx.security.setIdleMinutes(2);
    await expect(fx.security.setIdleMinutes(60)).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(fx.security.setIdleMinutes(60, { pin: '111111' })).rejects.toMatchObject({
      code: 'PIN_WRONG',
    });
    expect((await fx.security.status()).idleMinutes).toBe(2);
    await fx.security.setIdleMinutes(60, { pin: PIN });
    expect((await fx.security.status()).idleMinutes).toBe(60);
    expect(fx.log.events.filter((e) => e.kind === 'idle.changed').map((e) => e.details)).toEqual([
      { from: 5, to: 2 },
      { from: 2, to: 60 },
    ]);
  });

  it('asks for the authenticator code too when two-factor codes are on', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const key = await enrolledTotp(fx);
    fx.clock.advance(30_000);
    await expect(fx.security.setIdleMinutes(30, { pin: PIN })).rejects.toMatchObject({
      code: 'TOTP_REQUIRED',
    });
    await expect(fx.security.regenerateRecoveryCodes({ pin: PIN })).rejects.toMatchObject({
      code: 'TOTP_REQUIRED',
    });
    await fx.security.setIdleMinutes(30, { pin: PIN, code: totpAt(key, fx.clock.now()) });
    fx.clock.advance(30_000);
    const { recoveryCodes } = await fx.security.regenerateRecoveryCodes({
      pin: PIN,
      code: totpAt(key, fx.clock.now()),
    });
    expect(recoveryCodes).toHaveLength(10);
  });

  it('decides against the latest value when a sooner and a later lock arrive together', async () => {
    const fx = securityFixture();
    await fx.security.setupPin(PIN);
    const outcomes = await Promise.allSettled([
      fx.security.setIdleMinutes(1),
      fx.security.setIdleMinutes(3),
    ]);
    // 3 is sooner than 5 when it is read, but later than the 1 that landed first.
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect((await fx.security.status()).idleMinutes).toBe(1);
  });
});

const ME = { name: 'Li Wei', number: '11010519491231002X' };
const HOUR = 60 * MINUTE;

/** A person who verified their identity (and has no 2FA), PIN set, app locked. */
async function verifiedPerson() {
  const fx = securityFixture({ identity: new FakeIdentity(ME) });
  const { recoveryCodes } = await fx.security.setupPin(PIN);
  await fx.security.lock();
  return { fx, codes: recoveryCodes };
}

describe('security.recover (forgot PIN)', () => {
  it('sets a new PIN with a recovery code and the verified name and ID number; the code then works no more', async () => {
    const { fx, codes } = await verifiedPerson();
    expect(await fx.security.status()).toMatchObject({ recoveryCheck: 'identity' });
    const code = codes[3]!;
    await fx.security.recover({
      recoveryCode: code.toLowerCase().replace('-', ' '),
      identity: ME,
      newPin: '472913',
    });
    expect(await fx.security.isLocked()).toBe(false);
    await expect(fx.security.verifyPin('472913')).resolves.toBeUndefined();
    await expect(
      fx.security.recover({ recoveryCode: code, identity: ME, newPin: '581620' }),
    ).rejects.toMatchObject({ code: 'RECOVERY_WRONG' });
    expect((await fx.security.status()).recoveryCodesLeft).toBe(9);
    expect(fx.log.kinds()).toEqual(expect.arrayContaining(['recovery.used', 'recovery.wrong']));
  });

  it('refuses a recovery code alone or with the wrong name or ID number, spends no code and keeps the old PIN', async () => {
    const { fx, codes } = await verifiedPerson();
    for (const identity of [
      undefined,
      { ...ME, number: '110105194912310021' },
      { ...ME, name: 'Wang Fang' },
    ]) {
      await expect(
        fx.security.recover({
          recoveryCode: codes[0]!,
          newPin: '472913',
          ...(identity ? { identity } : {}),
        }),
      ).rejects.toMatchObject({ code: 'IDENTITY_MISMATCH' });
    }
    expect(await fx.security.status()).toMatchObject({ recoveryCodesLeft: 10, appLocked: true });
    await expect(fx.security.verifyPin(PIN)).resolves.toBeUndefined();
    expect(fx.log.kinds().filter((kind) => kind === 'recovery.identity-wrong')).toHaveLength(3);
  });

  it('counts wrong names and ID numbers toward the recovery lockout', async () => {
    const { fx, codes } = await verifiedPerson();
    const wrong = { ...ME, number: 'E12345678' };
    for (let i = 0; i < 5; i += 1) {
      await expect(
        fx.security.recover({ recoveryCode: codes[0]!, identity: wrong, newPin: '472913' }),
      ).rejects.toMatchObject({ code: 'IDENTITY_MISMATCH' });
    }
    await expect(
      fx.security.recover({ recoveryCode: codes[0]!, identity: ME, newPin: '472913' }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { minutes: 60 } });
    expect(fx.log.kinds()).toContain('recovery.locked');
    fx.clock.advance(61 * MINUTE);
    await fx.security.recover({ recoveryCode: codes[0]!, identity: ME, newPin: '472913' });
  });

  it('lifts a PIN lockout', async () => {
    const { fx, codes } = await verifiedPerson();
    for (let i = 0; i < 5; i += 1) await fx.security.verifyPin('000001').catch(() => undefined);
    await fx.security.recover({ recoveryCode: codes[0]!, identity: ME, newPin: '472913' });
    await expect(fx.security.verifyPin('472913')).resolves.toBeUndefined();
  });

  it('asks for the two-factor code instead when 2FA is on, and spends no code without it', async () => {
    const fx = securityFixture({ identity: new FakeIdentity(ME) });
    const { recoveryCodes } = await fx.security.setupPin(PIN);
    const key = await enrolledTotp(fx);
    expect(await fx.security.status()).toMatchObject({ recoveryCheck: 'totp' });
    fx.clock.advance(30_000);
    await expect(
      fx.security.recover({ recoveryCode: recoveryCodes[0]!, identity: ME, newPin: '472913' }),
    ).rejects.toMatchObject({
      code: 'TOTP_REQUIRED',
    });
    expect((await fx.security.status()).recoveryCodesLeft).toBe(10);
    await fx.security.recover({
      recoveryCode: recoveryCodes[0]!,
      totpCode: totpAt(key, fx.clock.now()),
      newPin: '472913',
    });
    await expect(fx.security.verifyPin('472913')).resolves.toBeUndefined();
  });

  it('counts wrong two-factor codes toward the recovery lockout', async () => {
    const fx = securityFixture();
    const { recoveryCodes } = await fx.security.setupPin(PIN);
    await enrolledTotp(fx);
    const attempt = () =>
      fx.security.recover({
        recoveryCode: recoveryCodes[0]!,
        totpCode: '000000',
        newPin: '472913',
      });
    for (let i = 0; i < 4; i += 1)
      await expect(attempt()).rejects.toMatchObject({ code: 'TOTP_WRONG' });
    // The fifth wrong code also stops codes for a while: it is refused as too many tries.
    await expect(attempt()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(
      fx.security.recover({
        recoveryCode: recoveryCodes[0]!,
        totpCode: '000000',
        newPin: '472913',
      }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect((await fx.security.status()).recoveryCodesLeft).toBe(10);
  });

  it('rate-limits guessing: five wrong codes lock recovery for an hour', async () => {
    const { fx, codes } = await verifiedPerson();
    for (let i = 0; i < 5; i += 1) {
      await expect(
        fx.security.recover({ recoveryCode: 'AAAAA-AAAAA', identity: ME, newPin: '472913' }),
      ).rejects.toMatchObject({
        code: 'RECOVERY_WRONG',
      });
    }
    await expect(
      fx.security.recover({ recoveryCode: codes[0]!, identity: ME, newPin: '472913' }),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { minutes: 60 },
    });
    expect(fx.log.kinds()).toContain('recovery.locked');
    fx.clock.advance(61 * MINUTE);
    await fx.security.recover({ recoveryCode: codes[0]!, identity: ME, newPin: '472913' });
  });

  it('with neither 2FA nor a verified identity, starts a three-day wait and sets the PIN only after it', async () => {
    const fx = securityFixture();
    const { recoveryCodes } = await fx.security.setupPin(PIN);
    await fx.security.lock();
    const code = recoveryCodes[2]!;
    expect(await fx.security.status()).toMatchObject({
      recoveryCheck: 'waiting-period',
      recoveryReadyAt: null,
    });
    const readyAt = fx.clock.now() + 72 * HOUR;
    await expect(fx.security.recover({ recoveryCode: code })).rejects.toMatchObject({
      code: 'RECOVERY_PENDING',
      details: { readyAt },
    });
    expect(await fx.security.status()).toMatchObject({
      recoveryReadyAt: readyAt,
      recoveryCodesLeft: 10,
      appLocked: true,
    });
    fx.clock.advance(71 * HOUR);
    await expect(
      fx.security.recover({ recoveryCode: code, newPin: '472913' }),
    ).rejects.toMatchObject({ code: 'RECOVERY_PENDING', details: { readyAt } });
    await expect(fx.security.verifyPin('472913')).rejects.toMatchObject({ code: 'PIN_WRONG' });

    fx.clock.advance(HOUR);
    // After the wait, the same code still needs a new PIN; without one nothing is spent.
    await expect(fx.security.recover({ recoveryCode: code })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await fx.security.recover({ recoveryCode: code, newPin: '472913' });
    expect(await fx.security.status()).toMatchObject({
      appLocked: false,
      recoveryReadyAt: null,
      recoveryCodesLeft: 9,
    });
    expect(fx.log.kinds()).toEqual(
      expect.arrayContaining(['recovery.started', 'recovery.used', 'pin.changed']),
    );
  });

  it('still answers its status when the ledger cannot say whether an identity is verified', async () => {
    const identity = new FakeIdentity();
    identity.verified = () => Promise.reject(new Error('ledger unreachable'));
    const fx = securityFixture({ identity });
    await fx.security.setupPin(PIN);
    expect(await fx.security.status()).toMatchObject({ pinSet: true, recoveryCheck: 'identity' });
  });

  it('calls a waiting reset off when someone unlocks with the PIN', async () => {
    const fx = securityFixture();
    const { recoveryCodes } = await fx.security.setupPin(PIN);
    await fx.security.lock();
    await expect(fx.security.recover({ recoveryCode: recoveryCodes[0]! })).rejects.toMatchObject({
      code: 'RECOVERY_PENDING',
    });
    await fx.security.unlock(PIN);
    expect((await fx.security.status()).recoveryReadyAt).toBeNull();
    expect(fx.log.kinds()).toContain('recovery.cancelled');
    fx.clock.advance(73 * HOUR);
    await fx.security.lock();
    await expect(
      fx.security.recover({ recoveryCode: recoveryCodes[0]!, newPin: '472913' }),
    ).rejects.toMatchObject({ code: 'RECOVERY_PENDING' });
    await expect(fx.security.verifyPin(PIN)).resolves.toBeUndefined();
  });

  it('reads codes the way people type them', () => {
    expect(normalizeRecoveryCode('7k3qd m2xpa')).toBe('7K3QD-M2XPA');
    expect(normalizeRecoveryCode('OOOOO-IIIII')).toBe('00000-11111');
    expect(normalizeRecoveryCode('7K3QD-M2XP')).toBeUndefined();
    expect(normalizeRecoveryCode('7K3QD-M2XPU')).toBeUndefined();
  });
});

describe('Touch ID', () => {
  it('unlocks with the fingerprint once turned on with the PIN; hidden where the OS has none', async () => {
    const biometric = new FakeBiometric(true, true);
    const fx = securityFixture({ biometric });
    await fx.security.setupPin(PIN);
    await expect(fx.security.unlockWithBiometric()).rejects.toMatchObject({ code: 'NOT_SET_UP' });
    await fx.security.setBiometric(true, { pin: PIN });
    await fx.security.lock();
    await fx.security.unlockWithBiometric();
    expect(await fx.security.isLocked()).toBe(false);
    biometric.answer = false;
    await fx.security.lock();
    await expect(fx.security.unlockWithBiometric()).rejects.toMatchObject({ code: 'PIN_WRONG' });
    expect(await fx.security.isLocked()).toBe(true);

    const elsewhere = securityFixture();
    await elsewhere.security.setupPin(PIN);
    expect(await elsewhere.security.status()).toMatchObject({
      biometricAvailable: false,
      biometricEnabled: false,
    });
    await expect(elsewhere.security.setBiometric(true, { pin: PIN })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
  });
});

describe('scrypt hasher', () => {
  it('verifies what it hashed, salts every hash and refuses malformed records', async () => {
    const hasher = createSecretHasher(nobleScrypt, {
      pin: { logN: 10, r: 8, p: 1 },
      recovery: { logN: 8, r: 8, p: 1 },
    });
    const a = await hasher.hash(PIN);
    const b = await hasher.hash(PIN);
    expect(a).not.toBe(b);
    expect(await hasher.verify(PIN, a)).toBe(true);
    expect(await hasher.verify('258037', a)).toBe(false);
    expect(await hasher.verify(PIN, 'plain$258036')).toBe(false);
  });
});
