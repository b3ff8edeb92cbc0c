import { Dexie } from 'dexie';
import type { HistoryCursor, HistoryFilters } from '../../../shared/history';
import type { Transaction } from '../../../shared/domain';
import { MEMO_TOKENS_FIELD, normalizeText } from '../../crypto/blind-index';
import { memosOf, packedKey, startName, type BlockKey } from '../../blocks/transaction-blocks';
import type { EngineContext } from '../context';
import { transactionsOf } from '../counterparty-transactions';
import { foundTransactions } from '../../transaction-rows';

/**
 * Text search through the blind index (crypto/blind-index.ts), kept on the transaction
 * blocks: the blocks that can hold a match are found from index keys alone, only those are
 * read and opened, and the ids of the rows whose memo holds the text are kept; those rows are
 * then checked with the same predicate as the scan, so results are exactly the scan's.
 */

/**
 * Index reads cost about 10–20 µs a key on Chromium's on-disk IndexedDB (and `count()` is
 * no cheaper: it walks the range), so nothing here counts or reads a range in full unless
 * it is known to be small. At most this many of a query's tokens are looked up (any subset
 * of them still finds a superset of the matches).
 */
const MAX_TOKENS = 8;
const GLANCE = 64;
/** A token in fewer blocks than this is rare: its blocks are read in full in one capped read. */
const RARE = 250;
/** When every token is common, two are read in full, unless one is in this many blocks: scan. */
const TOO_COMMON = 2_000;
/** More candidate blocks than this (about 12,000 rows) and a scan is as quick: scan. */
const MAX_BLOCKS = 400;
/** Candidate blocks read at once. */
const BLOCK_BATCH = 100;
const BATCH_LIMIT = 2_000;
/** Sizes the tests shrink, to walk every path on a small ledger. */
export const searchSizes = {
  /** Rows a text search scans, newest first, before it turns to the blind index: a common
   * text fills its page from these sooner than index reads could. */
  scanFirst: 1_500,
  /** Up to this many candidates are read at once and sorted; more are read in date order. */
  readAll: 400,
  /** The first window of keys walked for many candidates; each next is four times longer. */
  window: 512,
};

/** Counterparties whose name contains the normalized needle. */
export async function payeesMatching(ctx: EngineContext, needle: string): Promise<Set<string>> {
  const counterparties = await ctx.db.counterparties.toArray();
  return new Set(
    counterparties.filter((c) => normalizeText(c.name).includes(needle)).map((c) => c.id),
  );
}

function intersect(sets: readonly (readonly BlockKey[])[]): BlockKey[] {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.length - b.length);
  if (!smallest) return [];
  const others = rest.map((starts) => new Set(starts.map(startName)));
  return smallest.filter((start) => others.every((set) => set.has(startName(start))));
}

/**
 * Starts of the blocks holding every one of `tokens` (a superset of the blocks with a memo
 * match), or undefined when the tokens are too common for the index to help.
 */
async function candidateBlocks(
  ctx: EngineContext,
  tokens: readonly number[],
): Promise<BlockKey[] | undefined> {
  const blocks = (token: number) => ctx.db.transactionBlocks.where(MEMO_TOKENS_FIELD).equals(token);
  const chosen = tokens.slice(0, MAX_TOKENS);
  // A glance first: a token no block holds ends the search after a few keys read.
  const glance = await Promise.all(
    chosen.map((token) => blocks(token).limit(GLANCE).primaryKeys()),
  );
  if (glance.some((starts) => starts.length === 0)) return [];
  const capped = await Promise.all(
    chosen.map((token, i) =>
      glance[i]!.length < GLANCE
        ? Promise.resolve(glance[i]!)
        : blocks(token).limit(RARE).primaryKeys(),
    ),
  );
  const rare = capped.filter((starts) => starts.length < RARE);
  let found: BlockKey[];
  if (rare.length) found = intersect(rare);
  else {
    const full = await Promise.all(
      chosen.slice(0, 2).map((token) => blocks(token).limit(TOO_COMMON).primaryKeys()),
    );
    if (full.some((starts) => starts.length >= TOO_COMMON)) return undefined;
    found = intersect(full);
  }
  return found.length > MAX_BLOCKS ? undefined : found;
}

/**
 * Ids of the transactions whose memo holds `text`, read from the blocks the index names, or
 * undefined when it cannot narrow them down.
 */
async function memoMatches(
  ctx: EngineContext,
  tokens: readonly number[],
  text: string,
): Promise<string[] | undefined> {
  const starts = await candidateBlocks(ctx, tokens);
  if (!starts) return undefined;
  const needle = normalizeText(text);
  const ids: string[] = [];
  for (let at = 0; at < starts.length; at += BLOCK_BATCH) {
    const blocks = await ctx.db.transactionBlocks.bulkGet(starts.slice(at, at + BLOCK_BATCH));
    for (const block of blocks) {
      if (!block) continue;
      memosOf(block).forEach((memo, index) => {
        if (typeof memo === 'string' && normalizeText(memo).includes(needle))
          ids.push(packedKey(block.rows[index]!)[1]);
      });
    }
  }
  return ids;
}

/**
 * Ids of every transaction that may match `text` (memo or payee), or undefined when the
 * index cannot serve the query (one Latin letter, say) and the caller must scan.
 */
