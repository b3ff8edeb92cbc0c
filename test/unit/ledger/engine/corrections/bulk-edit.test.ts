import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkOutcome } from '../../../../../src/shared/corrections';
import type { Category, TransactionDetail } from '../../../../../src/shared/domain';
import type { HistoryPage } from '../../../../../src/shared/history';
import { newId } from '../../../../../src/shared/ids';
import { getRows } from '../../../../../src/ledger/engine/aggregate-sheets';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../../../support/ledger-fixture';

let c: CorrectionsFixture;
let transport: Category;
let lunches: TransactionDetail[];

beforeEach(async () => {
  c = await correctionsFixture();
  transport = await categoryByBuiltin(c.fx.api, 'transport');
  lunches = [];
  for (let day = 1; day <= 6; day += 1)
    lunches.push(await c.expense(1_000 * day, day, day % 2 ? 'market run' : 'lunch'));
});
afterEach(() => c.fx.close());

const spentOn = async (category: Category) =>
  (await getRows(c.fx.db.aggregates, [`category|${category.id}|2026-11|CNY`]))[0]?.debit ?? 0;

describe('transactions.bulkUpdate', () => {
  it('moves every filtered transaction, however many, to a category as one undoable operation', async () => {
    const before = await c.money();
    const outcome = await c.call<BulkOutcome>('transactions.bulkUpdate', {
      selection: { filters: { text: 'market' }, except: [lunches[4]!.transaction.id] },
      action: { kind: 'category', categoryId: transport.id },
    });
    expect(outcome).toMatchObject({ changed: 2, skipped: 0, state: { undo: { kind: 'bulk' } } });
    expect(await spentOn(transport)).toBe(1_000 + 3_000);
    expect(await spentOn(c.food)).toBe(21_000 - 4_000);
    expect(await c.fx.db.operations.count()).toBe(1);
    await c.verifyOk();
    await c.call('ledger.undo');
    expect(await c.money()).toEqual(before);
    await c.verifyOk();
  });

  it('deletes the chosen transactions and leaves money a PIN confirmed, counting it', async () => {
    const payment = await c.fx.internal['payments.commit']({
      requestId: newId(),
      timeZone: TZ,
      stepUpPassed: true,
      accountId: c.wallet.id,
      merchant: { name: 'Hot pot' },
      categoryId: c.food.id,
      amount: 8_000,
    });
    const outcome = await c.call<BulkOutcome>('transactions.bulkUpdate', {
      selection: {
        ids: [lunches[0]!.transaction.id, lunches[1]!.transaction.id, payment.transaction.id],
      },
      action: { kind: 'delete' },
    });
    expect(outcome).toMatchObject({ changed: 2, skipped: 1 });
    const page = await c.call<HistoryPage>('history.page', {});
    expect(page.items.map((t) => t.id)).toContain(payment.transaction.id);
    expect(page.items.map((t) => t.id)).not.toContain(lunches[0]!.transaction.id);
    await c.verifyOk();
  });

  it('refuses a category of another kind for every row and changes nothing', async () => {
    const salary = await categoryByBuiltin(c.fx.api, 'salary');
    const before = await moneySnapshot(c.fx.db);
    const outcome = await c.call<BulkOutcome>('transactions.bulkUpdate', {
      selection: { filters: {} },
      action: { kind: 'category', categoryId: salary.id },
    });
    expect(outcome).toMatchObject({ changed: 0 });
    expect(outcome.operationId).toBeUndefined();
    expect(await moneySnapshot(c.fx.db)).toEqual(before);
  });

  it('ends two bulk edits and an undo sent together as they would one at a time', async () => {
    const results = await Promise.all([
      c.fx.gateway.call('transactions.bulkUpdate', {
        selection: { filters: { text: 'lunch' } },
        action: { kind: 'category', categoryId: transport.id },
      }),
      c.fx.gateway.call('transactions.bulkUpdate', {
        selection: { filters: { text: 'lunch' } },
        action: { kind: 'delete' },
      }),
      c.fx.gateway.call('ledger.undo', {}),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    // The delete was undone: the lunches are back, in the category the first edit gave them.
    expect(await spentOn(transport)).toBe(2_000 + 4_000 + 6_000);
    await c.verifyOk();
  });
});
