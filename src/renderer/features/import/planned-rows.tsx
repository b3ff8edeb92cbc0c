import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TitledSection } from '../../components/titled-section';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Category } from '../../../shared/domain';
import type { ImportRow, PlannedRow } from '../../../shared/imports';
import { usePurseQuery } from '../../api/use-purse-query';
import { CategorySelect } from '../../components/category-select';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';

export interface PlannedRowsProps {
  readonly planned: readonly PlannedRow[];
  /** The rows as they will be sent: a category chosen here is on its row. */
  readonly rows: readonly ImportRow[];
  readonly currency: CurrencyCode;
  readonly onCategory: (line: number, amount: number, categoryId: string) => void;
  readonly disabled: boolean;
}

type KeyedRow = PlannedRow & { readonly key: string };

const rowKey = (line: number, amount: number) => `${line}:${amount}`;

/**
 * Every row of the file as it will be written: when, how much, to whom, and the category
 * it will get (the payee's history, the source's category, a default), which the person
 * can change here; rows already in Purse are listed as such.
 */
export function PlannedRows(props: PlannedRowsProps) {
  const { planned, rows, currency, onCategory, disabled } = props;
  const { t } = useTranslation();
  const categories = usePurseQuery('categories.list', undefined);
  const chosen = useMemo(
    () =>
      new Map(
        rows.flatMap((row) =>
          row.categoryId ? [[rowKey(row.line, row.amount), row.categoryId]] : [],
        ),
      ),
    [rows],
  );
  const keyed = useMemo(
    () => planned.map((row, index) => ({ ...row, key: `${row.line}:${row.amount}:${index}` })),
    [planned],
  );
  const byKind = (kind: Category['kind']) =>
    (categories.data ?? []).filter((category) => category.kind === kind && !category.archived);

  return (
    <TitledSection
      title={t('import.planned.title', { count: planned.length })}
      titleClassName="purse-import-h2"
    >
      <Table<KeyedRow>
        size="small"
        data-testid="import-planned"
        rowKey="key"
        dataSource={keyed}
        pagination={planned.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          { title: t('import.line'), dataIndex: 'line', key: 'line', width: 64 },
          {
            title: t('import.asRead.date'),
            key: 'date',
            render: (_, row) => <DateTime value={row.occurredAt} style="date" />,
          },
          {
            title: t('import.asRead.amount'),
            key: 'amount',
            align: 'right',
            render: (_, row) => <Money minor={row.amount} currency={currency} />,
          },
          {
            title: t('import.roles.counterparty'),
            key: 'payee',
            ellipsis: true,
            render: (_, row) => row.counterparty ?? row.memo ?? '',
          },
          {
            title: t('import.roles.category'),
            key: 'category',
            width: 220,
            render: (_, row) =>
              row.status === 'duplicate' ? (
                <Tag>{t('import.planned.duplicate')}</Tag>
              ) : (
                <span className="purse-import-category">
                  {row.refund ? (
                    <Tag color="green">
                      {row.paired ? t('import.planned.refundPaired') : t('import.asRead.refund')}
                    </Tag>
                  ) : null}
                  {row.splitLines && !chosen.has(rowKey(row.line, row.amount)) ? (
                    <Tag>{t('splits.summary', { count: row.splitLines })}</Tag>
                  ) : null}
                  {row.rules?.length ? (
                    <Tag color="blue">
                      {t('import.planned.byRules', { names: row.rules.join(', ') })}
                    </Tag>
                  ) : null}
                  <CategorySelect
                    categories={byKind(row.amount < 0 || row.refund ? 'expense' : 'income')}
                    value={chosen.get(rowKey(row.line, row.amount)) ?? row.categoryId}
                    placeholder={row.splitLines ? t('import.planned.oneCategory') : undefined}
                    loading={categories.isPending}
                    onChange={(categoryId) =>
                      !disabled && onCategory(row.line, row.amount, categoryId)
                    }
                  />
                </span>
              ),
          },
        ]}
      />
    </TitledSection>
  );
}
