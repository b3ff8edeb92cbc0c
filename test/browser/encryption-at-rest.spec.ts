import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import type { Account } from '../../src/shared/domain';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { indexedDbBytes, occurs, writePlainControl } from '../support/indexeddb-files';
import { LAB_URL, call, openLab } from './lab-page';

test('names, payees and memos written through the engine never reach the IndexedDB files in clear', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'purse-at-rest-'));
  const secrets = [
    'Qwertyuiop Savings',
    'Xylophone Noodle House',
    'memo-for-Zanzibar-trip',
    '招商银行储蓄卡',
    '海底捞火锅',
  ];
  const controls = ['Control-Plaintext-Marker', '明文对照字符串'];
  try {
    const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
    const page = await context.newPage();
    await openLab(page, 'at-rest');
    const bank = await call<Account>(page, 'accounts.create', {
      kind: 'bank_card',
      name: `${secrets[0]} ${secrets[3]}`,
      currency: 'CNY',
      openingBalance: 123_456,
    });
    const [food] = await call<{ id: string }[]>(page, 'categories.list', { kind: 'expense' });
    for (const name of [secrets[1]!, secrets[4]!]) {
      const shop = await call<{ id: string }>(page, 'counterparties.create', {
        kind: 'merchant',
        name,
      });
      await call(page, 'transactions.record', {
        kind: 'expense',
        accountId: bank.id,
        categoryId: food!.id,
        counterpartyId: shop.id,
        amount: 6_789,
        occurredAt: Date.now(),
        timeZone: 'Asia/Shanghai',
        memo: secrets[2],
      });
    }
    await writePlainControl(page, controls);
    await page.goto(LAB_URL);
    await context.close();

    const bytes = indexedDbBytes(profile);
    for (const control of controls) expect(occurs(bytes, control), `control ${control}`).toBe(true);
    for (const secret of secrets) expect(occurs(bytes, secret), secret).toBe(false);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
