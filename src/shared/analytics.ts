import { z } from 'zod';
import type { CurrencyCode } from './currencies';
import { currencySchema, idSchema, monthKeySchema } from './schemas';

export interface CategoryAmount {
  readonly categoryId: string;
  readonly amount: number;
}

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

/** Everything the analytics screen draws for one period, computed from the aggregates only. */
export interface AnalyticsReport {
  readonly from: string;
  readonly to: string;
  readonly currency: CurrencyCode;
  readonly spendingByCategory: readonly CategoryAmount[];
  readonly incomeByCategory: readonly CategoryAmount[];
  readonly months: readonly MonthFlow[];
  readonly netWorth: readonly MonthValue[];
  readonly topMerchants: readonly CounterpartyAmount[];
  readonly budgetVsActual: readonly BudgetVsActual[];
  readonly totals: { readonly income: number; readonly expense: number; readonly net: number };
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
