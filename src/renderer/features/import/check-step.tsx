import { Alert, Button, Checkbox, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { ImportCheck } from '../../../shared/imports';
import type { Rejection } from '../../../shared/import/normalize';
import type { StatementRead } from '../../../shared/import/read-statement';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import { PlannedRows } from './planned-rows';
import type { PurseError } from '../../../shared/errors';

export interface CheckStepProps {
  readonly read: StatementRead;
  readonly check: ImportCheck;
  readonly onCategory: (line: number, amount: number, categoryId: string) => void;
  readonly onBack: () => void;
  readonly onCommit: (goodRowsOnly: boolean) => void;
  readonly committing: boolean;
  readonly error: PurseError | null;
}

/** Step 3: what will be imported, what is already there, and every rejected row. */
export function CheckStep(props: CheckStepProps) {
  const { read, check, onBack, onCommit, committing, error } = props;
  const { t } = useTranslation();
  const [goodRowsOnly, setGoodRowsOnly] = useState(false);
  const rejected = read.rejectedCount;
  const blocked = (rejected > 0 && !goodRowsOnly) || check.imported === 0;
  const skipped = read.skipped;
  const skippedTotal =
    skipped.closed + skipped['not-counted'] + skipped.zero + skipped['balance-line'];
  const currency = check.currency as CurrencyCode;

  return (
    <div className="purse-import-check">
      <div className="purse-import-stats" data-testid="import-stats">
        <Statistic title={t('import.toImport')} value={check.imported} />
        <Statistic title={t('import.duplicates')} value={check.duplicates} />
        <Statistic title={t('import.skipped')} value={skippedTotal} />
        <Statistic title={t('import.rejected')} value={rejected} />
        <div className="purse-import-balance">
          <div className="purse-import-balance__label">{t('import.balanceAfter')}</div>
          <Money minor={check.balanceAfter} currency={currency} strong />
        </div>
      </div>
      <BalanceNotes check={check} />
      <ul className="purse-import-notes">
        {skippedTotal > skipped['balance-line'] ? (
          <li>
            {t('import.skippedDetail', {
              closed: skipped.closed,
              notCounted: skipped['not-counted'],
              zero: skipped.zero,
            })}
          </li>
        ) : null}
        {skipped['balance-line'] > 0 ? (
          <li>{t('import.balanceLines', { count: skipped['balance-line'] })}</li>
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

      <PlannedRows
        planned={check.planned}
        rows={read.rows}
        currency={currency}
        onCategory={props.onCategory}
        disabled={committing}
      />

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

/** The opening balance an empty account takes, and how the ledger compares with the file. */
function BalanceNotes({ check }: { readonly check: ImportCheck }) {
  const { t } = useTranslation();
  const currency = check.currency as CurrencyCode;
  return (
    <>
      {check.openingBalance !== undefined ? (
        <Alert
          type="info"
          showIcon
          data-testid="import-opening"
          title={
            <span>
              {t('import.opening')} <Money minor={check.openingBalance} currency={currency} />
            </span>
          }
          description={
            check.statedBalance !== undefined
              ? t('import.openingFromStatement')
              : t('import.openingAboveZero')
          }
        />
      ) : null}
      {check.balanceDifference ? (
        <Alert
          type="warning"
          showIcon
          data-testid="import-difference"
          title={
            <span>
              {t('import.difference')} <Money minor={check.balanceDifference} currency={currency} />
            </span>
          }
          description={
            <span>
              {t('import.differenceHint')}{' '}
              <Money minor={check.statedBalance ?? 0} currency={currency} />
            </span>
          }
        />
      ) : null}
      {check.statedBalance !== undefined && check.balanceDifference === 0 ? (
        <Alert type="success" showIcon data-testid="import-matches" title={t('import.matches')} />
      ) : null}
    </>
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
