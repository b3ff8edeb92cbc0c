import { Dexie } from 'dexie';
import type { Transaction } from '../../../shared/domain';
import type { HistoryCursor, HistoryFilters } from '../../../shared/history';
import { BLOCK_ROWS, unpackTransaction, type BlockKey } from '../../blocks/transaction-blocks';
import type { EngineContext } from '../context';
import { inRange } from './text-search';

/**
 * Up to `count` transactions that `matches`, newest first within the filters' dates, from
 * `before` (exclusive) on: the rows `newestFirst(...).filter(matches).limit(count)` gives,
 * read from the transaction blocks (src/ledger/blocks/), so that a page or a search's first
 * stretch opens a few sealed blocks instead of one sealed row per transaction it passes.
 * Block starts are read first (keys only), then the blocks between them in one read; each
 * round asks for twice as many.
 */
export async function newestFromBlocks(
  ctx: EngineContext,
  filters: Pick<HistoryFilters, 'from' | 'to'>,
  before: HistoryCursor | undefined,
  count: number,
  matches: (t: Transaction) => boolean = () => true,
): Promise<Transaction[]> {
  const { db } = ctx;
  const top: unknown[] = before
    ? [before.occurredAt, before.id]
    : [filters.to ?? Number.MAX_SAFE_INTEGER, Dexie.maxKey];
  const found: Transaction[] = [];
  if (count <= 0) return found;
  return db.transaction('r', [db.transactionBlocks], async () => {
    let below: BlockKey | undefined;
    let keys = Math.ceil(count / (BLOCK_ROWS / 2)) + 2;
    for (;;) {
      const where = db.transactionBlocks.where(':id');
      const starts = await (below ? where.below(below) : where.belowOrEqual(top))
        .reverse()
        .limit(keys)
        .primaryKeys();
      const [high, low] = [starts[0], starts.at(-1)];
      if (!high || !low) return found;
      const blocks = await db.transactionBlocks
        .where(':id')
        .between(low, high, true, true)
        .reverse()
        .toArray();
      for (const block of blocks) {
        for (let i = block.rows.length - 1; i >= 0; i -= 1) {
          const t = unpackTransaction(block.rows[i]!);
          if (inRange(t, filters, before)) {
            if (!matches(t)) continue;
            found.push(t);
            if (found.length === count) return found;
          } else if (t.occurredAt < (filters.from ?? 0)) return found;
        }
      }
      if (starts.length < keys) return found;
      below = low;
      keys *= 2;
    }
  });
}
