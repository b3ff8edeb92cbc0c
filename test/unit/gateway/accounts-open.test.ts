import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';

let fx: GatewayFixture;
beforeEach(async () => {
  fx = await freshGateway();
});
afterEach(() => fx.close());

describe('accounts.create', () => {
  it.each(['wallet', 'bank_card', 'cash', 'savings'])(
    'refuses a %s that would open below zero, naming the field, and creates nothing',
    async (kind) => {
      const result = await fx.gateway.call('accounts.create', {
        kind,
        name: 'Overdrawn',
        currency: 'CNY',
        openingBalance: -5_000,
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'openingBalance' }] },
      });
      expect(await fx.db.accounts.count()).toBe(0);
      expect(await fx.db.transactions.count()).toBe(0);
    },
  );

  it('lets a credit card open in debt', async () => {
    const result = await fx.gateway.call('accounts.create', {
      kind: 'credit_card',
      name: 'Visa',
      currency: 'CNY',
      openingBalance: -5_000,
    });
    expect(result).toMatchObject({ ok: true, value: { balance: -5_000 } });
  });
});
