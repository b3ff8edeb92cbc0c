import { describe, expect, it } from 'vitest';
import {
  packTransaction,
  unpackTransaction,
  weekOf,
} from '../../../src/ledger/blocks/transaction-blocks';
import type { Transaction } from '../../../src/shared/domain';
import {
  categoryByBuiltin,
  ledgersClosedAfterEach,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
const opened = ledgersClosedAfterEach();

/** Every transaction the blocks hold, unpacked, by id. */
async function blocked(fx: LedgerFixture): Promise<Map<string, Transaction>> {
  const found = new Map<string, Transaction>();
  for (const block of await fx.db.transactionBlocks.toArray()) {
    for (const row of block.rows) {
      const t = unpackTransaction(row);
      expect(weekOf(t.occurredAt)).toBe(block.week);
      found.set(t.id, t);
    }
  }
  return found;
}

async function expectBlocksMatchRows(fx: LedgerFixture) {
  const rows = await fx.db.transactions.toArray();
  const inBlocks = await blocked(fx);
  expect(inBlocks.size).toBe(rows.length);
  for (const row of rows) expect(inBlocks.get(row.id)).toEqual(row);
  expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
}

async function lunchesOverWeeks(fx: LedgerFixture, weeks: number) {
  const wallet = await walletWith(fx.api, 1_000_000);
  const food = await categoryByBuiltin(fx.api, 'food');
  const ids: string[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const { transaction } = await fx.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: 1_000 + week,
      occurredAt: fx.clock.now() - week * 7 * DAY,
      timeZone: TZ,
      memo: `lunch ${week}`,
    });
    ids.push(transaction.id);
  }
  return { wallet, food, ids };
}

describe('transaction blocks', () => {
  it('packs a transaction and unpacks the very same fields, unknown ones included', () => {
    const t = {
      id: 'a',
      kind: 'payment',
      occurredAt: 5,
      timeZone: TZ,
      month: '1970-01',
      amount: 10,
      currency: 'CNY',
      accountId: 'acc',
      createdAt: 6,
      ownSides: [{ account: 'acc', amount: -10 }],
      receiptNo: 'R1',
      someday: { field: true },
    } as unknown as Transaction;
    expect(unpackTransaction(JSON.parse(JSON.stringify(packTransaction(t))) as unknown[])).toEqual(
      t,
    );
  });

  it('holds every recorded transaction in its week’s block, newest writes included', async () => {
    const fx = await opened();
    await lunchesOverWeeks(fx, 5);
    await expectBlocksMatchRows(fx);
    expect(await fx.db.transactionBlocks.count()).toBeGreaterThanOrEqual(5);
  });

  it('rewrites a block when a memo or category changes, and the statement shows the change', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 3);
    const transport = await categoryByBuiltin(fx.api, 'transport');
    await fx.api['transactions.update']({
      id: ids[1]!,
      memo: 'taxi home',
      categoryId: transport.id,
    });
    await expectBlocksMatchRows(fx);
    const chunk = await fx.api['statements.chunk']({ limit: 100 });
    expect(chunk.csv).toContain('taxi home');
    expect(chunk.csv).not.toContain('lunch 1,');
  });

  it('empties and refills the blocks with the rows when the table is cleared and rewritten', async () => {
    const fx = await opened();
    await lunchesOverWeeks(fx, 4);
    const rows = await fx.db.transactions.toArray();
    await fx.db.transaction('rw', [fx.db.transactions], async () => {
      await fx.db.transactions.clear();
      expect(await fx.db.transactions.count()).toBe(0);
      await fx.db.transactions.bulkAdd(rows.slice(0, 2));
    });
    const inBlocks = await blocked(fx);
    expect([...inBlocks.keys()].sort()).toEqual(
      rows
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('drops a deleted transaction from its block, and the block when it was the last', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 3);
    const oldest = (await fx.db.transactions.get(ids[2]!))!;
    const week = weekOf(oldest.occurredAt);
    await fx.db.transactions.delete(oldest.id);
    expect((await blocked(fx)).has(oldest.id)).toBe(false);
    expect(await fx.db.transactionBlocks.get(week)).toBeUndefined();
  });

  it('moves a transaction to another week’s block when its date is rewritten', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 2);
    const row = (await fx.db.transactions.get(ids[0]!))!;
    const moved = { ...row, occurredAt: row.occurredAt - 21 * DAY };
    await fx.db.transactions.put(moved);
    const inBlocks = await blocked(fx);
    expect(inBlocks.get(row.id)).toEqual(moved);
    expect(inBlocks.size).toBe(await fx.db.transactions.count());
  });

  it('is reported by ledger.verify when a block disagrees with the rows', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 2);
    const row = (await fx.db.transactions.get(ids[0]!))!;
    const block = (await fx.db.transactionBlocks.get(weekOf(row.occurredAt)))!;
    const forged = block.rows.map((packed) =>
      packed[0] === row.id ? packTransaction({ ...row, memo: 'forged' }) : packed,
    );
    // Written past the middleware's own upkeep: straight into the blocks table.
    await fx.db.transactionBlocks.put({ week: block.week, rows: forged });
    const report = await fx.api['ledger.verify'](undefined);
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(
      `transaction ${row.id} differs from its copy in block ${block.week}`,
    );
  });
});
