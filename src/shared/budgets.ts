import { z } from 'zod';
import type { CurrencyCode } from './currencies';
import { currencySchema, idSchema, minorSchema, monthKeySchema, timeZoneSchema } from './schemas';

export const ROLLOVERS = ['none', 'surplus', 'overspend'] as const;
export type Rollover = (typeof ROLLOVERS)[number];

export interface Budget {
  readonly id: string;
  readonly categoryId: string;
  readonly month: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  /** What moves into next month: nothing, what was left over, or what was overspent. */
  readonly rollover: Rollover;
  readonly updatedAt: number;
}

export interface BudgetLine {
  readonly categoryId: string;
  /** False when the category was deleted (archived) after the budget was set. */
  readonly categoryActive: boolean;
  readonly budget: number;
  readonly carried: number;
  readonly available: number;
  readonly spent: number;
  /** Unpaid bills due this month in this category: planned spending. */
  readonly plannedBills: number;
  readonly remaining: number;
  /** Spent as a share of what is available, in whole percent (null when nothing is available). */
  readonly percent: number | null;
  readonly rollover: Rollover;
}

export interface BudgetMonth {
  readonly month: string;
  readonly currency: CurrencyCode;
  readonly lines: readonly BudgetLine[];
  readonly income: number;
  readonly totalBudget: number;
  readonly totalSpent: number;
  readonly totalPlannedBills: number;
}

export interface BudgetAlert {
  readonly categoryId: string;
  readonly month: string;
  readonly threshold: 80 | 100;
  readonly spent: number;
  readonly available: number;
  readonly currency: CurrencyCode;
}

const negativeRefused = minorSchema.refine((n) => n >= 0, 'A budget cannot be negative');

export const budgetsSetInput = z.strictObject({
  categoryId: idSchema,
  month: monthKeySchema,
  amount: negativeRefused,
  currency: currencySchema.optional(),
  rollover: z.enum(ROLLOVERS).optional(),
});
export const budgetsMonthInput = z.strictObject({
  month: monthKeySchema,
  currency: currencySchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export const budgetsCopyInput = z.strictObject({
  month: monthKeySchema,
  currency: currencySchema.optional(),
});
export const budgetsRemoveInput = z.strictObject({ categoryId: idSchema, month: monthKeySchema });
export const budgetsCheckInput = z.strictObject({
  month: monthKeySchema,
  currency: currencySchema,
});
