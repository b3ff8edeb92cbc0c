import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TitledSection } from '../../components/titled-section';
import type { CurrencyCode } from '../../../shared/currencies';
import type { ImportSettings } from '../../../shared/imports';
import { RowNormalizer, type RowOutcome } from '../../../shared/import/normalize';
import type { StatementShape } from '../../../shared/import/read-statement';
import { Money } from '../../components/money';
import { DateTime } from '../../components/date-time';

interface ReadRow {
  readonly key: string;
  readonly line: number;
  readonly outcome: RowOutcome;
  readonly index: number;
}

/**
 * The first rows as Purse will read them with the settings shown: date, signed amount,
 * payee — or why a row is refused or left out. It changes as the settings change.
 */
export function RowsAsRead(props: {
  readonly shape: StatementShape;
  readonly settings: ImportSettings;
  readonly currency: CurrencyCode;
  readonly timeZone: string;
}) {
  const { shape, settings, currency, timeZone } = props;
  const { t } = useTranslation();
  const rows = useMemo<ReadRow[]>(() => {
    const normalizer = new RowNormalizer(shape.header, settings, currency, timeZone);
    return shape.preview.flatMap((record) => {
      const outcome = normalizer.normalize(record);
      const count = outcome.kind === 'rows' ? outcome.rows.length : 1;
      return Array.from({ length: count }, (_, index) => ({
        key: `${record.line}-${index}`,
        line: record.line,
        outcome,
        index,
      }));
    });
  }, [shape, settings, currency, timeZone]);

  return (
    <TitledSection title={t('import.asRead.title')} titleClassName="purse-import-h2">
      <Table<ReadRow>
        size="small"
        rowKey="key"
        pagination={false}
        data-testid="import-as-read"
        dataSource={rows}
        columns={[
          { title: t('import.line'), dataIndex: 'line', key: 'line', width: 64 },
          {
            title: t('import.asRead.date'),
            key: 'date',
            render: (_, row) =>
              row.outcome.kind === 'rows' ? (
                <DateTime value={row.outcome.rows[row.index]!.occurredAt} />
              ) : null,
          },
          {
            title: t('import.asRead.amount'),
            key: 'amount',
            align: 'right',
            render: (_, row) =>
              row.outcome.kind === 'rows' ? (
                <Money minor={row.outcome.rows[row.index]!.amount} currency={currency} />
              ) : null,
          },
          {
            title: t('import.roles.counterparty'),
            key: 'payee',
            ellipsis: true,
            render: (_, row) => <RowNote row={row} />,
          },
        ]}
      />
    </TitledSection>
  );
}

function RowNote({ row }: { readonly row: ReadRow }) {
  const { t } = useTranslation();
  const { outcome } = row;
  if (outcome.kind === 'reject') {
    return (
      <Tag color="red">
        {t(`import.reasons.${outcome.rejection.reason}`, {
          detail: outcome.rejection.detail ?? '',
        })}
      </Tag>
    );
  }
  if (outcome.kind === 'skip') return <Tag>{t(`import.asRead.skipped.${outcome.reason}`)}</Tag>;
  const read = outcome.rows[row.index]!;
  return (
    <span>
      {read.refund ? <Tag color="green">{t('import.asRead.refund')}</Tag> : null}
      {read.counterparty ?? read.memo ?? ''}
    </span>
  );
}
