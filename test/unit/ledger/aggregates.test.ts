import { describe, expect, it } from 'vitest';
import { aggregateId, rebuildRollups, ROLLUP_SCOPES } from '../../../src/ledger/engine/aggregates';
import type { AggregateRow } from '../../../src/ledger/db';
import { allRows, deleteRows, getRows, putRows } from '../../../src/ledger/engine/aggregate-sheets';
import {
  categoryByBuiltin,
  ledgersClosedAfterEach,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
const openFreshLedger = ledgersClosedAfterEach();

/** A wallet, spending in two years and two categories, and a salary. */
async function ledgerWithHistory() {
  const fixture = await openFreshLedger();
  const wallet = await walletWith(fixture.api, 500_000);
  const food = await categoryByBuiltin(fixture.api, 'food');
  const salary = await categoryByBuiltin(fixture.api, 'salary');
  const record = (
    kind: 'expense' | 'income',
    categoryId: string,
    amount: number,
    occurredAt: number,
  ) =>
    fixture.api['transactions.record']({
      kind,
      accountId: wallet.id,
      categoryId,
      amount,
      occurredAt,
      timeZone: TZ,
    });
  await record('expense', food.id, 1_000, Date.UTC(2025, 2, 3, 4));
  await record('expense', food.id, 2_000, Date.UTC(2025, 10, 3, 4));
  await record('expense', food.id, 4_000, Date.UTC(2026, 1, 3, 4));
  await record('income', salary.id, 90_000, Date.UTC(2026, 1, 5, 4));
  return { fixture, wallet, food, salary };
}

function rollups(rows: readonly AggregateRow[]) {
  return rows
    .filter((row) => (ROLLUP_SCOPES as readonly string[]).includes(row.scope))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function expectProblem(api: LedgerFixture['api'], prefix: string) {
  const report = await api['ledger.verify'](undefined);
  expect(report.ok).toBe(false);
  expect(report.problems.some((problem) => problem.startsWith(prefix))).toBe(true);
}

describe('aggregate roll-ups', () => {
  it('are written with every commit: per year, per category kind and over all accounts', async () => {
    const { fixture, wallet, food } = await ledgerWithHistory();
    const get = async (scope: AggregateRow['scope'], scopeId: string, period: string) =>
      (await getRows(fixture.db.aggregates, [aggregateId(scope, scopeId, period, 'CNY')]))[0];
    expect(await get('category-year', food.id, '2025')).toMatchObject({
      debit: 3_000,
      credit: 0,
      count: 2,
    });
    expect(await get('category-year', food.id, '2026')).toMatchObject({ debit: 4_000 });
    expect(await get('category-kind', 'expense', '2026-02')).toMatchObject({ debit: 4_000 });
    expect(await get('category-kind', 'income', '2026-02')).toMatchObject({ credit: 90_000 });
    // The opening balance (this month) and February's two movements, over every account.
    expect(await get('account-total', 'CNY', '2026-02')).toMatchObject({
      debit: 90_000,
      credit: 4_000,
      count: 2,
    });
    const opening = await get('account', wallet.id, '2026-11');
    expect(await get('account-total', 'CNY', '2026-11')).toMatchObject({
      debit: opening!.debit,
      credit: opening!.credit,
    });
    expect((await fixture.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('are rebuilt from the monthly rows exactly as the writes left them', async () => {
    const { fixture } = await ledgerWithHistory();
    const written = rollups(await allRows(fixture.db.aggregates));
    expect(written.length).toBeGreaterThan(5);
    await fixture.db.transaction('rw', [fixture.db.aggregates, fixture.db.categories], () =>
      rebuildRollups(fixture.db.aggregates, fixture.db.categories),
    );
    expect(rollups(await allRows(fixture.db.aggregates))).toEqual(written);
  });

  it('are checked by verify: a changed, a missing and a stray roll-up are reported', async () => {
    const { fixture, food } = await ledgerWithHistory();
    const { db, api } = fixture;
    const yearId = aggregateId('category-year', food.id, '2025', 'CNY');
    const [year] = await getRows(db.aggregates, [yearId]);
    await putRows(db.aggregates, [{ ...year!, debit: 2_999 }]);
    await expectProblem(api, `aggregate ${yearId} is 2999/0/2, postings say 3000/0/2`);
    await putRows(db.aggregates, [year!]);
    expect((await api['ledger.verify'](undefined)).ok).toBe(true);

    const totalId = aggregateId('account-total', 'CNY', '2026-02', 'CNY');
    await deleteRows(db.aggregates, [totalId]);
    await expectProblem(api, `aggregate ${totalId} is missing`);
    await db.transaction('rw', [db.aggregates, db.categories], () =>
      rebuildRollups(db.aggregates, db.categories),
    );
    expect((await api['ledger.verify'](undefined)).ok).toBe(true);

    const strayId = aggregateId('category-kind', 'income', '2019-04', 'CNY');
    await putRows(db.aggregates, [
      {
        scope: 'category-kind',
        scopeId: 'income',
        month: '2019-04',
        currency: 'CNY',
        debit: 0,
        credit: 500,
        count: 1,
      },
    ]);
    await expectProblem(api, `aggregate ${strayId} has no postings behind it`);
  });
});
