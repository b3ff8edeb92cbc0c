import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Account, Category, TransactionDetail } from '../../src/shared/domain';
import type { HistoryPage, HistoryTotals } from '../../src/shared/history';
import { CURRENT_SCHEMA_VERSION } from '../../src/ledger/migrations';
import { call, openLab } from './lab-page';

const TZ = 'Asia/Shanghai';

/** The reference ledger in clear (every fixture version holds the same one). */
const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/ledger-v1.json'), 'utf8'),
) as { tables: Record<string, Record<string, unknown>[]> };

const search = async (page: Page, text: string) =>
  (await call<HistoryPage>(page, 'history.page', { filters: { text }, limit: 500 })).items;

test.describe('memo search on real IndexedDB', () => {
  test('the upgrade indexes the memos of an older database, thousands of them, in its own transaction', async ({
    page,
  }) => {
    const key = Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256);
    const template = reference.tables.transactions!.find((t) => t.memo === 'latte 拿铁')!;
    // More rows than one slice of the upgrade: three slices of memo rows, sealed as v5 did.
    const extra = Array.from({ length: 4_500 }, (_, i) => ({
      ...template,
      id: `0199${String(i).padStart(8, '0')}-0000-7000-8000-000000000000`,
      memo: i % 3 === 0 ? `早餐 breakfast ${i}` : `bus ${i}`,
    }));
    await openLab(page, 'search-upgrade-blank');
    const tables: Record<string, unknown[]> = {
      ...reference.tables,
      transactions: [...reference.tables.transactions!, ...extra],
    };
    await page.evaluate(
      ([name, version, dataKey, rows]) => window.lab.makeAtVersion(name, version, dataKey, rows),
      ['search-upgrade', CURRENT_SCHEMA_VERSION - 1, key, tables] as const,
    );
    await openLab(page, 'search-upgrade', { dataKey: key });
    expect(await page.evaluate(() => window.lab.db().verno)).toBe(CURRENT_SCHEMA_VERSION);

    expect((await search(page, '拿铁')).map((t) => t.id)).toEqual([template.id]);
    const count = async (text: string) =>
      (await call<HistoryTotals>(page, 'history.totals', { filters: { text } })).count;
    expect(await count('早')).toBe(1_500);
    expect(await search(page, '早')).toHaveLength(500);
    expect(await search(page, 'BREAKFAST 44')).toHaveLength(
      extra.filter((t) => t.memo.includes('breakfast 44')).length,
    );
    expect(await search(page, 'no such memo')).toEqual([]);
  });

  test('records, edits and finds memos inside the ledger transactions', async ({ page }) => {
    await openLab(page, 'search-writes');
    const wallet = await call<Account>(page, 'accounts.create', {
      kind: 'wallet',
      name: '零钱',
      currency: 'CNY',
      openingBalance: 100_000,
    });
    const [food] = await call<Category[]>(page, 'categories.list', { kind: 'expense' });
    const recorded: TransactionDetail[] = [];
    for (const memo of ['火锅 with 同事', 'Hotpot again 🍲', 'taxi'])
      recorded.push(
        await call<TransactionDetail>(page, 'transactions.record', {
          kind: 'expense',
          accountId: wallet.id,
          categoryId: food!.id,
          amount: 1_000,
          occurredAt: Date.now(),
          timeZone: TZ,
          memo,
        }),
      );
    const ids = recorded.map((r) => r.transaction.id);
    expect((await search(page, 'HOT')).map((t) => t.id)).toEqual([ids[1]]);
    expect((await search(page, '锅')).map((t) => t.id)).toEqual([ids[0]]);
    expect((await search(page, '🍲')).map((t) => t.id)).toEqual([ids[1]]);

    await call(page, 'transactions.update', { id: ids[2], memo: '打车 火锅店' });
    expect((await search(page, '火锅')).map((t) => t.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect(await search(page, 'taxi')).toEqual([]);
  });
});
