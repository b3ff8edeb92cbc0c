import type { z } from 'zod';
import type { Transaction } from '../../../shared/domain';
import {
  chosenAccounts,
  type HistoryFilters,
  type HistoryPage,
  type historyPageInput,
  type HistoryTotals,
  type historyTotalsInput,
} from '../../../shared/history';
import { FigureTally, transactionEffects } from '../../../shared/month-figures';
import { carriesTag, hasCategory } from '../../../shared/splits';
import type { SplitLine } from '../../../shared/domain';
import type { EngineContext } from '../context';
import { categoryKindsOf } from '../figures/month-figures';
import { newestFromBlocks } from './newest-from-blocks';
import { normalizeText } from '../../crypto/blind-index';
import {
  eachCandidate,
  newestCandidates,
  newestFirst,
  payeesMatching,
  searchSizes,
  textCandidates,
} from './text-search';

/**
 * A predicate for the filters; text matches payee names and memos after decryption,
 * case-insensitively (`normalizeText`, the blind index's own normalization).
 */
export async function matcherFor(
  ctx: EngineContext,
  filters: HistoryFilters,
  payees?: ReadonlySet<string>,
): Promise<(t: Transaction) => boolean> {
  const needle = filters.text ? normalizeText(filters.text) : undefined;
  const named = needle ? (payees ?? (await payeesMatching(ctx, needle))) : undefined;
  const kinds = filters.kinds ? new Set(filters.kinds) : undefined;
  const accounts = chosenAccounts(filters);
  return (t) =>
    (!accounts ||
      accounts.has(t.accountId) ||
      (t.toAccountId !== undefined && accounts.has(t.toAccountId))) &&
    (!filters.categoryId || hasCategory(t, filters.categoryId)) &&
    (!filters.counterpartyId || t.counterpartyId === filters.counterpartyId) &&
    (!kinds || kinds.has(t.kind)) &&
    (filters.minAmount === undefined || t.amount >= filters.minAmount) &&
    (filters.maxAmount === undefined || t.amount <= filters.maxAmount) &&
    (!filters.tag || carriesTag(t, filters.tag)) &&
    (!needle ||
      (t.memo !== undefined && normalizeText(t.memo).includes(needle)) ||
      (t.counterpartyId !== undefined && named!.has(t.counterpartyId)));
}

/**
 * The predicate, and for a text the index can serve the ids of the only rows that can
 * match (undefined: scan). Same results either way; the ids spare decrypting the rest.
 */
async function searchPlan(
  ctx: EngineContext,
  filters: HistoryFilters,
): Promise<{ matches: (t: Transaction) => boolean; candidates?: ReadonlySet<string> }> {
  if (!filters.text) return { matches: await matcherFor(ctx, filters) };
  const payees = await payeesMatching(ctx, normalizeText(filters.text));
  const [matches, candidates] = await Promise.all([
    matcherFor(ctx, filters, payees),
    textCandidates(ctx, filters.text, payees),
  ]);
  return candidates ? { matches, candidates } : { matches };
}

/**
 * One page of history, newest first, with keyset paging on (occurredAt, id): the next page
 * starts after the last row, so paging stays fast however deep it goes.
 */
export async function historyPage(
  ctx: EngineContext,
  input: z.output<typeof historyPageInput>,
): Promise<HistoryPage> {
  const filters = input.filters ?? {};
  const limit = input.limit ?? 50;
  let rows: Transaction[];
  if (!filters.text) {
    const matches = await matcherFor(ctx, filters);
    rows = await newestFromBlocks(ctx, filters, input.cursor, limit + 1, matches);
  } else {
    // A common text fills the page from the newest rows sooner than index reads could:
    // scan a short stretch first, and only then ask the blind index about the rest.
    const payees = await payeesMatching(ctx, normalizeText(filters.text));
    const matches = await matcherFor(ctx, filters, payees);
    const scanFirst = searchSizes.scanFirst;
    const head = await newestFromBlocks(ctx, filters, input.cursor, scanFirst);
    rows = head.filter(matches).slice(0, limit + 1);
    if (rows.length <= limit && head.length === scanFirst) {
      const last = head.at(-1);
      const from = last ? { occurredAt: last.occurredAt, id: last.id } : input.cursor;
      const candidates = await textCandidates(ctx, filters.text, payees);
      const more = limit + 1 - rows.length;
      rows = rows.concat(
        candidates
          ? await newestCandidates(ctx, candidates, matches, filters, from, more)
          : await newestFromBlocks(ctx, filters, from, more, matches),
      );
    }
  }
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? { occurredAt: last.occurredAt, id: last.id } : null,
  };
}

/**
 * The figures of the whole filtered set (`src/shared/month-figures.ts`): spending, income,
 * net and money to people per currency, each transaction counted by `transactionEffects` —
 * so with no filter but a month, the same as every screen's for that month. Moves between
 * own accounts count as neither, whichever accounts are chosen. A filter on a category or
 * a tag counts only the split lines it names. History's totals and a statement's summary.
 */
export async function historyTotals(
  ctx: EngineContext,
  input: z.output<typeof historyTotalsInput>,
): Promise<HistoryTotals> {
  const filters = input.filters ?? {};
  const [plan, kindOf] = await Promise.all([searchPlan(ctx, filters), categoryKindsOf(ctx)]);
  const linesFiltered = lineFilter(filters);
  const tally = new FigureTally();
  let count = 0;
  await eachPlanned(ctx, plan, filters, (t) => {
    count += 1;
    tally.addEach(
      t.currency,
      transactionEffects(t, kindOf, (line) => linesFiltered(t, line)),
    );
  });
  return { count, byCurrency: tally.totals() };
}

/**
 * Whether a line of `t` counts under the filters: every line, unless they name a category
 * (its lines in that category) or a tag the transaction itself does not carry (the lines
 * that do).
 */
export function lineFilter(filters: HistoryFilters) {
  return (t: Pick<Transaction, 'tags'>, line: SplitLine): boolean =>
    (!filters.categoryId || line.categoryId === filters.categoryId) &&
    (!filters.tag ||
      (t.tags?.includes(filters.tag) ?? false) ||
      (line.tags?.includes(filters.tag) ?? false));
}

/** Visits every transaction a search plan chooses, newest first. */
async function eachPlanned(
  ctx: EngineContext,
  { matches, candidates }: Awaited<ReturnType<typeof searchPlan>>,
  filters: HistoryFilters,
  visit: (t: Transaction) => void,
): Promise<void> {
  if (candidates) await eachCandidate(ctx, candidates, matches, filters, visit);
  else await newestFirst(ctx, filters).filter(matches).each(visit);
}

/**
 * Calls `visit` with every transaction the filters choose, newest first: History's totals,
 * the set a bulk edit of "everything filtered" changes, and spending by tag.
 */
export async function eachMatching(
  ctx: EngineContext,
  filters: HistoryFilters,
  visit: (t: Transaction) => void,
): Promise<void> {
  await eachPlanned(ctx, await searchPlan(ctx, filters), filters, visit);
}
