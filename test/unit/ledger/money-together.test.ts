import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import { freshLedger, walletWith, type LedgerFixture } from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
const YUAN = 100;

let fx: LedgerFixture;
let wallet: Account;
beforeEach(async () => {
  fx = await freshLedger();
  fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
  wallet = await walletWith(fx.api, 3_000 * YUAN);
});
afterEach(() => fx.close());

const DAY = 86_400_000;

function pay(amount: number, from: Account = wallet) {
  return fx.internal['payments.commit']({
    requestId: newId(),
    accountId: from.id,
    merchant: { name: 'Luckin Coffee' },
    amount,
    promotion: 'none',
    timeZone: TZ,
    stepUpPassed: true,
  });
}

describe('money writes sent together to the ledger', () => {
  it('answers a limit change with the usage as it stood when the change was made', async () => {
    const [{ view: lowered }, paid] = await Promise.all([
      fx.internal['limits.record']({ perPayment: 400, mayRaise: false }),
      pay(10 * YUAN),
    ]);
    expect(paid.transaction.amount).toBe(10 * YUAN);
    expect(lowered).toMatchObject({ usedToday: 0, roomToday: 1_000 * YUAN });
    expect(await fx.api['limits.get'](undefined)).toMatchObject({ usedToday: 10 * YUAN });
  });

  it('demotes a trusted person at a refused payment before the next payment sent with it is decided', async () => {
    await fx.internal['identity.record']({
      kind: 'passport',
      name: 'Mei Lin',
      number: 'E12345678',
    });
    fx.clock.advance(91 * DAY);
    const bank = await fx.api['accounts.create']({
      kind: 'bank_card',
      name: 'ICBC',
      currency: 'CNY',
      openingBalance: 100_000 * YUAN,
    });
    expect((await fx.api['limits.get'](undefined)).tier).toBe('trusted');
    // Over the trusted tier's ¥20,000 a payment: refused, and the good record starts again.
    const [refused, next] = await Promise.allSettled([
      pay(20_001 * YUAN, bank),
      pay(6_000 * YUAN, bank),
    ]);
    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'LIMIT_EXCEEDED' } });
    // Back to verified, whose limit is ¥5,000 a payment: as if the two had come one by one.
    expect(next).toMatchObject({
      status: 'rejected',
      reason: { code: 'LIMIT_EXCEEDED', details: { tier: 'verified', limit: 'perPayment' } },
    });
    expect((await fx.api['limits.get'](undefined)).tier).toBe('verified');
  });
});
