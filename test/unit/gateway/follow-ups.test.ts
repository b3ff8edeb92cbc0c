import { afterEach, describe, expect, it } from 'vitest';
import { composeGateway } from '../../../src/gateway/compose-gateway';
import { createFollowUps } from '../../../src/gateway/follow-ups';
import type { LedgerApi } from '../../../src/shared/contract';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import { ok } from '../../support/gateway-fixture';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { testHasher } from '../../support/security-fixture';

let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

describe('follow-ups after an answer', () => {
  it('answers a payment as soon as the ledger commits, and notifies afterwards', async () => {
    fx = await freshLedger();
    fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ledger = fx.api;
    // The notification needs the settings (its language); hold that read back.
    const slowSettings: LedgerApi = {
      ...ledger,
      'settings.get': async (input) => {
        await held;
        return ledger['settings.get'](input);
      },
    };
    const shown: { title: string; body: string }[] = [];
    const { gateway, security } = composeGateway({
      ledger: slowSettings,
      internal: fx.internal,
      secrets: new MemorySecretStore(),
      hasher: testHasher,
      clock: fx.clock,
      appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'web' },
      notifier: { notify: (message) => void shown.push(message) },
    });
    await security.setupPin('258036');
    const wallet = ok<Account>(
      await gateway.call('accounts.create', {
        kind: 'wallet',
        name: 'Wallet',
        currency: 'CNY',
        openingBalance: 10_000,
      }),
    );

    const paid = await gateway.call('payments.create', {
      requestId: newId(),
      accountId: wallet.id,
      merchant: { name: 'Luckin Coffee' },
      amount: 1_990,
      timeZone: 'Asia/Shanghai',
      auth: { pin: '258036' },
    });

    expect(paid.ok).toBe(true);
    expect(shown).toEqual([]);
    release();
    await gateway.idle();
    expect(shown.map((message) => message.title)).toEqual(['Payment complete']);
  });

  it('logs a failed follow-up and lets the others finish', async () => {
    const failures: string[] = [];
    const followUps = createFollowUps((label) => failures.push(label));
    const done: string[] = [];
    followUps.run('Notification', () => Promise.reject(new Error('no notification server')));
    followUps.run('Budget alerts', async () => {
      await Promise.resolve();
      done.push('alerts');
    });
    await followUps.idle();
    expect(failures).toEqual(['Notification']);
    expect(done).toEqual(['alerts']);
  });
});
