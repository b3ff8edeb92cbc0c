import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { DashboardSummary, NetWorthLine } from '../../../shared/domain';
import { formatMonthKey } from '../../components/date-time';
import { Money } from '../../components/money';
import { useFormattingLocale } from '../../i18n/use-locale';

function Lines({
  lines,
  fallbackCurrency,
  tone,
}: {
  readonly lines: readonly NetWorthLine[];
  readonly fallbackCurrency: CurrencyCode;
  readonly tone?: 'positive';
}) {
  const shown = lines.length > 0 ? lines : [{ currency: fallbackCurrency, minor: 0 }];
  return (
    <ul className="purse-summary-lines">
      {shown.map((line) => (
        <li key={line.currency}>
          <Money minor={line.minor} currency={line.currency} strong tone={tone ?? 'default'} />
        </li>
      ))}
    </ul>
  );
}

function SummaryCard({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <Card className="purse-summary-card" size="small">
      <section aria-label={label}>
        <div className="purse-summary-card__label">{label}</div>
        {children}
      </section>
    </Card>
  );
}

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
        <Lines lines={summary.netWorth} fallbackCurrency={fallbackCurrency} />
      </SummaryCard>
      <SummaryCard label={t('home.monthSpending', { month })}>
        <Lines lines={summary.monthSpending} fallbackCurrency={fallbackCurrency} />
      </SummaryCard>
      <SummaryCard label={t('home.monthIncome', { month })}>
        <Lines lines={summary.monthIncome} fallbackCurrency={fallbackCurrency} tone="positive" />
      </SummaryCard>
    </div>
  );
}
