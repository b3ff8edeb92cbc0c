import { describe, expect, it } from 'vitest';
import type { CategoryKind, Transaction } from '../../../src/shared/domain';
import type { CurrencyCode } from '../../../src/shared/currencies';
import {
  currenciesWithMoney,
  figuresCurrency,
  type CurrencyMoney,
} from '../../../src/shared/figures-currency';
import {
  FigureTally,
  TO_PEOPLE,
  transactionEffects,
  type CategoryKindOf,
} from '../../../src/shared/month-figures';

const KINDS: Record<string, CategoryKind> = { food: 'expense', rent: 'expense', salary: 'income' };
const kindOf: CategoryKindOf = (id) => KINDS[id];

type Txn = Pick<Transaction, 'kind' | 'amount' | 'categoryId' | 'currency'>;

function tally(transactions: readonly Txn[]): FigureTally {
  const figures = new FigureTally();
  for (const t of transactions) figures.addEach(t.currency, transactionEffects(t, kindOf));
  return figures;
}

describe('the one definition of the figures', () => {
  it('counts payments and expenses as spending on their category, and income on its own', () => {
    const { spending, income, net, spendingByLine, incomeByCategory } = tally([
      { kind: 'payment', amount: 4_550, categoryId: 'food', currency: 'CNY' },
      { kind: 'expense', amount: 300_000, categoryId: 'rent', currency: 'CNY' },
      { kind: 'income', amount: 1_250_000, categoryId: 'salary', currency: 'CNY' },
    ]).figures('CNY');
    expect({ spending, income, net }).toEqual({
      spending: 304_550,
      income: 1_250_000,
      net: 945_450,
    });
    expect(spendingByLine).toEqual([
      { categoryId: 'rent', amount: 300_000 },
      { categoryId: 'food', amount: 4_550 },
    ]);
    expect(incomeByCategory).toEqual([{ categoryId: 'salary', amount: 1_250_000 }]);
  });

  it('counts a refund against its category in the month it happened, not as income', () => {
    // The payment was last month: this month holds only its refund.
    const figures = tally([
      { kind: 'refund', amount: 8_900, categoryId: 'food', currency: 'CNY' },
      { kind: 'payment', amount: 20_000, categoryId: 'rent', currency: 'CNY' },
    ]).figures('CNY');
    expect(figures.income).toBe(0);
    expect(figures.spending).toBe(20_000 - 8_900);
    expect(figures.spendingByLine).toEqual([
      { categoryId: 'rent', amount: 20_000 },
      { categoryId: 'food', amount: -8_900 },
    ]);
  });

  it('counts a transfer to a person as spending, on a To people line of its own', () => {
    const figures = tally([
      { kind: 'payment', amount: 45_350, categoryId: 'food', currency: 'CNY' },
      { kind: 'p2p', amount: 10_000, currency: 'CNY' },
    ]).figures('CNY');
    expect(figures).toMatchObject({ spending: 55_350, toPeople: 10_000, net: -55_350 });
    expect(figures.spendingByLine).toContainEqual({ categoryId: TO_PEOPLE, amount: 10_000 });
  });

  it('counts each line of a split on its own category, and only the lines a filter keeps', () => {
    const split = {
      kind: 'expense' as const,
      amount: 10_000,
      currency: 'CNY' as const,
      splits: [
        { categoryId: 'food', amount: 6_000 },
        { categoryId: 'rent', amount: 4_000 },
      ],
    };
    const figures = tally([split]).figures('CNY');
    expect(figures.spending).toBe(10_000);
    expect(figures.spendingByLine).toEqual([
      { categoryId: 'food', amount: 6_000 },
      { categoryId: 'rent', amount: 4_000 },
    ]);
    const rentOnly = transactionEffects(split, kindOf, (line) => line.categoryId === 'rent');
    expect(rentOnly).toEqual([{ figure: 'spending', line: 'rent', amount: 4_000 }]);
  });

  it('counts moves between own accounts and opening balances as neither', () => {
    for (const kind of ['transfer', 'topup', 'withdrawal', 'opening'] as const)
      expect(transactionEffects({ kind, amount: 5_000 }, kindOf)).toEqual([]);
    const figures = tally([{ kind: 'topup', amount: 5_000, currency: 'CNY' }]);
    expect(figures.totals()).toEqual([
      { currency: 'CNY', spending: 0, income: 0, net: 0, toPeople: 0 },
    ]);
  });

  it('keeps each currency apart, and says nothing of a currency it never saw', () => {
    const figures = tally([
      { kind: 'expense', amount: 1_200, categoryId: 'food', currency: 'GBP' },
      { kind: 'expense', amount: 3_000, categoryId: 'food', currency: 'CNY' },
    ]);
    expect(figures.figures('GBP').spending).toBe(1_200);
    expect(figures.figures('USD')).toMatchObject({ spending: 0, income: 0, spendingByLine: [] });
    expect(figures.currencies()).toEqual(['CNY', 'GBP']);
  });

  it('adds a month to a period as if its transactions were added one by one', () => {
    const months = [
      [{ kind: 'payment', amount: 900, categoryId: 'food', currency: 'CNY' }],
      [
        { kind: 'refund', amount: 900, categoryId: 'food', currency: 'CNY' },
        { kind: 'p2p', amount: 2_000, currency: 'CNY' },
      ],
    ] as const;
    const period = new FigureTally();
    for (const month of months) period.addAll(tally(month));
    expect(period.figures('CNY')).toEqual(tally(months.flat()).figures('CNY'));
    // The food line comes to nothing over the period and is left out.
    expect(period.figures('CNY').spendingByLine).toEqual([
      { categoryId: TO_PEOPLE, amount: 2_000 },
    ]);
  });
});

describe('the currency the figures are shown in', () => {
  const money = (currency: CurrencyCode, activity: number, balance = 0): CurrencyMoney => ({
    currency,
    activity,
    balance,
  });

  it('is the default currency when it has any money in the period', () => {
    expect(figuresCurrency([money('GBP', 90_000), money('CNY', 100)], 'CNY')).toBe('CNY');
  });

  it('is the busiest currency when the default has none in the period', () => {
    expect(figuresCurrency([money('GBP', 90_000), money('USD', 100)], 'CNY')).toBe('GBP');
    expect(figuresCurrency([money('CNY', 0, 500), money('USD', 100)], 'CNY')).toBe('USD');
  });

  it('is the default currency in a period with no spending or income in any currency', () => {
    expect(figuresCurrency([money('GBP', 0, 99), money('CNY', 0, 0)], 'CNY')).toBe('CNY');
    expect(figuresCurrency([money('GBP', 0, 99)], 'USD')).toBe('USD');
    expect(figuresCurrency([], 'CNY')).toBe('CNY');
  });

  it('is picked from the currencies that have money, busiest first', () => {
    expect(
      currenciesWithMoney([
        money('USD', 0, 0),
        money('CNY', 5),
        money('GBP', 50),
        money('JPY', 0, 3),
      ]),
    ).toEqual(['GBP', 'CNY', 'JPY']);
  });
});
