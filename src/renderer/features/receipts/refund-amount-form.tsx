import type { FormInstance } from 'antd';
import { DialogForm } from '../../components/form-dialog';
import { useTranslation } from 'react-i18next';
import { formatMoney, minorToDecimalString } from '../../../shared/money';
import type { Receipt } from '../../../shared/payments';
import { AmountField } from '../../components/amount-field';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { parseAmountField } from '../../components/money-rules';
import { useFormattingLocale } from '../../i18n/use-locale';
import { MemoField } from '../../components/memo-field';
import { FormActions } from '../../components/form-actions';
import { refundableOf } from './refundable';

/** What the person chose to refund, before confirming it. */
export interface RefundChoice {
  readonly amount: number;
  /** Everything that is left: the ledger works out the amount when it refunds. */
  readonly full: boolean;
  readonly memo?: string;
}

export interface RefundValues {
  amount?: string;
  memo?: string;
}

export interface RefundAmountFormProps {
  /** Owned by the sheet, so that going back to change the amount shows what was typed. */
  readonly form: FormInstance<RefundValues>;
  /** The payment's receipt as it was when the sheet opened. */
  readonly receipt: Receipt;
  readonly onClose: () => void;
  readonly onContinue: (choice: RefundChoice) => void;
}

/** The refund's first step: what was paid and is left, how much to refund (empty = all), a memo. */
export function RefundAmountForm({ form, receipt, onClose, onContinue }: RefundAmountFormProps) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const payment = receipt.transaction;
  const currency = payment.currency;
  const refundable = refundableOf(receipt);
  return (
    <DialogForm<RefundValues>
      form={form}
      onFinish={(values) => {
        const text = values.amount?.trim() ?? '';
        const parsed = parseAmountField(text, currency, { allowEmpty: true });
        if (!parsed.ok) return;
        const amount = text === '' ? refundable : parsed.minor;
        const memo = values.memo?.trim();
        onContinue({ amount, full: amount === refundable, ...(memo ? { memo } : {}) });
      }}
    >
      <DetailList
        items={[
          {
            key: 'paid',
            label: t('receipt.paid'),
            value: <Money minor={payment.amount} currency={currency} />,
          },
          receipt.refunded > 0
            ? {
                key: 'refunded',
                label: t('receipt.refundedSoFar'),
                value: <Money minor={receipt.refunded} currency={currency} />,
              }
            : null,
          {
            key: 'refundable',
            label: t('receipt.refund.refundable'),
            value: <Money minor={refundable} currency={currency} strong />,
            strong: true,
          },
        ]}
      />
      <AmountField
        name="amount"
        label={t('receipt.refund.amount')}
        currency={currency}
        placeholder={minorToDecimalString(refundable, currency)}
        allowEmpty
        positive
        autoFocus
      />
      <div className="purse-field-note">
        {t('receipt.refund.emptyMeansAll', {
          amount: formatMoney(refundable, currency, locale),
        })}
      </div>
      <MemoField />
      <FormActions submitLabel={t('pay.form.continue')} onCancel={onClose} />
    </DialogForm>
  );
}
