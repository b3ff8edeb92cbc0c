import { describe, expect, it } from 'vitest';
import {
  BLOCK_ROWS,
  compareKeys,
  keyOf,
  packTransaction,
  unpackTransaction,
} from '../../../src/ledger/blocks/transaction-blocks';
import { moneyTables } from '../../../src/ledger/engine/context';
import type { Transaction } from '../../../src/shared/domain';
import { transactionOf } from '../../../src/ledger/transaction-rows';
import {
  categoryByBuiltin,
  ledgersClosedAfterEach,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
const opened = ledgersClosedAfterEach();

/** Every transaction the blocks hold, unpacked, by id; each within its block's span. */
async function blocked(fx: LedgerFixture): Promise<Map<string, Transaction>> {
  const found = new Map<string, Transaction>();
  const blocks = await fx.db.transactionBlocks.toArray();
  blocks.forEach((block, index) => {
    const next = blocks[index + 1]?.start;
    expect(block.rows.length).toBeGreaterThan(0);
    expect(block.rows.length).toBeLessThanOrEqual(BLOCK_ROWS);
    for (const row of block.rows) {
      const t = unpackTransaction(row);
      expect(compareKeys(keyOf(t), block.start)).toBeGreaterThanOrEqual(0);
      if (next) expect(compareKeys(keyOf(t), next)).toBeLessThan(0);
      found.set(t.id, t);
    }
  });
  return found;
}

async function expectBlocksHoldRows(fx: LedgerFixture) {
  const rows = await fx.db.transactions.toArray();
  const inBlocks = await blocked(fx);
  expect(inBlocks.size).toBe(rows.length);
  // A block holds the transaction without its postings.
  for (const row of rows) expect(inBlocks.get(row.id)).toEqual(transactionOf(row));
}

async function expectBlocksMatchRows(fx: LedgerFixture) {
  await expectBlocksHoldRows(fx);
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

  it('holds every recorded transaction in the block whose span holds it, newest writes included', async () => {
    const fx = await opened();
    await lunchesOverWeeks(fx, 5);
    await expectBlocksMatchRows(fx);
  });

  it('cuts a block that outgrows its size, whether rows come newest first or back-dated', async () => {
    const fx = await opened();
    const { wallet, food } = await lunchesOverWeeks(fx, 3);
    const record = (occurredAt: number, memo: string) =>
      fx.api['transactions.record']({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: food.id,
        amount: 100,
        occurredAt,
        timeZone: TZ,
        memo,
      });
    // Newest first past one block's size, then back-dated ones between them.
    for (let i = 0; i < BLOCK_ROWS + 20; i += 1) await record(fx.clock.now() - i * 60_000, `n${i}`);
    for (let i = 0; i < 40; i += 1) await record(fx.clock.now() - i * 60_000 - 30_000, `b${i}`);
    await expectBlocksMatchRows(fx);
    const sizes = (await fx.db.transactionBlocks.toArray()).map((block) => block.rows.length);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BLOCK_ROWS);
    const chunk = await fx.api['statements.chunk']({ limit: 5000 });
    expect(chunk.csv.split('\r\n').filter((line) => line.includes(',expense,'))).toHaveLength(
      BLOCK_ROWS + 20 + 40 + 3,
    );
  });

  it('starts a block per row when many are added in one transaction, instead of rewriting one', async () => {
    const fx = await opened();
    const { wallet, food } = await lunchesOverWeeks(fx, 2);
    const before = await fx.db.transactionBlocks.count();
    await fx.db.transaction('rw', moneyTables(fx.db), async () => {
      for (let i = 1; i <= 20; i += 1)
        await fx.api['transactions.record']({
          kind: 'expense',
          accountId: wallet.id,
          categoryId: food.id,
          amount: 10,
          occurredAt: fx.clock.now() + i * 60_000,
          timeZone: TZ,
          memo: `coffee ${i}`,
        });
    });
    // The first joins the newest block; each later one starts its own.
    expect(await fx.db.transactionBlocks.count()).toBe(before + 19);
    await expectBlocksMatchRows(fx);
    // A later transaction fills the last block again.
    await fx.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: 10,
      occurredAt: fx.clock.now() + 30 * 60_000,
      timeZone: TZ,
    });
    expect(await fx.db.transactionBlocks.count()).toBe(before + 19);
    await expectBlocksMatchRows(fx);
  });

  it('keeps the stored copy when IndexedDB refuses a row added over an existing id', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 2);
    const row = (await fx.db.transactions.get(ids[0]!))!;
    const refused = await fx.db.transaction('rw', [fx.db.transactions], async () => {
      try {
        await fx.db.transactions.add({ ...row, memo: 'never written' });
        return false;
      } catch {
        // Caught inside the transaction: it goes on and commits.
        return true;
      }
    });
    expect(refused).toBe(true);
    expect((await blocked(fx)).get(row.id)).toEqual(transactionOf(row));
    await expectBlocksMatchRows(fx);
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

  it('drops deleted transactions from their blocks, and a block when it empties', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 3);
    for (const id of ids) {
      await fx.db.transactions.delete(id);
      expect((await blocked(fx)).has(id)).toBe(false);
    }
    // The opening balance is all that is left, in a block of its own. (Rows deleted past
    // the engine leave their postings behind: only the blocks are checked here.)
    expect(await fx.db.transactionBlocks.count()).toBe(1);
    await expectBlocksHoldRows(fx);
  });

  it('moves a transaction to the block of its new date when its date is rewritten', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 2);
    const row = (await fx.db.transactions.get(ids[0]!))!;
    const moved = { ...row, occurredAt: row.occurredAt - 21 * DAY };
    await fx.db.transactions.put(moved);
    const inBlocks = await blocked(fx);
    expect(inBlocks.get(row.id)).toEqual(transactionOf(moved));
    expect(inBlocks.size).toBe(await fx.db.transactions.count());
  });

  it('is reported by ledger.verify when a block disagrees with the rows', async () => {
    const fx = await opened();
    const { ids } = await lunchesOverWeeks(fx, 2);
    const row = (await fx.db.transactions.get(ids[0]!))!;
    const block = (await fx.db.transactionBlocks.toArray()).find((b) =>
      b.rows.some((packed) => packed[0] === row.id),
    )!;
    const forged = block.rows.map((packed) =>
      packed[0] === row.id ? packTransaction({ ...row, memo: 'forged' }) : packed,
    );
    // Written past the middleware's own upkeep: straight into the blocks table.
    await fx.db.transactionBlocks.put({ start: block.start, rows: forged });
    const report = await fx.api['ledger.verify'](undefined);
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(
      `transaction ${row.id} differs from its copy in transaction block ${block.start.join('/')}`,
    );
  });
});
