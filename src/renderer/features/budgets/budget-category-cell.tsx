import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../shared/budgets';
import { BudgetProgress } from './budget-progress';

/** A budget line's category, how much of it is spent, and what is odd about it. */
export function BudgetCategoryCell({
  line,
  name,
}: {
  readonly line: BudgetLine;
  readonly name: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="purse-budget-category">
      <span className="purse-budget-category__name">{name}</span>
      <div className="purse-budget-category__progress">
        <BudgetProgress line={line} label={name} />
      </div>
      {!line.categoryActive ? (
        <div className="purse-budget-note">{t('budgets.categoryDeleted')}</div>
      ) : null}
      {line.budget === 0 ? (
        <div className="purse-budget-note">{t('budgets.zeroBudget')}</div>
      ) : null}
    </div>
  );
}
