import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../shared/budgets';

/** Spent against available: a warning from 80%, an error over 100%. */
export function BudgetProgress({
  line,
  label,
}: {
  readonly line: BudgetLine;
  readonly label: string;
}) {
  const { t } = useTranslation();
  if (line.percent === null) {
    // A zero budget says so under the name already.
    if (line.budget === 0) return null;
    return <span className="purse-budget-note">{t('budgets.nothingAvailable')}</span>;
  }
  const percent = line.percent;
  const status = percent > 100 ? 'exception' : 'normal';
  const className =
    percent > 100
      ? 'purse-budget-progress--over'
      : percent >= 80
        ? 'purse-budget-progress--warn'
        : '';
  return (
    <Progress
      className={className}
      percent={Math.min(percent, 100)}
      status={status}
      size="small"
      format={() => `${percent}%`}
      aria-label={t('budgets.progressFor', { category: label, percent })}
    />
  );
}
