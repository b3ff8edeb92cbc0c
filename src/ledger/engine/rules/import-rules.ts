import type { Category, SplitLine } from '../../../shared/domain';
import type { ImportRow } from '../../../shared/imports';
import { applyRules, categorisedBy, type Rule } from '../../../shared/rules';

/** What the rules make of one imported row before it is planned. */
export interface RuledRow {
  /** The row with the payee and memo the rules set. */
  readonly row: ImportRow;
  /** The category they chose, when it is of the row's kind and the person chose none. */
  readonly categoryId?: string;
  readonly splits?: SplitLine[];
  readonly tags?: readonly string[];
  readonly ruleNames: readonly string[];
}

/**
 * The rules as an import runs them (source `import`): on each row that is not a refund, after
 * the file is read and before its payee, category and split are chosen. A category the
 * person chose in the preview wins over a rule's; a rule's wins over the payee's history
 * and the file's own category.
 */
export class ImportRules {
  private readonly kindOf: ReadonlyMap<string, Category['kind']>;
  private readonly names: ReadonlyMap<string, string>;

  constructor(
    private readonly rules: readonly Rule[],
    categories: readonly Category[],
    private readonly accountId: string,
  ) {
    this.kindOf = new Map(categories.filter((c) => !c.archived).map((c) => [c.id, c.kind]));
    this.names = new Map(rules.map((rule) => [rule.id, rule.name]));
  }

  on(row: ImportRow): RuledRow {
    if (!this.rules.length || row.refund) return { row, ruleNames: [] };
    const kind = row.amount < 0 ? 'expense' : 'income';
    const effect = applyRules(this.rules, {
      kind,
      amount: Math.abs(row.amount),
      accountId: this.accountId,
      ...(row.counterparty ? { payee: row.counterparty } : {}),
      ...(row.memo ? { memo: row.memo } : {}),
      source: 'import',
    });
    if (!effect.ruleIds.length) return { row, ruleNames: [] };
    const { categoryId, splits } = categorisedBy(effect, kind, Math.abs(row.amount), (id) =>
      this.kindOf.get(id),
    );
    return {
      row: {
        ...row,
        ...(effect.payee ? { counterparty: effect.payee } : {}),
        ...(effect.memo ? { memo: effect.memo } : {}),
      },
      ...(categoryId ? { categoryId } : {}),
      ...(splits ? { splits } : {}),
      ...(effect.tags ? { tags: effect.tags } : {}),
      ruleNames: effect.ruleIds.map((id) => this.names.get(id) ?? id),
    };
  }
}
