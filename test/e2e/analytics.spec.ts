import type { Page } from '@playwright/test';
import type { PurseApi } from '../../src/shared/purse-api';
import { expect, test } from './support/fixtures';
import { historyFigure } from './support/figures';
import { nav, openPurse, pick } from './support/purse';
import { unlock } from './support/security';

/** Salary, groceries, lunches and a metro ride this month; two of them at a merchant. */
async function seedMonth(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const must = async <T>(
      call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    ) => {
      const result = await call;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const wallet = await must(
      purse.accounts.create({
        kind: 'wallet',
        name: 'Daily wallet',
        currency: 'CNY',
        openingBalance: 1_000_000,
        timeZone,
      }),
    );
    const categories = await must(purse.categories.list());
    const byBuiltin = (key: string) => {
      const found = categories.find((category) => category.builtin === key);
      if (!found) throw new Error(`no ${key}`);
      return found.id;
    };
    const noodles = await must(
      purse.counterparties.create({ kind: 'merchant', name: 'Lucky Noodles' }),
    );
    const at = Date.now() - 60_000;
    const expense = (key: string, amount: number, counterpartyId?: string) =>
      must(
        purse.transactions.record({
          kind: 'expense',
          accountId: wallet.id,
          categoryId: byBuiltin(key),
          amount,
          occurredAt: at,
          timeZone,
          ...(counterpartyId ? { counterpartyId } : {}),
        }),
      );
    await must(
      purse.transactions.record({
        kind: 'income',
        accountId: wallet.id,
        categoryId: byBuiltin('salary'),
        amount: 1_200_000,
        occurredAt: at,
        timeZone,
      }),
    );
    await expense('groceries', 42_000);
    await expense('groceries', 18_050);
    await expense('food', 3_800, noodles.id);
    await expense('food', 2_650, noodles.id);
    await expense('transport', 400);
  });
}

/** What the doughnut should say: this month's spending per category, from the raw history. */
async function recompute(page: Page): Promise<Map<string, string>> {
  const sums = await page.evaluate(async () => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const recent = await purse.transactions.recent({ limit: 200 });
    const categories = await purse.categories.list();
    if (!recent.ok || !categories.ok) throw new Error('could not read');
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
    }).formatToParts(new Date());
    const month = `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
    const totals: Record<string, number> = {};
    for (const txn of recent.value) {
      if (txn.kind !== 'expense' || txn.month !== month || !txn.categoryId) continue;
      const name = categories.value.find((category) => category.id === txn.categoryId)?.name.en;
      if (name) totals[name] = (totals[name] ?? 0) + txn.amount;
    }
    return totals;
  });
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' });
  return new Map(Object.entries(sums).map(([name, minor]) => [name, format.format(minor / 100)]));
}

/** Clicks the doughnut's biggest segment: the colour that covers most of the ring. */
async function clickBiggestSegment(page: Page): Promise<void> {
  const canvas = page.getByTestId('chart-spending').locator('canvas');
  const point = await canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const { width, height } = element;
    const pixels = context.getImageData(0, 0, width, height).data;
    const counts = new Map<string, { n: number; xs: number[]; ys: number[] }>();
    // The legend sits on the right: look at the left part only.
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width * 0.6; x += 2) {
        const i = (y * width + x) * 4;
        if (pixels[i + 3] !== 255) continue;
        const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
        const entry = counts.get(key) ?? { n: 0, xs: [], ys: [] };
        entry.n += 1;
        entry.xs.push(x);
        entry.ys.push(y);
        counts.set(key, entry);
      }
    }
    const biggest = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (!biggest) throw new Error('nothing drawn');
    const middle = Math.floor(biggest.n / 2);
    const scale = width / element.clientWidth;
    return { x: (biggest.xs[middle] ?? 0) / scale, y: (biggest.ys[middle] ?? 0) / scale };
  });
  await canvas.click({ position: point });
}

test('the doughnut’s table says what the history adds up to, and a segment opens History on its transactions', async ({
  page,
}) => {
  // Setting up the PIN, a restart and two languages: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  await openPurse(page);
  await seedMonth(page);
  // The seed went round the UI's cache: restart, as the app would be opened the next time.
  await page.reload();
  await unlock(page);
  const expected = await recompute(page);
  expect(expected.size).toBe(3);

  await nav(page, 'Analytics').click();
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  const card = page.getByTestId('chart-spending');
  await card.getByRole('button', { name: 'Show as table' }).click();
  const table = card.getByRole('table', { name: 'Spending by category' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(expected.size);
  for (const [name, amount] of expected) {
    await expect(rows.filter({ hasText: name })).toContainText(amount);
  }
  // The canvas is described by that table.
  const tableId = await table.getAttribute('id');
  await card.getByRole('button', { name: 'Show as chart' }).click();
  await expect(card.getByRole('img')).toHaveAttribute('aria-describedby', tableId ?? '');

  // Groceries is the biggest slice: clicking it opens History on its two payments this month,
  // which add up to what the slice says.
  await clickBiggestSegment(page);
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  expect(decodeURIComponent(page.url())).toMatch(
    /from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}&category=/,
  );
  const listed = page.getByRole('region', { name: 'Transactions' });
  await expect(listed.getByRole('button', { name: /^Open / })).toHaveCount(2);
  await expect(listed).toContainText('420.00');
  await expect(listed).toContainText('180.50');
  await expect(historyFigure(page, 'Spent (CNY)')).toHaveText(expected.get('Groceries')!);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();

  // The merchant's row in the table behind the bars opens its payments too (keyboard path).
  const merchants = page.getByTestId('chart-merchants');
  await merchants.getByRole('button', { name: 'Show as table' }).click();
  await merchants.getByRole('link', { name: 'Lucky Noodles' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(listed.getByRole('button', { name: /^Open / })).toHaveCount(2);
  await expect(historyFigure(page, 'Spent (CNY)')).toHaveText('CN¥64.50');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();

  // A year with nothing in it says so.
  await page.getByRole('radiogroup', { name: 'Period' }).getByText('Year', { exact: true }).click();
  const year = page.getByRole('textbox', { name: 'Year' });
  await year.click();
  await year.fill('2001');
  await year.press('Enter');
  await expect(page.getByText('No spending in this period yet').first()).toBeVisible();

  // In Chinese, the screen speaks Chinese.
  await nav(page, 'Settings').click();
  await pick(page, 'Language', '中文');
  await nav(page, '分析').click();
  await expect(page.getByRole('heading', { name: '分析', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '按分类的支出' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '收入、支出与现金流' })).toBeVisible();
  await page.getByTestId('chart-spending').getByRole('button', { name: '以表格显示' }).click();
  await expect(page.getByTestId('chart-spending').getByRole('table')).toContainText('日用超市');
});

test('the monthly report shows the month and exports it as CSV', async ({ page }) => {
  await openPurse(page);
  await seedMonth(page);
  const month = await page.evaluate(() => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      year: 'numeric',
      month: '2-digit',
    }).formatToParts(new Date());
    return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
  });
  await page.goto(`/#/analytics/report/${month}`);
  await expect(page.getByRole('heading', { name: /^Report for /, level: 1 })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Income' })).toContainText(
    'CN¥12,000.00',
  );
  await expect(page.getByRole('table', { name: 'Biggest changes' })).toContainText('Groceries');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`purse-report-${month}.csv`);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  expect(text).toContain('"CN¥12,000.00"');
  expect(text).toContain('Groceries');
});
