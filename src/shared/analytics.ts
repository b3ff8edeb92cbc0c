import { z } from 'zod';
import type { CurrencyCode } from './currencies';
import type { CategoryAmount } from './month-figures';
import { currencySchema, idSchema, monthKeySchema } from './schemas';

export type { CategoryAmount } from './month-figures';

/** A month's figures (see `src/shared/month-figures.ts`): `expense` is its spending. */
export interface MonthFlow {
  readonly month: string;
  readonly income: number;
  readonly expense: number;
  readonly net: number;
}

export interface MonthValue {
  readonly month: string;
  readonly value: number;
}

export interface CounterpartyAmount {
  readonly counterpartyId: string;
  readonly amount: number;
  readonly count: number;
}

export interface BudgetVsActual {
  readonly month: string;
  readonly budget: number;
  readonly actual: number;
}

/**
 * Everything the analytics screen draws for one period, computed from the aggregates only;
 * its figures are those of `src/shared/month-figures.ts`.
 */
export interface AnalyticsReport {
  readonly from: string;
  readonly to: string;
  /** The currency asked for, else the one with money in the period (`figuresCurrency`). */
  readonly currency: CurrencyCode;
  /** The currencies with spending or income in the period or a balance, busiest first. */
  readonly currencies: readonly CurrencyCode[];
  /** Spending per expense category and the money sent to people (`TO_PEOPLE`). */
  readonly spendingByCategory: readonly CategoryAmount[];
  readonly incomeByCategory: readonly CategoryAmount[];
  readonly months: readonly MonthFlow[];
  readonly netWorth: readonly MonthValue[];
  readonly topMerchants: readonly CounterpartyAmount[];
  readonly budgetVsActual: readonly BudgetVsActual[];
  /** `expense` is the spending, of which `toPeople` went to people. */
  readonly totals: {
    readonly income: number;
    readonly expense: number;
    readonly net: number;
    readonly toPeople: number;
  };
}

export const analyticsReportInput = z
  .strictObject({ from: monthKeySchema, to: monthKeySchema, currency: currencySchema.optional() })
  .refine((input) => input.from <= input.to, {
    message: 'The period must start before it ends',
    path: ['to'],
  });

export const analyticsTransactionsInput = z
  .strictObject({
    from: monthKeySchema,
    to: monthKeySchema,
    categoryId: idSchema.optional(),
    counterpartyId: idSchema.optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .refine((input) => input.from <= input.to, {
    message: 'The period must start before it ends',
    path: ['to'],
  });

export interface CategoryChange {
  /** A category's id, or `TO_PEOPLE`. */
  readonly categoryId: string;
  readonly thisMonth: number;
  readonly lastMonth: number;
  readonly average3: number;
  /** This month against the 3-month average, in whole percent (null without history). */
  readonly changePercent: number | null;
}

export interface MonthlyReport {
  readonly month: string;
  readonly currency: CurrencyCode;
  readonly income: number;
  readonly expense: number;
  readonly net: number;
  readonly changes: readonly CategoryChange[];
  readonly budgetsMissed: readonly {
    readonly categoryId: string;
    readonly available: number;
    readonly spent: number;
  }[];
  readonly unusual: readonly {
    readonly txnId: string;
    readonly amount: number;
    readonly reason: string;
  }[];
}

export const reportsMonthlyInput = z.strictObject({
  month: monthKeySchema,
  currency: currencySchema.optional(),
});
