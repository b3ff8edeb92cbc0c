import { Alert, Form, Radio, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { DateOrder } from '../../../shared/imports';
import type { StructuredRead } from '../../../shared/import/formats/structured-read';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';

export interface FormatSummaryProps {
  readonly read: StructuredRead;
  /** The account's currency, which the statement's amounts were read in. */
  readonly currency: CurrencyCode;
  readonly onDateOrder: (order: DateOrder) => void;
  readonly busy: boolean;
}

/**
 * Above the check of an OFX, QIF or CAMT statement: which format was read, what was left
 * out as not yet booked, the closing balance the statement states, and for a QIF file whose
 * dates fit either order, which order was used.
 */
export function FormatSummary({ read, currency, onDateOrder, busy }: FormatSummaryProps) {
  const { t } = useTranslation();
  return (
    <section className="purse-import-format" aria-label={t('import.structured.readAs')}>
      <Space wrap>
        <span>
          {t('import.structured.readAs')}:{' '}
          <Tag color="blue" data-testid="import-profile">
            {t(`import.profiles.${read.format}`)}
          </Tag>
        </span>
        {read.version ? (
          <Tag>{t('import.structured.version', { version: read.version })}</Tag>
        ) : null}
        {read.statement ? <Tag>{t(`import.structured.statements.${read.statement}`)}</Tag> : null}
      </Space>
      <ul className="purse-import-notes">
        <li>{t('import.structured.noMapping')}</li>
        {read.pending > 0 ? (
          <li>{t('import.structured.pending', { count: read.pending })}</li>
        ) : null}
        {read.closingBalance ? (
          <li data-testid="import-closing-balance">
            {t('import.structured.closingBalance')}:{' '}
            <Money minor={read.closingBalance.amount} currency={currency} strong /> (
            <DateTime value={read.closingBalance.at} style="date" />)
          </li>
        ) : null}
        {read.openingBalanceLeftOut ? (
          <li>{t('import.structured.openingBalanceLeftOut')}</li>
        ) : null}
        {read.rejectedCount > 0 ? <li>{t('import.structured.entryNumbers')}</li> : null}
      </ul>
      {read.dateOrder?.ambiguous ? (
        <>
          <Alert type="warning" showIcon title={t('import.structured.dateOrderAmbiguous')} />
          <Form layout="vertical">
            <Form.Item label={t('import.dateOrder')}>
              <Radio.Group
                value={read.dateOrder.order}
                onChange={(event) => onDateOrder(event.target.value as DateOrder)}
                options={(['mdy', 'dmy'] as const).map((order) => ({
                  value: order,
                  label: t(`import.dateOrders.${order}`),
                }))}
                disabled={busy}
              />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </section>
  );
}
