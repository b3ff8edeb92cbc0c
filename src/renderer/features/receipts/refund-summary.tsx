import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../shared/payments';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import type { RefundChoice } from './refund-amount-form';
import { SheetHero } from '../money/sheet-hero';
import type { SheetConfirmStep } from '../money/sheet-flow';
import { refundableOf } from './refundable';

/** `onChange` is the confirmation step's: back to the amount, to change it. */
export interface RefundSummaryProps extends Pick<SheetConfirmStep<RefundChoice>, 'onChange'> {
  readonly receipt: Receipt;
  readonly choice: RefundChoice;
}

/** What the confirmation says about a refund: to whom, how much, into which account, what is left. */
export function RefundSummary({ receipt, choice, onChange }: RefundSummaryProps) {
  const { t } = useTranslation();
  const currency = receipt.transaction.currency;
  const left = refundableOf(receipt) - choice.amount;
  return (
    <>
      <SheetHero
        payee={<span>{receipt.counterpartyName ?? t('transactions.kinds.payment')}</span>}
        total={{ amount: choice.amount, currency, tone: 'positive' }}
      />
      <DetailList
        items={[
          {
            key: 'what',
            label: t('receipt.refund.kind'),
            value: choice.full ? t('receipt.refund.full') : t('receipt.refund.partial'),
          },
          { key: 'into', label: t('receipt.refund.into'), value: receipt.accountName },
          {
            key: 'left',
            label: t('receipt.refund.leftAfter'),
            value: <Money minor={left} currency={currency} />,
          },
          choice.memo ? { key: 'memo', label: t('record.memo'), value: choice.memo } : null,
        ]}
      />
      <Button type="link" size="small" className="purse-sheet-change" onClick={onChange}>
        {t('receipt.refund.changeAmount')}
      </Button>
    </>
  );
}
