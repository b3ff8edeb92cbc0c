import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_EVENTS } from '../../../src/gateway/security/security-log';
import { pinSchema } from '../../../src/shared/security';
import { resources } from '../../../src/renderer/i18n/i18n';
import { describeError } from '../../../src/renderer/i18n/describe-error';
import {
  isGuessablePin,
  isLockShortcut,
  lockShortcutLabel,
  looksLikeRecoveryCode,
  newPinProblem,
} from '../../../src/renderer/components/pin/pin-rules';
import { formatCountdown } from '../../../src/renderer/features/lock/use-now';
import {
  describeSecurityEvent,
  EVENT_LABELS,
} from '../../../src/renderer/features/security/security-events';
import { groupKey } from '../../../src/renderer/features/security/totp-key';

const en = i18next.createInstance();
const zh = i18next.createInstance();

beforeAll(async () => {
  await en.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
  await zh.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('the new-PIN rule in the UI', () => {
  it('agrees with the gateway’s pinSchema on every guessable PIN and a wide sample of others', () => {
    // Every run and repeat (the only PINs the rule refuses), plus every 37th PIN: the whole
    // million took over 20 s on a busy CI machine.
    const pins = new Set<string>();
    for (let start = 0; start < 10; start += 1) {
      for (const step of [0, 1, 9]) {
        pins.add(Array.from({ length: 6 }, (_, i) => String((start + i * step) % 10)).join(''));
      }
    }
    for (let n = 0; n < 1_000_000; n += 37) pins.add(String(n).padStart(6, '0'));
    const disagreements = [...pins].filter(
      (pin) => isGuessablePin(pin) === pinSchema.safeParse(pin).success,
    );
    expect(pins.size).toBeGreaterThan(27_000);
    expect(disagreements).toEqual([]);
  });

  it('names the problem', () => {
    expect(newPinProblem(undefined)).toBe('required');
    expect(newPinProblem('12345')).toBe('required');
    expect(newPinProblem('12345a')).toBe('required');
    expect(newPinProblem('123456')).toBe('guessable');
    expect(newPinProblem('987654')).toBe('guessable');
    expect(newPinProblem('890123')).toBe('guessable');
    expect(newPinProblem('000000')).toBe('guessable');
    expect(newPinProblem('258036')).toBeNull();
  });
});

describe('the lock shortcut', () => {
  const key = (init: Partial<Parameters<typeof isLockShortcut>[0]>) => ({
    key: 'l',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...init,
  });
  it('is Ctrl+L or ⌘L, nothing else held', () => {
    expect(isLockShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key({ metaKey: true, key: 'L' }))).toBe(true);
    expect(isLockShortcut(key({}))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, key: 'k' }))).toBe(false);
  });
  it('is labelled for the platform', () => {
    expect(lockShortcutLabel('MacIntel')).toBe('⌘L');
    expect(lockShortcutLabel('Win32')).toBe('Ctrl+L');
    expect(lockShortcutLabel('Linux x86_64')).toBe('Ctrl+L');
  });
});

describe('small formats', () => {
  it('counts down in minutes and seconds', () => {
    expect(formatCountdown(30 * 60_000)).toBe('30:00');
    expect(formatCountdown(61_001)).toBe('1:02');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(2 * 3_600_000 + 5_000)).toBe('2:00:05');
  });
  it('groups a TOTP key in fours', () => {
    expect(groupKey('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe(
      'ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567',
    );
    expect(groupKey('ABCDEF')).toBe('ABCD EF');
  });
  it('takes recovery codes the way people type them', () => {
    expect(looksLikeRecoveryCode('7K3QD-M2XPA')).toBe(true);
    expect(looksLikeRecoveryCode('7k3qd m2xpa')).toBe(true);
    expect(looksLikeRecoveryCode('7K3QD-M2XP')).toBe(false);
  });
});

describe('the security log in words', () => {
  it('names every event kind the gateway logs, in both languages', () => {
    expect(Object.keys(EVENT_LABELS).sort()).toEqual([...SECURITY_EVENTS].sort());
    for (const kind of SECURITY_EVENTS) {
      for (const t of [en.t, zh.t]) {
        const text = describeSecurityEvent({ id: 'x', at: 0, kind }, t);
        expect(text, kind).not.toMatch(/security\.log|\{\{/);
      }
    }
  });

  it('adds how, and falls back for kinds it does not know', () => {
    expect(
      describeSecurityEvent(
        { id: 'x', at: 0, kind: 'app.unlocked', details: { method: 'biometric' } },
        en.t,
      ),
    ).toBe('Purse unlocked · with Touch ID');
    expect(
      describeSecurityEvent(
        { id: 'x', at: 0, kind: 'recovery.used', details: { codesLeft: 1 } },
        en.t,
      ),
    ).toBe('Recovery code used · 1 code left');
    expect(describeSecurityEvent({ id: 'x', at: 0, kind: 'vault.opened' }, en.t)).toBe(
      'Other event (vault.opened)',
    );
  });
});

describe('security errors in words', () => {
  it('say how many PIN attempts are left, and for how long PIN entry is paused', () => {
    expect(describeError({ code: 'PIN_WRONG', details: { attemptsLeft: 1 } }, en.t, 'en-US')).toBe(
      'That PIN isn’t right. 1 attempt left before PIN entry is paused.',
    );
    expect(describeError({ code: 'PIN_WRONG', details: { attemptsLeft: 3 } }, zh.t, 'zh-CN')).toBe(
      '支付密码不正确，还可以再试 3 次。',
    );
    expect(
      describeError({ code: 'PIN_LOCKED', details: { minutes: 30, until: 1 } }, en.t, 'en-US'),
    ).toBe('Too many wrong PINs. PIN entry is paused for 30 minutes.');
    expect(describeError({ code: 'RATE_LIMITED', details: { minutes: 60 } }, en.t, 'en-US')).toBe(
      'Too many attempts. Try again in 60 minutes.',
    );
    // Without the details, no raw {{placeholders}}.
    for (const code of ['RATE_LIMITED', 'IDENTITY_INVALID', 'PIN_LOCKED'] as const) {
      expect(describeError({ code }, en.t, 'en-US')).not.toContain('{{');
      expect(describeError({ code }, zh.t, 'zh-CN')).not.toContain('{{');
    }
  });
});
