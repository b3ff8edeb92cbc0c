import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkOutcome, TagFigures } from '../../../../../src/shared/corrections';
import type { TransactionDetail } from '../../../../../src/shared/domain';
import type { HistoryPage, HistoryTotals } from '../../../../../src/shared/history';
import {
  correctionsFixture,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';

let c: CorrectionsFixture;
let lunches: TransactionDetail[];

beforeEach(async () => {
  c = await correctionsFixture();
  lunches = [];
  for (let day = 1; day <= 4; day += 1) lunches.push(await c.expense(1_000 * day, day));
});
afterEach(() => c.fx.close());

describe('tags', () => {
  it('tags a transaction as #Travel, finds it by the tag in History, and suggests the tag later', async () => {
    const edited = await c.call<TransactionDetail>('transactions.update', {
      id: lunches[1]!.transaction.id,
      tags: ['#Travel', 'travel', 'Kyoto'],
    });
    expect(edited.transaction.tags).toEqual(['travel', 'kyoto']);
    const page = await c.call<HistoryPage>('history.page', { filters: { tag: 'travel' } });
    expect(page.items.map((t) => t.id)).toEqual([lunches[1]!.transaction.id]);
    expect(await c.call<string[]>('tags.list')).toEqual(['travel', 'kyoto']);
    await c.verifyOk();
  });

  it('refuses a tag with a space, or eleven tags, naming the field, and changes nothing', async () => {
    const id = lunches[0]!.transaction.id;
    for (const tags of [['two words'], Array.from({ length: 11 }, (_, i) => `t${i}`)]) {
      expect(await c.fx.gateway.call('transactions.update', { id, tags })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: expect.stringMatching(/^tags/) as string }] },
      });
    }
    expect(await c.fx.db.operations.count()).toBe(0);
  });

  it('adds a tag to every filtered row at once and counts it in the same totals History shows', async () => {
    const outcome = await c.call<BulkOutcome>('transactions.bulkUpdate', {
      selection: { filters: { minAmount: 2_000, maxAmount: 10_000 } },
      action: { kind: 'addTag', tag: 'trip' },
    });
    expect(outcome).toMatchObject({ changed: 3, skipped: 0 });
    const [trip] = await c.call<TagFigures[]>('analytics.tags', { from: '2026-11', to: '2026-11' });
    const totals = await c.call<HistoryTotals>('history.totals', { filters: { tag: 'trip' } });
    expect(trip).toMatchObject({ tag: 'trip', count: 3 });
    expect(trip!.byCurrency).toEqual(totals.byCurrency);
    expect(trip!.byCurrency[0]!.spending).toBe(2_000 + 3_000 + 4_000);

    await c.call('transactions.bulkUpdate', {
      selection: { ids: [lunches[3]!.transaction.id] },
      action: { kind: 'removeTag', tag: 'trip' },
    });
    const [after] = await c.call<TagFigures[]>('analytics.tags', {
      from: '2026-11',
      to: '2026-11',
    });
    expect(after!.byCurrency[0]!.spending).toBe(5_000);
    await c.call('ledger.undo');
    await c.call('ledger.undo');
    expect(
      await c.call<TagFigures[]>('analytics.tags', { from: '2026-11', to: '2026-11' }),
    ).toEqual([]);
    await c.verifyOk();
  });
});

describe('tags when recording', () => {
  it('records an expense with its tags and suggests them next time', async () => {
    const recorded = await c.call<TransactionDetail>('transactions.record', {
      kind: 'expense',
      accountId: c.wallet.id,
      categoryId: c.food.id,
      amount: 2_500,
      occurredAt: Date.UTC(2026, 10, 9, 4),
      timeZone: 'Asia/Shanghai',
      tags: ['#Work', 'lunch'],
    });
    expect(recorded.transaction.tags).toEqual(['work', 'lunch']);
    expect(await c.call<string[]>('tags.list')).toEqual(['work', 'lunch']);
    await c.verifyOk();
  });
});
