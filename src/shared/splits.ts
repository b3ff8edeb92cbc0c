import type { SplitLine, Transaction, TransactionKind } from './domain';
import { addMinor } from './money';

/** Kinds a transaction may be split across categories: what the person records or imports. */
export const SPLITTABLE_KINDS: ReadonlySet<TransactionKind> = new Set(['income', 'expense']);

/** What the lines add up to. */
export function splitTotal(lines: readonly Pick<SplitLine, 'amount'>[]): number {
  return lines.reduce((sum, line) => addMinor(sum, line.amount), 0);
}

/** What is left to split: the amount less the lines so far (negative: the lines are over). */
export function splitRemainder(
  amount: number,
  lines: readonly Pick<SplitLine, 'amount'>[],
): number {
  return addMinor(amount, -splitTotal(lines));
}

/**
 * The category lines of a transaction: its split lines, or its one category for the whole
 * amount (none for a kind without a category). Every per-category figure reads them here.
 */
export function categoryLinesOf(
  txn: Pick<Transaction, 'amount' | 'categoryId' | 'splits'>,
): readonly SplitLine[] {
  if (txn.splits?.length) return txn.splits;
  return txn.categoryId ? [{ categoryId: txn.categoryId, amount: txn.amount }] : [];
}

/** Whether a transaction or any of its split lines carries `tag`. */
export function carriesTag(txn: Pick<Transaction, 'tags' | 'splits'>, tag: string): boolean {
  return (
    (txn.tags?.includes(tag) ?? false) ||
    (txn.splits?.some((line) => line.tags?.includes(tag)) ?? false)
  );
}

/** Whether a transaction's category, or one of its split lines', is `categoryId`. */
export function hasCategory(
  txn: Pick<Transaction, 'categoryId' | 'splits'>,
  categoryId: string,
): boolean {
  return (
    txn.categoryId === categoryId ||
    (txn.splits?.some((line) => line.categoryId === categoryId) ?? false)
  );
}

/** Every tag a transaction carries: its own and its split lines', each once. */
export function tagsOf(txn: Pick<Transaction, 'tags' | 'splits'>): string[] {
  return [
    ...new Set([...(txn.tags ?? []), ...(txn.splits ?? []).flatMap((line) => line.tags ?? [])]),
  ];
}
