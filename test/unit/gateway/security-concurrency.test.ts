import { afterEach, describe, expect, it } from 'vitest';
import { composeGateway, type ComposedGateway } from '../../../src/gateway/compose-gateway';
import type { SecretHasher } from '../../../src/gateway/security/pin-hasher';
import type { Result } from '../../../src/shared/result';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { testHasher } from '../../support/security-fixture';

const PIN = '258036';
const WRONG = Array.from({ length: 39 }, (_, i) => String(100_000 + i * 7));

let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

/** A gateway whose hasher counts how many PIN guesses it was asked to check. */
async function gatewayCountingChecks(): Promise<ComposedGateway & { checks: () => number }> {
  fx = await freshLedger();
  let checks = 0;
  const hasher: SecretHasher = {
    hash: (secret) => testHasher.hash(secret),
    verify: (secret, hash) => {
      checks += 1;
      return testHasher.verify(secret, hash);
    },
  };
  const composed = composeGateway({
    ledger: fx.api,
    internal: fx.internal,
    secrets: new MemorySecretStore(),
    hasher,
    clock: fx.clock,
    appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'web' },
  });
  await composed.security.setupPin(PIN);
  await composed.security.lock();
  return { ...composed, checks: () => checks };
}

const codes = (results: readonly Result<unknown>[]) =>
  results.map((result) => (result.ok ? 'OK' : result.error.code));

describe('PIN attempts sent together', () => {
  it('evaluates at most five wrong PINs of 40 unlocks sent at once, and refuses the right one during the lockout', async () => {
    const together = await gatewayCountingChecks();
    const results = await Promise.all(
      [...WRONG, PIN].map((pin) => together.gateway.call('security.unlock', { pin })),
    );
    expect(codes(results)).toEqual([
      ...Array<string>(4).fill('PIN_WRONG'),
      ...Array<string>(36).fill('PIN_LOCKED'),
    ]);
    expect(together.checks()).toBe(5);
    expect(await together.security.isLocked()).toBe(true);
    fx?.close();

    const oneByOne = await gatewayCountingChecks();
    const sequential: Result<unknown>[] = [];
    for (const pin of [...WRONG, PIN])
      sequential.push(await oneByOne.gateway.call('security.unlock', { pin }));
    expect(codes(sequential)).toEqual(codes(results));
  });

  it('counts wrong PINs sent with payments and PIN changes against the same lockout', async () => {
    const { gateway, security } = await gatewayCountingChecks();
    await security.unlock(PIN);
    const attempts = [
      ...WRONG.slice(0, 3).map((pin) =>
        gateway.call('security.changePin', { oldPin: pin, newPin: '864213' }),
      ),
      ...WRONG.slice(3, 6).map((pin) => gateway.call('security.regenerateRecoveryCodes', { pin })),
      gateway.call('security.changePin', { oldPin: PIN, newPin: '864213' }),
    ];
    const results = await Promise.all(attempts);
    expect(codes(results)).toEqual([
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_WRONG',
      'PIN_LOCKED',
      'PIN_LOCKED',
      'PIN_LOCKED',
    ]);
    expect((await security.status()).pinLockedUntil).not.toBeNull();
  });
});
