import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { DashboardSummary } from '../../../shared/domain';
import { formatMonthKey } from '../../components/date-time';
import { SummaryCard, SummaryMoneyLines } from '../../components/summary-card';
import { useFormattingLocale } from '../../i18n/use-locale';

/** Net worth per currency, and this month's spending and income. */
export function SummaryCards({
  summary,
  fallbackCurrency,
}: {
  readonly summary: DashboardSummary;
  readonly fallbackCurrency: CurrencyCode;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const month = formatMonthKey(summary.month, locale);
  return (
    <div className="purse-summary">
      <SummaryCard label={t('home.netWorth')}>
        <SummaryMoneyLines lines={summary.netWorth} fallbackCurrency={fallbackCurrency} />
      </SummaryCard>
      <SummaryCard label={t('home.monthSpending', { month })}>
        <SummaryMoneyLines lines={summary.monthSpending} fallbackCurrency={fallbackCurrency} />
      </SummaryCard>
      <SummaryCard label={t('home.monthIncome', { month })}>
        <SummaryMoneyLines
          lines={summary.monthIncome}
          fallbackCurrency={fallbackCurrency}
          tone="positive"
        />
      </SummaryCard>
    </div>
  );
}
