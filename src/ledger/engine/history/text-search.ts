import { Dexie } from 'dexie';
import type { HistoryCursor, HistoryFilters } from '../../../shared/history';
import type { Transaction } from '../../../shared/domain';
import { MEMO_TOKENS_FIELD, normalizeText } from '../../crypto/blind-index';
import type { EngineContext } from '../context';

/**
 * Text search through the blind index (crypto/blind-index.ts): the ids of the rows that can
 * match, found from index keys alone; then only those rows are read, decrypted and checked
 * with the same predicate as the scan, so results are exactly the scan's.
 */

/** At most this many of a query's tokens are counted (any subset keeps a superset). */
const MAX_COUNTED = 24;
/** Intersecting stops once the candidates are this few, or the next token is this common. */
const FEW_ENOUGH = 32;
const TOO_COMMON = 50_000;
const MAX_INTERSECTED = 4;
/** Up to this many candidates are read at once and sorted; more are read in date order. */
const READ_ALL = 400;
const BATCH_LIMIT = 2_000;

/** Counterparties whose name contains the normalized needle. */
export async function payeesMatching(ctx: EngineContext, needle: string): Promise<Set<string>> {
  const counterparties = await ctx.db.counterparties.toArray();
  return new Set(
    counterparties.filter((c) => normalizeText(c.name).includes(needle)).map((c) => c.id),
  );
}

/** Ids of the transactions holding every one of `tokens` (a superset of the memo matches). */
async function memoCandidates(ctx: EngineContext, tokens: readonly number[]): Promise<string[]> {
  const index = () => ctx.db.transactions.where(MEMO_TOKENS_FIELD);
  const counted = await Promise.all(
    tokens.slice(0, MAX_COUNTED).map(async (token) => ({
      token,
      count: await index().equals(token).count(),
    })),
  );
  counted.sort((a, b) => a.count - b.count);
  const [rarest, ...rest] = counted;
  if (!rarest || rarest.count === 0) return [];
  let ids = await index().equals(rarest.token).primaryKeys();
  for (const { token, count } of rest.slice(0, MAX_INTERSECTED - 1)) {
    if (ids.length <= FEW_ENOUGH || count > TOO_COMMON) break;
    const holding = new Set(await index().equals(token).primaryKeys());
    ids = ids.filter((id) => holding.has(id));
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
    memoCandidates(ctx, tokens),
    ...[...payees].map((id) =>
      ctx.db.transactions.where('counterpartyId').equals(id).primaryKeys(),
    ),
  ]);
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
function inRange(
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
  const rows = await ctx.db.transactions.bulkGet([...ids]);
  return rows.filter((row): row is Transaction => row !== undefined);
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
  if (candidates.size <= READ_ALL) {
    const rows = await readMany(ctx, [...candidates]);
    return rows
      .filter((t) => inRange(t, filters, before) && matches(t))
      .sort(newestFirstOrder)
      .slice(0, count);
  }
  // Many candidates: walk the date order by key alone (newest first, in windows sized from
  // the candidates' share of the ledger) and read only the candidates, a batch at a time.
  const total = await ctx.db.transactions.count();
  const share = Math.max(candidates.size / Math.max(total, 1), 1e-6);
  let window = Math.ceil((count / share) * 1.5) + 256;
  let walked = 0;
  const found: Transaction[] = [];
  let batchSize = count;
  for (;;) {
    const ordered = await newestFirst(ctx, filters, before).limit(window).primaryKeys();
    let batch: string[] = [];
    for (let i = walked; i <= ordered.length && found.length < count; i += 1) {
      if (i < ordered.length && candidates.has(ordered[i]!)) batch.push(ordered[i]!);
      if (batch.length >= batchSize || (i === ordered.length && batch.length)) {
        for (const t of await readMany(ctx, batch)) if (matches(t)) found.push(t);
        batch = [];
        batchSize = Math.min(batchSize * 2, BATCH_LIMIT);
      }
    }
    if (found.length >= count || ordered.length < window) return found.slice(0, count);
    walked = ordered.length;
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
