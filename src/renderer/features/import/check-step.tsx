import { Alert, Button, Checkbox, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { ImportOutcome } from '../../../shared/imports';
import type { Rejection } from '../../../shared/import/normalize';
import type { StatementRead } from '../../../shared/import/read-statement';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import type { PurseError } from '../../../shared/errors';

export interface CheckStepProps {
  readonly read: StatementRead;
  readonly check: ImportOutcome;
  readonly onBack: () => void;
  readonly onCommit: (goodRowsOnly: boolean) => void;
  readonly committing: boolean;
  readonly error: PurseError | null;
}

/** Step 3: what will be imported, what is already there, and every rejected row. */
export function CheckStep({ read, check, onBack, onCommit, committing, error }: CheckStepProps) {
  const { t } = useTranslation();
  const [goodRowsOnly, setGoodRowsOnly] = useState(false);
  const rejected = read.rejectedCount;
  const blocked = (rejected > 0 && !goodRowsOnly) || check.imported === 0;
  const skipped = read.skipped;
  const skippedTotal = skipped.closed + skipped['not-counted'] + skipped.zero;

  return (
    <div className="purse-import-check">
      <div className="purse-import-stats" data-testid="import-stats">
        <Statistic title={t('import.toImport')} value={check.imported} />
        <Statistic title={t('import.duplicates')} value={check.duplicates} />
        <Statistic title={t('import.skipped')} value={skippedTotal} />
        <Statistic title={t('import.rejected')} value={rejected} />
        <div className="purse-import-balance">
          <div className="purse-import-balance__label">{t('import.balanceAfter')}</div>
          <Money minor={check.balanceAfter} currency={check.currency as CurrencyCode} strong />
        </div>
      </div>
      <ul className="purse-import-notes">
        {skippedTotal > 0 ? (
          <li>
            {t('import.skippedDetail', {
              closed: skipped.closed,
              notCounted: skipped['not-counted'],
              zero: skipped.zero,
            })}
          </li>
        ) : null}
        {check.refundsPaired > 0 ? (
          <li>{t('import.refundsPaired', { count: check.refundsPaired })}</li>
        ) : null}
        {check.newCounterparties > 0 ? (
          <li>{t('import.newPayees', { count: check.newCounterparties })}</li>
        ) : null}
      </ul>

      {rejected > 0 ? (
        <section aria-labelledby="import-rejected-title" className="purse-import-rejected">
          <Alert
            type="warning"
            showIcon
            title={
              <span id="import-rejected-title">
                {t('import.rejectedTitle', { count: rejected })}
              </span>
            }
            description={
              read.rejections.length < rejected
                ? t('import.rejectedShown', { shown: read.rejections.length, count: rejected })
                : undefined
            }
          />
          <RejectionTable rejections={read.rejections} />
          <Checkbox
            checked={goodRowsOnly}
            onChange={(event) => setGoodRowsOnly(event.target.checked)}
            disabled={check.imported === 0}
          >
            {t('import.goodRowsOnly', { count: check.imported })}
          </Checkbox>
        </section>
      ) : null}

      <FormError error={error} />
      <Space>
        <Button onClick={onBack} disabled={committing}>
          {t('import.back')}
        </Button>
        <Button
          type="primary"
          disabled={blocked}
          loading={committing}
          onClick={() => onCommit(goodRowsOnly)}
        >
          {committing
            ? t('import.importing')
            : check.imported === 0
              ? t('import.nothingNew')
              : t('import.commit', { count: check.imported })}
        </Button>
      </Space>
    </div>
  );
}

function RejectionTable({ rejections }: { readonly rejections: readonly Rejection[] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey={(row) => `${row.line}-${row.reason}`}
      dataSource={[...rejections]}
      pagination={rejections.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { title: t('import.line'), dataIndex: 'line', key: 'line', width: 80, align: 'right' },
        {
          title: t('import.reason'),
          key: 'reason',
          render: (_: unknown, row: Rejection) =>
            t(`import.reasons.${row.reason}`, { detail: row.detail ?? '' }),
        },
        { title: t('import.value'), dataIndex: 'detail', key: 'detail', ellipsis: true },
      ]}
    />
  );
}
