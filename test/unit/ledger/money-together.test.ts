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

function pay(amount: number, merchant = 'Luckin Coffee') {
  return fx.internal['payments.commit']({
    requestId: newId(),
    accountId: wallet.id,
    merchant: { name: merchant },
    amount,
    promotion: 'none',
    timeZone: TZ,
    stepUpPassed: true,
  });
}

describe('money writes sent together to the ledger', () => {
  it('answers a limit change with the usage as it stood when the change was made', async () => {
    const [lowered, paid] = await Promise.all([
      fx.api['limits.lower']({ perPayment: 400 }),
      pay(10 * YUAN),
    ]);
    expect(paid.transaction.amount).toBe(10 * YUAN);
    expect(lowered).toMatchObject({ usedToday: 0, roomToday: 1_000 * YUAN });
    expect(await fx.api['limits.get'](undefined)).toMatchObject({ usedToday: 10 * YUAN });
  });
});
