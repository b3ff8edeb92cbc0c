import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TagFigures } from '../../../shared/corrections';
import type { CurrencyCode } from '../../../shared/currencies';
import type { FigureTotals } from '../../../shared/month-figures';
import { usePurseQuery } from '../../api/use-purse-query';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { TableCard } from '../../components/table-card';
import { historyHref, type MonthSpan } from './history-link';

/** One tag's line in the report's currency. */
type TagRow = FigureTotals & { readonly tag: string; readonly count: number };

function tagColumns(
  t: TFunction,
  span: MonthSpan,
  currency: CurrencyCode,
): TableColumnsType<TagRow> {
  const money = (pick: (row: TagRow) => number) => (row: TagRow) => (
    <Money minor={pick(row)} currency={currency} />
  );
  return [
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
    rightColumn('count', t('analytics.tags.count'), (row: TagRow) => row.count),
    rightColumn(
      'spending',
      t('analytics.tags.spending'),
      money((row) => row.spending),
    ),
    rightColumn(
      'income',
      t('analytics.tags.income'),
      money((row) => row.income),
    ),
  ];
}

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
  const rows: TagRow[] = (tags.data ?? []).flatMap((figures: TagFigures) => {
    const line = figures.byCurrency.find((c) => c.currency === currency);
    return line ? [{ ...line, tag: figures.tag, count: figures.count }] : [];
  });
  return (
    <TableCard<TagRow>
      title={t('analytics.tags.title')}
      emptyText={t('analytics.tags.empty')}
      rowKey="tag"
      rows={rows}
      columns={tagColumns(t, span, currency)}
    />
  );
}