export async function textCandidates(
  ctx: EngineContext,
  text: string,
  payees: ReadonlySet<string>,
): Promise<Set<string> | undefined> {
  const tokens = ctx.db.blindIndex.queryTokens(text);
  if (!tokens) return undefined;
  const [memo, ...byPayee] = await Promise.all([
    memoMatches(ctx, tokens, text),
    ...[...payees].map((id) => transactionsOf(ctx.db, id).primaryKeys()),
  ]);
  if (!memo) return undefined;
  return new Set([...memo, ...byPayee.flat()]);
}

/** The [occurredAt+id] range of the filters' dates, below `before` when given. */
export function historyRange(
  filters: Pick<HistoryFilters, 'from' | 'to'>,
  before?: HistoryCursor,
): { lower: unknown[]; upper: unknown[]; includeUpper: boolean } {
  const lower = [filters.from ?? 0, Dexie.minKey];
  if (before && (filters.to === undefined || before.occurredAt <= filters.to))
    return { lower, upper: [before.occurredAt, before.id], includeUpper: false };
  return {
    lower,
    upper: [filters.to ?? Number.MAX_SAFE_INTEGER, Dexie.maxKey],
    includeUpper: true,
  };
}

/** Transactions newest first within the filters' dates, from `before` (exclusive) on. */
export function newestFirst(
  ctx: EngineContext,
  filters: Pick<HistoryFilters, 'from' | 'to'>,
  before?: HistoryCursor,
) {
  const { lower, upper, includeUpper } = historyRange(filters, before);
  return ctx.db.transactions
    .where('[occurredAt+id]')
    .between(lower, upper, true, includeUpper)
    .reverse();
}

/** Whether a row lies in `historyRange(filters, before)`. */
export function inRange(
  t: Transaction,
  filters: Pick<HistoryFilters, 'from' | 'to'>,
  before?: HistoryCursor,
): boolean {
  if (t.occurredAt < (filters.from ?? 0)) return false;
  if (before && (filters.to === undefined || before.occurredAt <= filters.to))
    return (
      t.occurredAt < before.occurredAt || (t.occurredAt === before.occurredAt && t.id < before.id)
    );
  return t.occurredAt <= (filters.to ?? Number.MAX_SAFE_INTEGER);
}

function newestFirstOrder(a: Transaction, b: Transaction): number {
  if (a.occurredAt !== b.occurredAt) return b.occurredAt - a.occurredAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

async function readMany(ctx: EngineContext, ids: readonly string[]): Promise<Transaction[]> {
  return foundTransactions(await ctx.db.transactions.bulkGet([...ids]));
}

/**
 * The first `count` matching rows among `candidates`, newest first, from `before`
 * (exclusive) on: exactly what the scan `newestFirst(...).filter(matches).limit(count)` reads.
 */
export async function newestCandidates(
  ctx: EngineContext,
  candidates: ReadonlySet<string>,
  matches: (t: Transaction) => boolean,
  filters: Pick<HistoryFilters, 'from' | 'to'>,
  before: HistoryCursor | undefined,
  count: number,
): Promise<Transaction[]> {
  if (candidates.size <= searchSizes.readAll) {
    const rows = await readMany(ctx, [...candidates]);
    return rows
      .filter((t) => inRange(t, filters, before) && matches(t))
      .sort(newestFirstOrder)
      .slice(0, count);
  }
  // Many candidates: walk the date order by key alone, newest first, in growing windows that
  // each start where the last one ended, and read only the candidates, a batch at a time.
  let window = Math.max(searchSizes.window, count * 16);
  let from = before;
  const found: Transaction[] = [];
  let batchSize = count;
  for (;;) {
    const ordered = await newestFirst(ctx, filters, from).limit(window).primaryKeys();
    let batch: string[] = [];
    for (let i = 0; i <= ordered.length && found.length < count; i += 1) {
      if (i < ordered.length && candidates.has(ordered[i]!)) batch.push(ordered[i]!);
      if (batch.length >= batchSize || (i === ordered.length && batch.length)) {
        for (const t of await readMany(ctx, batch)) if (matches(t)) found.push(t);
        batch = [];
        batchSize = Math.min(batchSize * 2, BATCH_LIMIT);
      }
    }
    const last = ordered.at(-1);
    if (found.length >= count || ordered.length < window || last === undefined)
      return found.slice(0, count);
    // The next window starts below the last key walked: one row read for its date.
    const row = await ctx.db.transactions.get(last);
    if (!row) return found.slice(0, count);
    from = { occurredAt: row.occurredAt, id: row.id };
    window *= 4;
  }
}

/** Calls `each` on every matching candidate within the filters' dates, in no set order. */
export async function eachCandidate(
  ctx: EngineContext,
  candidates: ReadonlySet<string>,
  matches: (t: Transaction) => boolean,
  filters: Pick<HistoryFilters, 'from' | 'to'>,
  each: (t: Transaction) => void,
): Promise<void> {
  const ids = [...candidates];
  for (let from = 0; from < ids.length; from += BATCH_LIMIT) {
    for (const t of await readMany(ctx, ids.slice(from, from + BATCH_LIMIT)))
      if (inRange(t, filters) && matches(t)) each(t);
  }
}
