import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { Transaction } from '../../shared/domain';
import {
  BLOCKS_TABLE,
  blockIndexOf,
  changedRows,
  compareKeys,
  cutBlock,
  FIRST_START,
  keyOf,
  packedKey,
  startName,
  type BlockKey,
  type BlockRow,
} from './transaction-blocks';

const TRANSACTIONS = 'transactions';
/** DBCoreRangeType.Range and .Any: a const enum, which cannot be imported. */
const RANGE = 2 as DBCoreRangeType;
const ANY = 3;

/** Block writes issued (not yet landed): wrapped so that awaiting the issue does not await them. */
interface Issued {
  readonly writes: Promise<unknown>;
}

/** The blocks a write can touch: every start from the one holding its lowest key on. */
interface Touched {
  /** Ascending. */
  readonly starts: BlockKey[];
  /** The stored blocks among them that hold a key of the write, by index in `starts`. */
  readonly stored: Map<number, BlockRow | undefined>;
}

const NO_BLOCKS: Touched = { starts: [], stored: new Map() };

/** The rows a put or add wrote: those IndexedDB refused are left out. */
function written(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Transaction[] {
  if (req.type !== 'add' && req.type !== 'put') return [];
  const values = req.values as Transaction[];
  if (!res.numFailures) return values;
  return values.filter((_, index) => !Object.hasOwn(res.failures, index));
}

function keyRange(lower: BlockKey | undefined, upper: BlockKey, lowerOpen: boolean) {
  return { type: RANGE, lower, upper, lowerOpen, upperOpen: false } as DBCoreKeyRange;
}

/**
 * Whether a change only adds rows after every row of a block this IndexedDB transaction has
 * already written: those rows then start a block of their own instead of the block being
 * written again. Many payments in one transaction (an import, a script) would otherwise
 * rewrite the same block once per payment, and IndexedDB holds every version on disk until
 * the transaction ends (a refused one left the disk full in test/browser/storage-full).
 */
function appendsTo(
  block: BlockRow | undefined,
  written: ReadonlySet<string>,
  change: { added: Transaction[]; removed: ReadonlySet<string> },
): boolean {
  if (!block || change.removed.size || !change.added.length) return false;
  if (!written.has(startName(block.start))) return false;
  const last = packedKey(block.rows.at(-1)!);
  return change.added.every((t) => compareKeys(keyOf(t), last) > 0);
}

const keysOf = (rows: readonly Transaction[]) => rows.map(keyOf).sort(compareKeys);

/**
 * Keeps the blocks of one database in step with its `transactions` table: each write to the
 * rows also reads and rewrites the blocks holding the rows it adds or removes, in the same
 * IndexedDB transaction.
 */
class BlockKeeper {
  readonly #blocks: DBCoreTable;
  readonly #primaryKey: DBCoreTable['schema']['primaryKey'];
  // Block updates of one IndexedDB transaction run one after another: two writes issued
  // together (an import's slices) must not both read a block before either rewrites it.
  readonly #queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  // The blocks each IndexedDB transaction has written (see `appendsTo`).
  readonly #writtenIn = new WeakMap<DBCoreTransaction, Set<string>>();

  constructor(blocks: DBCoreTable) {
    this.#blocks = blocks;
    this.#primaryKey = blocks.schema.primaryKey;
  }

  /** Finds the blocks holding `keys` (ascending): their starts first, then the blocks. */
  async #touched(trans: DBCoreTransaction, keys: BlockKey[]): Promise<Touched> {
    const [lowest, highest] = [keys[0]!, keys.at(-1)!];
    if (compareKeys(lowest, highest) === 0) {
      // One row (a payment): its block in one request.
      const { result } = await this.#blocks.query({
        trans,
        values: true,
        limit: 1,
        direction: 'prev',
        query: { index: this.#primaryKey, range: keyRange(undefined, lowest, false) },
      });
      const [block] = result as BlockRow[];
      return block ? { starts: [block.start], stored: new Map([[0, block]]) } : NO_BLOCKS;
    }
    const [below, within] = await Promise.all([
      this.#blocks.query({
        trans,
        values: false,
        limit: 1,
        direction: 'prev',
        query: { index: this.#primaryKey, range: keyRange(undefined, lowest, false) },
      }),
      compareKeys(lowest, highest) < 0
        ? this.#blocks.query({
            trans,
            values: false,
            query: { index: this.#primaryKey, range: keyRange(lowest, highest, true) },
          })
        : { result: [] },
    ]);
    const starts = (below.result as BlockKey[]).concat(within.result as BlockKey[]);
    const indexes = [...new Set(keys.map((key) => blockIndexOf(starts, key)))].filter(
      (index) => index >= 0,
    );
    const rows = (await this.#blocks.getMany({
      trans,
      keys: indexes.map((index) => starts[index]),
    })) as (BlockRow | undefined)[];
    return { starts, stored: new Map(indexes.map((index, at) => [index, rows[at]])) };
  }

  /** Issues the rewrite of the blocks `removed` and `added` change, found in `found`. */
  #rewrite(
    trans: DBCoreTransaction,
    { starts, stored }: Touched,
    removed: readonly Transaction[],
    added: readonly Transaction[],
  ): Issued {
    const changes = new Map<number, { added: Transaction[]; removed: Set<string> }>();
    const changeOf = (t: Transaction) => {
      const index = blockIndexOf(starts, keyOf(t));
      let change = changes.get(index);
      if (!change) changes.set(index, (change = { added: [], removed: new Set() }));
      return change;
    };
    for (const t of removed) changeOf(t).removed.add(t.id);
    for (const t of added) changeOf(t).added.push(t);
    const puts: BlockRow[] = [];
    const emptied: BlockKey[] = [];
    let written = this.#writtenIn.get(trans);
    if (!written) this.#writtenIn.set(trans, (written = new Set()));
    for (const [index, change] of changes) {
      // Before every block (none yet, or the first was emptied): a new first block.
      const start = index < 0 ? FIRST_START : starts[index]!;
      const block = index < 0 ? undefined : stored.get(index);
      let cut: BlockRow[];
      if (appendsTo(block, written, change)) {
        const rows = changedRows([], change.added, change.removed);
        cut = cutBlock(packedKey(rows[0]!), rows);
      } else cut = cutBlock(start, changedRows(block?.rows ?? [], change.added, change.removed));
      puts.push(...cut);
      if (!cut.length && block) emptied.push(start);
    }
    for (const { start } of puts) written.add(startName(start));
    return {
      writes: Promise.all([
        puts.length ? this.#blocks.mutate({ trans, type: 'put', values: puts }) : undefined,
        emptied.length ? this.#blocks.mutate({ trans, type: 'delete', keys: emptied }) : undefined,
      ]),
    };
  }

  /** Runs after the block updates queued before it; returns when its writes are issued. */
  #queued(trans: DBCoreTransaction, work: () => Promise<Issued>): Promise<unknown> {
    const previous = this.#queues.get(trans) ?? Promise.resolve();
    const issued = previous.catch(() => undefined).then(work);
    this.#queues.set(trans, issued);
    return issued.then(({ writes }) => writes);
  }

  /**
   * The first rows a transaction adds (a payment's one): their blocks are asked for
   * before the rows, and rewritten as soon as they arrive, as if every row will be
   * written, so the block writes land right behind the rows instead of several round
   * trips after them. Should IndexedDB refuse a row, its block is put right afterwards:
   * the refused row out, the stored row of that id (if any) back in.
   */
  #addFirst(
    table: DBCoreTable,
    req: DBCoreMutateRequest & { type: 'add' },
    values: Transaction[],
  ): Promise<DBCoreMutateResponse> {
    const { trans } = req;
    const found = this.#touched(trans, keysOf(values));
    found.catch(() => undefined);
    const done = table.mutate(req);
    const update = this.#queued(trans, async () => {
      const first = this.#rewrite(trans, await found, [], values);
      const res = await done;
      if (!res.numFailures) return first;
      const refused = values.filter((_, index) => Object.hasOwn(res.failures, index));
      const stored = (
        (await table.getMany({ trans, keys: refused.map((t) => t.id) })) as (
          Transaction | undefined
        )[]
      ).filter((row): row is Transaction => !!row);
      const again = await this.#touched(trans, keysOf([...refused, ...stored]));
      const second = this.#rewrite(trans, again, refused, stored);
      return { writes: Promise.all([first.writes, second.writes]) };
    });
    return Promise.all([done, update]).then(([res]) => res);
  }

  mutate(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    const { trans } = req;
    if (req.type === 'deleteRange' && (req.range.type as number) === ANY) {
      // The table is cleared: so are the blocks.
      return Promise.all([
        table.mutate(req),
        this.#queued(trans, () =>
          Promise.resolve({
            writes: this.#blocks.mutate({ trans, type: 'deleteRange', range: req.range }),
          }),
        ),
      ]).then(([res]) => res);
    }
    if (req.type === 'add' && req.values.length && !this.#queues.has(trans))
      return this.#addFirst(table, req, req.values as Transaction[]);
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
    const update = this.#queued(trans, async () => {
      // New rows' blocks are looked up while the rows are written, not after.
      const early =
        req.type === 'add' && req.values.length
          ? this.#touched(trans, keysOf(req.values as Transaction[]))
          : undefined;
      // Awaited below unless the write fails first (its transaction then aborts).
      early?.catch(() => undefined);
      const [old, res] = await Promise.all([before, done]);
      const added = written(req, res);
      if (!old.length && !added.length) return { writes: Promise.resolve() };
      const found = await (early ?? this.#touched(trans, keysOf([...old, ...added])));
      return this.#rewrite(trans, found, old, added);
    });
    return Promise.all([done, update]).then(([res]) => res);
  }
}

/**
 * A DBCore middleware that keeps the transaction blocks (transaction-blocks.ts) in step with
 * every write to `transactions`, whichever path it takes (payments, imports, edits, restores,
 * upgrades): each write also reads and rewrites the blocks holding the rows it adds or
 * removes, in the same IndexedDB transaction, so a block never disagrees with the rows. Sits
 * above the sealing middleware: blocks are sealed like every row. Before the schema version
 * that adds the blocks it does nothing.
 */
export function blocksMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'purse-transaction-blocks',
    level: 2,
    create(down) {
      if (!down.schema.tables.some((table) => table.name === BLOCKS_TABLE)) return down;
      const keeper = new BlockKeeper(down.table(BLOCKS_TABLE));
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
          return { ...table, mutate: (req) => keeper.mutate(table, req) };
        },
      };
    },
  };
}
