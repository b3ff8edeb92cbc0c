import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { HistoryTotals } from '../../../shared/history';
import { Money } from '../../components/money';

/** Count, money in and money out of the whole filtered set (not just what is loaded). */
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
        <div key={line.currency} className="purse-history-totals__currency">
          <div>
            <dt>{t('history.totals.in', { currency: line.currency })}</dt>
            <dd>
              <Money minor={line.inflow} currency={line.currency as CurrencyCode} tone="positive" />
            </dd>
          </div>
          <div>
            <dt>{t('history.totals.out', { currency: line.currency })}</dt>
            <dd>
              <Money minor={line.outflow} currency={line.currency as CurrencyCode} />
            </dd>
          </div>
          <div>
            <dt>{t('history.totals.net', { currency: line.currency })}</dt>
            <dd>
              <Money
                minor={line.inflow - line.outflow}
                currency={line.currency as CurrencyCode}
                signDisplay="exceptZero"
                strong
              />
            </dd>
          </div>
        </div>
      ))}
    </dl>
  );
}
