import { expect, test } from '@playwright/test';
import type { Account, InvariantReport } from '../../src/shared/domain';
import type { ImportOutcome } from '../../src/shared/imports';
import { call, openLab } from './lab-page';

const ROWS = 3_000;

test('a 3,000-row statement imports whole on real IndexedDB, with payees known from history', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLab(page, `import-large-${Date.now()}`);
  const wallet = await call<Account>(page, 'accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 50_000_000,
  });
  const rows = (from: number, count: number, offset: number) =>
    Array.from({ length: count }, (_, i) => ({
      line: i + 2,
      occurredAt: Date.UTC(2024, 0, 1) + (offset + i) * 3_600_000,
      amount: -(100 + (i % 97)),
      counterparty: `Shop ${(from + i) % 40}`,
      reference: `order-${offset + i}`,
    }));
  const input = (list: ReturnType<typeof rows>) => ({
    accountId: wallet.id,
    timeZone: 'Asia/Shanghai',
    profile: 'generic',
    rows: list,
    rejectedRows: 0,
    goodRowsOnly: false,
  });

  // A first, small import makes some payees known, so the big one reads their history.
  await call<ImportOutcome>(page, 'imports.commit', input(rows(0, 20, 0)));
  // Two days later, so nothing in it looks like a row of the first import.
  const big = rows(0, ROWS, 48);
  const outcome = await call<ImportOutcome>(page, 'imports.commit', input(big));
  expect(outcome.imported).toBe(ROWS);
  expect(outcome.duplicates).toBe(0);

  const spent = big.reduce((sum, row) => sum - row.amount, 0);
  const [after] = await call<Account[]>(page, 'accounts.list', {});
  expect(after!.balance).toBe(outcome.balanceAfter);
  expect(outcome.balanceAfter).toBe(
    wallet.balance - spent - rows(0, 20, 0).reduce((s, r) => s - r.amount, 0),
  );
  const report = await call<InvariantReport>(page, 'ledger.verify', {});
  expect(report.ok).toBe(true);
});
