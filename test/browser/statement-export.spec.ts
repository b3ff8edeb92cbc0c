import { expect, test, type Page } from '@playwright/test';
import { openLab } from './lab-page';

/**
 * The statement export reads each chunk in one read-only Dexie transaction, issuing the next
 * reads while earlier results are opened. Chromium commits a transaction that waits on
 * anything but its own requests (fake-indexeddb does not), so this runs it for real.
 */
test.describe('statement export on real IndexedDB', () => {
  test.setTimeout(180_000);

  async function seed(page: Page, count: number): Promise<number> {
    return page.evaluate(async (n) => {
      const api = window.lab.api();
      const wallet = await api['accounts.create']({
        kind: 'wallet',
        name: 'Wallet',
        currency: 'CNY',
        openingBalance: 10_000_000,
      });
      const card = await api['accounts.create']({
        kind: 'bank_card',
        name: 'Card',
        currency: 'CNY',
        openingBalance: 5_000_000,
      });
      const categories = await api['categories.list']({ kind: 'expense' });
      const start = Date.UTC(2025, 0, 1);
      let rows = 2; // the two openings
      for (let i = 0; i < n; i += 1) {
        const common = {
          amount: 100 + (i % 977),
          // Several transactions share an instant, so slices meet inside one millisecond.
          occurredAt: start + Math.floor(i / 3) * 3_600_000,
          timeZone: i % 2 ? 'America/New_York' : 'Asia/Shanghai',
        };
        if (i % 4 === 0) {
          await api['transactions.record']({
            kind: 'transfer',
            accountId: wallet.id,
            toAccountId: card.id,
            ...common,
          });
          rows += 2;
        } else {
          await api['transactions.record']({
            kind: 'expense',
            accountId: i % 3 ? wallet.id : card.id,
            categoryId: categories[0]!.id,
            ...common,
          });
          rows += 1;
        }
      }
      return rows;
    }, count);
  }

  async function exportAll(page: Page, limit: number) {
    return page.evaluate(async (size) => {
      const api = window.lab.api();
      let csv = '';
      let rows = 0;
      let chunks = 0;
      let cursor: { occurredAt: number; id: string } | undefined;
      let balances: Record<string, number> | undefined;
      for (;;) {
        const chunk = await api['statements.chunk']({
          limit: size,
          ...(cursor ? { cursor } : {}),
          ...(balances ? { balances } : {}),
        });
        csv += chunk.csv;
        rows += chunk.rows;
        chunks += 1;
        if (!chunk.nextCursor) return { csv, rows, chunks, balances: chunk.balances };
        cursor = chunk.nextCursor;
        balances = { ...chunk.balances };
      }
    }, limit);
  }

  test('streams every row in slices and chunks, the same whatever the chunk size', async ({
    page,
  }) => {
    await openLab(page, `statement-export-${Date.now()}`, { fast: true });
    const expected = await seed(page, 2_600);

    const big = await exportAll(page, 5_000);
    expect(big.chunks).toBe(1);
    expect(big.rows).toBe(expected);
    const lines = big.csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + expected);
    // Walked back past the openings, every balance is zero.
    expect(Object.values(big.balances)).toEqual([0, 0]);

    const small = await exportAll(page, 1_100);
    expect(small.chunks).toBe(3);
    expect(small.csv).toBe(big.csv);
    expect((await exportAll(page, 7)).csv).toBe(big.csv);

    expect((await page.evaluate(() => window.lab.api()['ledger.verify'](undefined))).ok).toBe(true);
  });
});
