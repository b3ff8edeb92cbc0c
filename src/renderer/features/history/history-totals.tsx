import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryTotals } from '../../../shared/history';
import { FigureTotalsLine } from './figure-totals-line';

/**
 * Count, income, spending and net of the whole filtered set (not just what is loaded), by
 * the one definition of the figures: moves between own accounts are neither, refunds lower
 * spending, and what went to people is spending (said apart when there is some).
 */
export function HistoryTotalsBar({ totals }: { readonly totals: HistoryTotals | undefined }) {
  const { t } = useTranslation();
  if (!totals) return <Skeleton.Input active size="small" className="purse-history-totals" />;
  return (
    <dl className="purse-history-totals" aria-live="polite">
      <div>
        <dt>{t('history.totals.count')}</dt>
        <dd className="purse-history-totals__num">{totals.count}</dd>
      </div>
      {totals.byCurrency.map((line) => (
        <FigureTotalsLine key={line.currency} line={line} />
      ))}
    </dl>
  );
}
