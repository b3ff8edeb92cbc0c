import { monthsBetween } from '../../../shared/dates';
import {
  categoryEffect,
  FigureTally,
  peopleEffect,
  type CategoryKindOf,
  type FigureEffect,
} from '../../../shared/month-figures';
import type { AggregateSheet } from '../../db';
import { forEachEntry, periodOf, sheetsOfSpan } from '../aggregate-sheets';
import type { EngineContext } from '../context';

/**
 * The figures (`src/shared/month-figures.ts`) of whole months, from the aggregates: each
 * month's category rows by their category's kind, and its `people` rows. The one place the
 * screens that show months get them from: Home, Analytics, Budgets and the monthly report.
 */

/** The monthly scopes the figures are made of. */
const FIGURE_SCOPES = ['category', 'people'] as const;

/** What a month's category or people row adds to the figures, from its net (debit − credit). */
function entryEffect(
  scope: (typeof FIGURE_SCOPES)[number],
  scopeId: string,
  net: number,
  kindOf: CategoryKindOf,
): FigureEffect {
  return scope === 'category' ? categoryEffect(scopeId, kindOf(scopeId), net) : peopleEffect(net);
}

/** A period's figures: each month's, and the whole period's. */
export interface PeriodFigures {
  /** Every month of the period, in order, quiet ones included. */
  readonly months: ReadonlyMap<string, FigureTally>;
  readonly total: FigureTally;
}

/** The figures of each month from `from` to `to` among month sheets (any others are skipped). */
export function figuresOfSheets(
  sheets: readonly AggregateSheet[],
  kindOf: CategoryKindOf,
  from: string,
  to: string,
): PeriodFigures {
  const months = new Map(monthsBetween(from, to).map((month) => [month, new FigureTally()]));
  for (const sheet of sheets) {
    const tally = sheet.id.startsWith('month|') ? months.get(periodOf(sheet)) : undefined;
    if (!tally) continue;
    forEachEntry(sheet, FIGURE_SCOPES, (scope, scopeId, currency, entry) =>
      tally.add(currency, entryEffect(scope, scopeId, entry[0] - entry[1], kindOf)),
    );
  }
  const total = new FigureTally();
  for (const tally of months.values()) total.addAll(tally);
  return { months, total };
}

/** The kind of each category, read once. */
export async function categoryKindsOf(ctx: EngineContext): Promise<CategoryKindOf> {
  const categories = await ctx.db.categories.toArray();
  const kinds = new Map(categories.map((category) => [category.id, category.kind]));
  return (categoryId) => kinds.get(categoryId);
}

/**
 * Reads the month sheets from `from` to `to` and (unless the caller has them) the category
 * kinds: the period's figures.
 */
export async function readFigures(
  ctx: EngineContext,
  from: string,
  to: string,
  kinds?: CategoryKindOf,
): Promise<PeriodFigures> {
  const [sheets, kindOf] = await Promise.all([
    sheetsOfSpan(ctx.db.aggregates, 'month', from, to),
    kinds ?? categoryKindsOf(ctx),
  ]);
  return figuresOfSheets(sheets, kindOf, from, to);
}
