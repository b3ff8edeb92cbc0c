import { expect, test } from '@playwright/test';
import type { AnalyticsReport } from '../../src/shared/analytics';
import type { Account, Category, InvariantReport } from '../../src/shared/domain';
import type { ImportOutcome } from '../../src/shared/imports';
import type { MoneyResult } from '../../src/shared/payments';
import { call, openLab } from './lab-page';

const TZ = 'Asia/Shanghai';
const PIN = '258036';

test('every write path keeps the aggregate roll-ups right on real IndexedDB', async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page, `rollups-${Date.now()}`, { fast: true });
  await call(page, 'security.setupPin', { pin: PIN });
  const wallet = await call<Account>(page, 'accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 50_000_000,
  });
  const categories = await call<Category[]>(page, 'categories.list', {});
  const byBuiltin = (builtin: string) => categories.find((c) => c.builtin === builtin)!;

  // Bulk import: two years of statement rows, spending and income, in one call.
  const rows = Array.from({ length: 300 }, (_, i) => ({
    line: i + 2,
    occurredAt: Date.UTC(2024, 0, 1) + i * 2.5 * 86_400_000,
    amount: i % 10 === 0 ? 50_000 + i : -(100 + (i % 97)),
    counterparty: `Shop ${i % 12}`,
    reference: `order-${i}`,
  }));
  const outcome = await call<ImportOutcome>(page, 'imports.commit', {
    accountId: wallet.id,
    timeZone: TZ,
    profile: 'generic',
    rows,
    rejectedRows: 0,
    goodRowsOnly: false,
  });
  expect(outcome.imported).toBe(rows.length);

  // Single commits: an expense and income recorded, a payment and its partial refund.
  const { transaction: lunch } = await call<{ transaction: { id: string } }>(
    page,
    'transactions.record',
    {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: byBuiltin('food').id,
      amount: 3_000,
      occurredAt: Date.UTC(2024, 5, 3, 4),
      timeZone: TZ,
    },
  );
  await call(page, 'transactions.record', {
    kind: 'income',
    accountId: wallet.id,
    categoryId: byBuiltin('salary').id,
    amount: 800_000,
    occurredAt: Date.UTC(2025, 6, 3, 4),
    timeZone: TZ,
  });
  const payment = await call<MoneyResult>(page, 'payments.create', {
    requestId: crypto.randomUUID(),
    accountId: wallet.id,
    merchant: { name: 'Corner Shop' },
    amount: 4_200,
    timeZone: TZ,
    auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true },
  });
  await call(page, 'refunds.create', {
    requestId: crypto.randomUUID(),
    paymentId: payment.transaction.id,
    amount: 1_200,
    timeZone: TZ,
    auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true },
  });
  // A category change moves the posting, its monthly rows and their roll-ups.
  await call(page, 'transactions.update', { id: lunch.id, categoryId: byBuiltin('transport').id });

  expect((await call<InvariantReport>(page, 'ledger.verify', {})).problems).toEqual([]);

  // Two whole years read from yearly rows equal the same years read month by month.
  const report = (from: string, to: string) =>
    call<AnalyticsReport>(page, 'analytics.report', { from, to, currency: 'CNY' });
  const years = await report('2024-01', '2025-12');
  const halves = await Promise.all([
    report('2024-01', '2024-06'),
    report('2024-07', '2025-05'),
    report('2025-06', '2025-12'),
  ]);
  const spending = (r: AnalyticsReport) => r.spendingByCategory.reduce((s, c) => s + c.amount, 0);
  expect(halves.reduce((sum, r) => sum + spending(r), 0)).toBe(spending(years));
  expect(halves.reduce((sum, r) => sum + r.totals.income, 0)).toBe(years.totals.income);
  expect(spending(years)).toBe(years.totals.expense);
  expect(years.totals.expense).toBeGreaterThan(0);
  expect(years.netWorth.at(-1)!.value).toBe(halves[2].netWorth.at(-1)!.value);
});
