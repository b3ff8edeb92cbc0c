import { Alert } from 'antd';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import type { AccountForecast } from '../../../shared/forecast';
import { usePurseQuery } from '../../api/use-purse-query';
import { ChartCard } from '../../charts/chart-card';
import { basePlugins, moneyScales } from '../../charts/chart-options';
import '../../charts/register';
import { useChartTheme } from '../../charts/use-chart-theme';
import { useAxisMoneyFormat, useMoneyFormat } from '../../charts/use-money-format';
import { Money } from '../../components/money';
import { useUtcDateFormat } from '../../i18n/use-locale';

const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

/**
 * The accounts in `currency` over the next 90 days, from their schedules (bills, salary, rent,
 * transfers) and the average of irregular money, starting from today's balance, with each
 * one's lowest point marked and a warning for one expected below zero.
 */
export function ForecastChart({ currency }: { readonly currency: CurrencyCode }) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const format = useMoneyFormat(currency);
  const axisFormat = useAxisMoneyFormat(currency);
  const dayFormat = useUtcDateFormat(DAY);
  const dayLabel = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));
  const forecast = usePurseQuery('forecast.accounts', { timeZone: systemTimeZone() });
  const accounts = usePurseQuery('accounts.list', {});
  const name = (id: string) => accounts.data?.find((a) => a.id === id)?.name ?? '';
  const shown: AccountForecast[] = (forecast.data?.accounts ?? []).filter(
    (account) => account.currency === currency,
  );
  if (!forecast.data || shown.length === 0) return null;
  const labels = shown[0]!.points.map((point, day) =>
    day === 0 ? t('forecast.today') : dayLabel(point.date),
  );
  const warnings = shown.filter((account) => account.belowZeroOn);
  const scales = moneyScales(theme, axisFormat);
  return (
    <ChartCard
      testId="chart-forecast"
      title={t('forecast.title', { days: forecast.data.days })}
      summary={t('forecast.summary', { days: forecast.data.days })}
      columns={[
        { key: 'account', title: t('forecast.account') },
        { key: 'today', title: t('forecast.today'), numeric: true },
        { key: 'lowest', title: t('forecast.lowest'), numeric: true },
        { key: 'end', title: t('forecast.end', { days: forecast.data.days }), numeric: true },
      ]}
      rows={shown.map((account) => ({
        key: account.accountId,
        cells: [
          name(account.accountId),
          <Money key="today" minor={account.points[0]!.balance} currency={currency} />,
          <span key="lowest">
            <Money minor={account.lowest.balance} currency={currency} />{' '}
            {t('forecast.on', { date: dayLabel(account.lowest.date) })}
          </span>,
          <Money key="end" minor={account.points.at(-1)!.balance} currency={currency} />,
        ],
      }))}
    >
      {(a11y) => (
        <div className="purse-forecast">
          {warnings.map((account) => (
            <Alert
              key={account.accountId}
              type="warning"
              showIcon
              title={t('forecast.belowZero', {
                account: name(account.accountId),
                date: dayLabel(account.belowZeroOn!),
              })}
            />
          ))}
          <div className="purse-forecast__chart">
            <Line
              {...a11y}
              data={{
                labels,
                datasets: shown.map((account, index) => ({
                  label: name(account.accountId),
                  data: account.points.map((point) => point.balance),
                  borderColor: theme.palette[index % theme.palette.length],
                  backgroundColor: theme.palette[index % theme.palette.length],
                  // The lowest point is marked; the rest is a line.
                  pointRadius: account.points.map((point) =>
                    point.date === account.lowest.date ? 4 : 0,
                  ),
                  tension: 0.2,
                })),
              }}
              options={{
                maintainAspectRatio: false,
                plugins: basePlugins(theme, format),
                scales: { ...scales, y: { ...scales.y, beginAtZero: false } },
              }}
            />
          </div>
        </div>
      )}
    </ChartCard>
  );
}
