import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TagFigures } from '../../../shared/corrections';
import type { CurrencyCode } from '../../../shared/currencies';
import { usePurseQuery } from '../../api/use-purse-query';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { TitledTable } from '../../components/titled-table';
import { historyHref, type MonthSpan } from './history-link';

/**
 * Spending and income per tag over the period, in the report's currency, counted as History
 * counts its totals: a tag's row opens History filtered to that tag and period, whose totals
 * say the same.
 */
export function TagSpending({
  span,
  currency,
}: {
  readonly span: MonthSpan;
  readonly currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  const tags = usePurseQuery('analytics.tags', span);
  const rows = (tags.data ?? []).flatMap((figures: TagFigures) => {
    const line = figures.byCurrency.find((c) => c.currency === currency);
    return line ? [{ tag: figures.tag, count: figures.count, ...line }] : [];
  });
  return (
    <Card className="purse-card">
      <TitledTable
        title={t('analytics.tags.title')}
        titleClassName="purse-card-title"
        rowKey="tag"
        rows={rows}
        pageSize={10}
        columns={[
          {
            key: 'tag',
            title: t('analytics.tags.tag'),
            render: (_value, row) => (
              <a
                href={historyHref(span, { tag: row.tag })}
                aria-label={t('analytics.tags.open', { tag: row.tag })}
              >
                #{row.tag}
              </a>
            ),
          },
          rightColumn(
            'count',
            t('analytics.tags.count'),
            (row: (typeof rows)[number]) => row.count,
          ),
          rightColumn('spending', t('analytics.tags.spending'), (row: (typeof rows)[number]) => (
            <Money minor={row.spending} currency={currency} />
          )),
          rightColumn('income', t('analytics.tags.income'), (row: (typeof rows)[number]) => (
            <Money minor={row.income} currency={currency} />
          )),
        ]}
      >
        {tags.data && rows.length === 0 ? (
          <p className="purse-analytics-note">{t('analytics.tags.empty')}</p>
        ) : null}
      </TitledTable>
    </Card>
  );
}
