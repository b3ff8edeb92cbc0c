import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { DetailList, type DetailItem } from '../../components/detail-list';
import { Money } from '../../components/money';
import { hrefOf } from '../../shell/routes';
import { navigate } from '../../shell/use-route';

export interface MoneyDoneProps {
  readonly title: string;
  /** Who got it, or where it went. */
  readonly subtitle: ReactNode;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly rows: readonly (DetailItem | null | false)[];
  /** The transaction, for "View receipt". */
  readonly transactionId: string;
  readonly receiptLabel: string;
  readonly onDone: () => void;
  readonly doneLabel?: string;
}

/** The success page of a money movement: an antd Result with the amount and the details. */
export function MoneyDone({
  title,
  subtitle,
  amount,
  currency,
  rows,
  transactionId,
  receiptLabel,
  onDone,
  doneLabel,
}: MoneyDoneProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      className="purse-money-done"
      title={<span role="status">{title}</span>}
      subTitle={
        <div className="purse-money-done__head">
          <div className="purse-money-done__who">{subtitle}</div>
          <div className="purse-money-done__amount">
            <Money minor={amount} currency={currency} strong />
          </div>
        </div>
      }
      extra={[
        <Button key="done" type="primary" onClick={onDone} autoFocus>
          {doneLabel ?? t('pay.done.done')}
        </Button>,
        <Button
          key="receipt"
          href={hrefOf('receipt', { id: transactionId })}
          onClick={(event) => {
            event.preventDefault();
            navigate('receipt', { id: transactionId });
          }}
        >
          {receiptLabel}
        </Button>,
      ]}
    >
      <DetailList items={rows} className="purse-money-done__rows" />
    </Result>
  );
}
