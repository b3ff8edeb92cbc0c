import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { Transaction } from '../../shared/domain';
import { BLOCKS_TABLE, changedRows, weekOf, type BlockRow } from './transaction-blocks';

const TRANSACTIONS = 'transactions';

/** Block writes issued (not yet landed): wrapped so that awaiting the issue does not await them. */
interface Issued {
  readonly writes: Promise<unknown>;
}

/** Per week: the transactions a write puts in and the ids it takes out. */
interface WeekChange {
  readonly added: Transaction[];
  readonly removed: Set<string>;
}

function changeOf(changes: Map<number, WeekChange>, week: number): WeekChange {
  let change = changes.get(week);
  if (!change) changes.set(week, (change = { added: [], removed: new Set() }));
  return change;
}

/** Dexie's range for `clear()` (DBCoreRangeType.Any, a const enum that cannot be imported). */
function isWholeTable(range: DBCoreKeyRange): boolean {
  return (range.type as number) === 3;
}

/** The rows a put or add wrote: those IndexedDB refused are left out. */
function written(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Transaction[] {
  if (req.type !== 'add' && req.type !== 'put') return [];
  const values = req.values as Transaction[];
  if (!res.numFailures) return values;
  return values.filter((_, index) => !Object.hasOwn(res.failures, index));
}

/**
 * A DBCore middleware that keeps the transaction blocks (transaction-blocks.ts) in step with
 * every write to `transactions`, whichever path it takes (payments, imports, edits, restores,
 * upgrades): each write to it also reads and rewrites the blocks of the weeks it touches, in
 * the same IndexedDB transaction, so a block never disagrees with the rows. Sits above the
 * sealing middleware: blocks are sealed like every row. Before the schema version that adds
 * the blocks it does nothing.
 */
export function blocksMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'purse-transaction-blocks',
    level: 2,
    create(down) {
      if (!down.schema.tables.some((table) => table.name === BLOCKS_TABLE)) return down;
      const blocks = down.table(BLOCKS_TABLE);
      // Block updates of one IndexedDB transaction run one after another: two writes issued
      // together (an import's slices) must not both read a block before either rewrites it.
      const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();

      function readBlocks(trans: DBCoreTransaction, weeks: number[]) {
        return blocks.getMany({ trans, keys: weeks }) as Promise<(BlockRow | undefined)[]>;
      }

      /**
       * Reads the touched blocks (unless `early` read them already) and issues their
       * rewrite; `writes` settles when it lands.
       */
      async function rewrite(
        trans: DBCoreTransaction,
        changes: Map<number, WeekChange>,
        early?: { weeks: number[]; stored: Promise<(BlockRow | undefined)[]> },
      ): Promise<Issued> {
        const byWeek = new Map<number, BlockRow | undefined>();
        const weeks = [...changes.keys()];
        if (early && weeks.every((week) => early.weeks.includes(week))) {
          const stored = await early.stored;
          early.weeks.forEach((week, index) => byWeek.set(week, stored[index]));
        } else {
          const stored = await readBlocks(trans, weeks);
          weeks.forEach((week, index) => byWeek.set(week, stored[index]));
        }
        const puts: BlockRow[] = [];
        const emptied: number[] = [];
        for (const week of weeks) {
          const { added, removed } = changes.get(week)!;
          const stored = byWeek.get(week);
          const rows = changedRows(stored?.rows ?? [], added, removed);
          if (rows.length) puts.push({ week, rows });
          else if (stored) emptied.push(week);
        }
        return {
          writes: Promise.all([
            puts.length ? blocks.mutate({ trans, type: 'put', values: puts }) : undefined,
            emptied.length ? blocks.mutate({ trans, type: 'delete', keys: emptied }) : undefined,
          ]),
        };
      }

      /** Runs after the block updates queued before it; returns when its writes are issued. */
      function queued(trans: DBCoreTransaction, work: () => Promise<Issued>): Promise<unknown> {
        const previous = queues.get(trans) ?? Promise.resolve();
        const issued = previous.catch(() => undefined).then(work);
        queues.set(trans, issued);
        return issued.then(({ writes }) => writes);
      }

      function mutate(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        const { trans } = req;
        if (req.type === 'deleteRange' && isWholeTable(req.range)) {
          return Promise.all([
            table.mutate(req),
            queued(trans, () =>
              Promise.resolve({
                writes: blocks.mutate({ trans, type: 'deleteRange', range: req.range }),
              }),
            ),
          ]).then(([res]) => res);
        }
        // The rows as they were, read before the write is issued (IndexedDB keeps the order).
        const before: Promise<Transaction[]> =
          req.type === 'add'
            ? Promise.resolve([])
            : req.type === 'deleteRange'
              ? table
                  .query({
                    trans,
                    values: true,
                    query: { index: table.schema.primaryKey, range: req.range },
                  })
                  .then((res) => res.result as Transaction[])
              : table
                  .getMany({
                    trans,
                    keys:
                      req.type === 'delete'
                        ? req.keys
                        : (req.keys ?? (req.values as Transaction[]).map((row) => row.id)),
                  })
                  .then((rows) => (rows as (Transaction | undefined)[]).filter((row) => !!row));
        const done = table.mutate(req);
        const update = queued(trans, async () => {
          // New rows' weeks are known now: their blocks are read while the rows are written.
          const weeks =
            req.type === 'add'
              ? [...new Set((req.values as Transaction[]).map((row) => weekOf(row.occurredAt)))]
              : undefined;
          const early = weeks && { weeks, stored: readBlocks(trans, weeks) };
          const [old, res] = await Promise.all([before, done]);
          const changes = new Map<number, WeekChange>();
          for (const row of old) changeOf(changes, weekOf(row.occurredAt)).removed.add(row.id);
          for (const row of written(req, res))
            changeOf(changes, weekOf(row.occurredAt)).added.push(row);
          return changes.size ? rewrite(trans, changes, early) : { writes: Promise.resolve() };
        });
        return Promise.all([done, update]).then(([res]) => res);
      }

      return {
        ...down,
        transaction(stores, mode, options) {
          // Every transaction that can write rows can rewrite their blocks.
          const scope =
            stores.includes(TRANSACTIONS) && !stores.includes(BLOCKS_TABLE)
              ? [...stores, BLOCKS_TABLE]
              : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name !== TRANSACTIONS) return table;
          return { ...table, mutate: (req) => mutate(table, req) };
        },
      };
    },
  };
}
