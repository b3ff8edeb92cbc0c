import type { Category, Counterparty, SplitLine } from '../../../shared/domain';
import { splitTotal } from '../../../shared/splits';
import { PurseError } from '../../../shared/errors';
import type { ImportRow } from '../../../shared/imports';
import { CATEGORY_HINTS } from '../../../shared/import/profiles';
import type { EngineContext } from '../context';
import { counterpartyRange } from '../counterparty-transactions';

/** A payee's or source category's name as compared: NFKC, lower case, single spaces. */
export function nameKey(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Chooses categories: the person's choice in the preview first, then the payee's own
 * history, then the source's category names.
 */
export class Categoriser {
  private readonly byPayee = new Map<string, string>();
  private readonly byBuiltin = new Map<string, Category>();
  private readonly byName = new Map<string, Category>();
  private readonly byId: ReadonlyMap<string, Category>;

  constructor(
    private readonly ctx: EngineContext,
    categories: readonly Category[],
  ) {
    this.byId = new Map(categories.filter((c) => !c.archived).map((c) => [c.id, c]));
    for (const category of categories) {
      if (category.archived) continue;
      if (category.builtin) this.byBuiltin.set(category.builtin, category);
      for (const name of [category.name.en, category.name.zh]) {
        this.byName.set(`${category.kind}|${nameKey(name)}`, category);
      }
    }
  }

  /**
   * Reads the history of the payees already in the ledger in one query, before the rows are
   * planned: the planning loop then awaits nothing, so a long file stays inside its
   * IndexedDB transaction (Dexie loses the transaction after many native awaits).
   */
  async loadHistory(counterpartyIds: readonly string[]): Promise<void> {
    if (counterpartyIds.length === 0) return;
    const past = await this.ctx.db.transactions
      .where('[counterpartyId+occurredAt]')
      .inAnyRange(counterpartyIds.map(counterpartyRange))
      .toArray();
    past.sort((a, b) => b.occurredAt - a.occurredAt);
    for (const txn of past) {
      if (!txn.counterpartyId || !txn.categoryId) continue;
      const category = this.byId.get(txn.categoryId);
      if (!category) continue;
      const key = `${txn.counterpartyId}|${category.kind}`;
      if (!this.byPayee.has(key)) this.byPayee.set(key, category.id);
    }
  }

  forRow(
    row: ImportRow,
    counterparty: Counterparty | undefined,
    kind: 'expense' | 'income',
  ): string {
    if (row.categoryId) return this.chosen(row, kind);
    if (counterparty) {
      const key = `${counterparty.id}|${kind}`;
      const known = this.byPayee.get(key);
      if (known) return known;
      const chosen = this.fromSource(row.category, kind);
      // Later rows of the same new payee follow the first one's category.
      this.byPayee.set(key, chosen);
      return chosen;
    }
    return this.fromSource(row.category, kind);
  }

  /**
   * The source's split of a row as split lines on the ledger's categories (each line's
   * category name matched as a new payee's is), or undefined when it cannot be kept: fewer
   * than two lines, a line against the row's direction, or lines that miss its amount.
   */
  splitOf(row: ImportRow, kind: 'expense' | 'income'): SplitLine[] | undefined {
    const lines = row.splits;
    if (!lines || lines.length < 2) return undefined;
    if (lines.some((line) => Math.sign(line.amount) !== Math.sign(row.amount))) return undefined;
    if (
      splitTotal(lines.map((line) => ({ amount: Math.abs(line.amount) }))) !== Math.abs(row.amount)
    )
      return undefined;
    return lines.map((line) => ({
      categoryId: this.fromSource(line.category, kind),
      amount: Math.abs(line.amount),
      ...(line.memo ? { memo: line.memo } : {}),
    }));
  }

  private chosen(row: ImportRow, kind: 'expense' | 'income'): string {
    const category = this.byId.get(row.categoryId!);
    if (!category || category.kind !== kind) {
      throw new PurseError(
        'VALIDATION',
        `Line ${row.line}: the category chosen is not an open ${kind} category.`,
        { reason: 'category', line: row.line },
      );
    }
    return category.id;
  }

  private fromSource(source: string | undefined, kind: 'expense' | 'income'): string {
    const text = nameKey(source);
    const named = text ? this.byName.get(`${kind}|${text}`) : undefined;
    if (named) return named.id;
    const hint = CATEGORY_HINTS[text]?.[kind] ?? CATEGORY_HINTS[source ?? '']?.[kind];
    const hinted = hint ? this.byBuiltin.get(hint) : undefined;
    if (hinted) return hinted.id;
    const fallback = this.byBuiltin.get(kind === 'expense' ? 'other-expense' : 'other-income');
    if (fallback) return fallback.id;
    const any = [...this.byName.values()].find((c) => c.kind === kind);
    if (!any) throw new PurseError('NOT_FOUND', `There is no ${kind} category to import into.`);
    return any.id;
  }
}
