import { expect, test } from '@playwright/test';
import type { Account, Category, InvariantReport } from '../../src/shared/domain';
import { call, openLab } from './lab-page';

test.describe('transactions.record under concurrency', () => {
  test('twenty expenses fired at once never overdraw the wallet; exactly those that fit succeed', async ({
    page,
  }) => {
    await openLab(page, 'concurrency');
    const wallet = await call<Account>(page, 'accounts.create', {
      kind: 'wallet',
      name: 'W',
      currency: 'CNY',
      openingBalance: 10_000,
    });
    const [food] = await call<Category[]>(page, 'categories.list', { kind: 'expense' });
    // 20 × 7.00 = 140.00 requested from 100.00: at most 14 can succeed.
    const outcomes = await page.evaluate(
      ([accountId, categoryId]) =>
        Promise.all(
          Array.from({ length: 20 }, () =>
            window.lab.call('transactions.record', {
              kind: 'expense',
              accountId,
              categoryId,
              amount: 700,
              occurredAt: Date.now(),
              timeZone: 'Asia/Shanghai',
            }),
          ),
        ),
      [wallet.id, food!.id] as const,
    );
    const succeeded = outcomes.filter((o) => o.ok).length;
    const refused = outcomes.filter((o) => !o.ok);
    expect(succeeded).toBe(14);
    expect(refused.every((o) => !o.ok && o.error.code === 'INSUFFICIENT_FUNDS')).toBe(true);
    const [after] = await call<Account[]>(page, 'accounts.list', {});
    expect(after?.balance).toBe(200);
    expect((await call<InvariantReport>(page, 'ledger.verify', {})).problems).toEqual([]);
  });
});

test.describe('payments.create under concurrency', () => {
  test('three payments fired at once that together pass the daily limit: only those that fit succeed', async ({
    page,
  }) => {
    await openLab(page, `limit-race-${Date.now()}`);
    await call(page, 'security.setupPin', { pin: '258036' });
    const wallet = await call<Account>(page, 'accounts.create', {
      kind: 'wallet',
      name: 'W',
      currency: 'CNY',
      openingBalance: 500_000,
    });
    // Basic tier: ¥1,000 a day, so of three ¥400 payments only two may pass.
    const outcomes = await page.evaluate((accountId) => {
      const pay = (amount: number) =>
        window.lab.call('payments.create', {
          requestId: crypto.randomUUID(),
          accountId,
          merchant: { name: `Shop ${amount}` },
          amount,
          timeZone: 'Asia/Shanghai',
          auth: { pin: '258036', stepUpPin: '258036', confirmRisk: true },
        });
      return Promise.all([pay(40_000), pay(40_000), pay(40_000)]);
    }, wallet.id);
    const succeeded = outcomes.filter((o) => o.ok);
    expect(succeeded).toHaveLength(2);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_EXCEEDED' },
    });
    const [after] = await call<Account[]>(page, 'accounts.list', {});
    expect(after?.balance).toBe(420_000);
    expect((await call<InvariantReport>(page, 'ledger.verify', {})).problems).toEqual([]);
  });
});
