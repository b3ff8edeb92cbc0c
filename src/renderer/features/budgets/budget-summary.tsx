import { useTranslation } from 'react-i18next';
import type { BudgetMonth } from '../../../shared/budgets';
import type { CurrencyCode } from '../../../shared/currencies';
import { MoneyTiles } from '../../components/money-tiles';

/** The month's totals: budgeted, spent, income and bills still to pay. */
export function BudgetSummary({
  month,
  currency,
}: {
  readonly month: BudgetMonth;
  readonly currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  return (
    <MoneyTiles
      label={t('budgets.summary')}
      currency={currency}
      tiles={[
        { key: 'budget', label: t('budgets.totalBudget'), minor: month.totalBudget },
        { key: 'spent', label: t('budgets.totalSpent'), minor: month.totalSpent },
        { key: 'income', label: t('budgets.income'), minor: month.income },
        { key: 'bills', label: t('budgets.totalPlannedBills'), minor: month.totalPlannedBills },
      ]}
    />
  );
}
