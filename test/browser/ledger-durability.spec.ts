import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import type { Account, Category, InvariantReport } from '../../src/shared/domain';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { call, openLab } from './lab-page';

const TZ = 'Asia/Shanghai';

async function seed(page: Page) {
  const wallet = await call<Account>(page, 'accounts.create', {
    kind: 'wallet',
    name: '零钱',
    currency: 'CNY',
    openingBalance: 100_000,
  });
  const bank = await call<Account>(page, 'accounts.create', {
    kind: 'bank_card',
    name: 'ICBC',
    currency: 'CNY',
    openingBalance: 500_000,
  });
  const categories = await call<Category[]>(page, 'categories.list', { kind: 'expense' });
  await call(page, 'transactions.record', {
    kind: 'expense',
    accountId: wallet.id,
    categoryId: categories[0]!.id,
    amount: 2_550,
    occurredAt: Date.now(),
    timeZone: TZ,
    memo: '午饭',
  });
  await call(page, 'transactions.record', {
    kind: 'transfer',
    accountId: bank.id,
    toAccountId: wallet.id,
    amount: 20_000,
    occurredAt: Date.now(),
    timeZone: TZ,
  });
}

async function balances(page: Page) {
  const accounts = await call<Account[]>(page, 'accounts.list', {});
  return Object.fromEntries(accounts.map((a) => [a.name, a.balance]));
}

test.describe('ledger on real IndexedDB', () => {
  test('keeps accounts and transactions after a page reload', async ({ page }) => {
    await openLab(page, 'durability-reload');
    await seed(page);
    const before = await balances(page);
    expect(before).toEqual({ 零钱: 117_450, ICBC: 480_000 });

    await page.reload();
    await openLab(page, 'durability-reload');
    expect(await balances(page)).toEqual(before);
    const report = await call<InvariantReport>(page, 'ledger.verify', {});
    expect(report.problems).toEqual([]);
    expect(report.checked.transactions).toBe(4);
  });

  test('keeps the ledger when the browser is closed and started again on the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'purse-profile-'));
    try {
      const first = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
      const page1 = await first.newPage();
      await openLab(page1, 'durability-restart');
      await seed(page1);
      const before = await balances(page1);
      await first.close();

      const second = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
      const page2 = await second.newPage();
      await openLab(page2, 'durability-restart');
      expect(await balances(page2)).toEqual(before);
      expect((await call<InvariantReport>(page2, 'ledger.verify', {})).ok).toBe(true);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
