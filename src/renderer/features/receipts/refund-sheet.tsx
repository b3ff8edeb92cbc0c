import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import { formatMoney, minorToDecimalString } from '../../../shared/money';
import type { MoneyResult, Receipt } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AmountField } from '../../components/amount-field';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { parseAmountField } from '../../components/money-rules';
import { useFormattingLocale } from '../../i18n/use-locale';
import { ConfirmModal, MoneyConfirm } from '../money/confirm-sheet';
import { MemoField } from '../record/memo-field';

export interface RefundSheetProps {
  readonly open: boolean;
  readonly receipt: Receipt;
  readonly onClose: () => void;
  readonly onRefunded: (result: MoneyResult) => void;
}

interface RefundValues {
  amount?: string;
  memo?: string;
}

/**
 * Refund a payment, all of it or part: first how much (empty = everything left), then the
 * confirmation with the PIN (refunds.create).
 */
export function RefundSheet({ open, receipt, onClose, onRefunded }: RefundSheetProps) {
  const { t } = useTranslation();
  return (
    <ConfirmModal open={open} title={t('receipt.refund.title')} onClose={onClose}>
      {(onBusy) => (
        <RefundBody receipt={receipt} onClose={onClose} onRefunded={onRefunded} onBusy={onBusy} />
      )}
    </ConfirmModal>
  );
}

function RefundBody({
  receipt: current,
  onClose,
  onRefunded,
  onBusy,
}: {
  readonly receipt: Receipt;
  readonly onClose: () => void;
  readonly onRefunded: (result: MoneyResult) => void;
  readonly onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const [form] = Form.useForm<RefundValues>();
  const create = usePurseMutation('refunds.create');
  // The receipt as it was when the sheet opened: the refund being confirmed changes it.
  const [receipt] = useState(current);
  const payment = receipt.transaction;
  const currency = payment.currency;
  const refundable = payment.amount - receipt.refunded;
  const [chosen, setChosen] = useState<{ amount: number; full: boolean; memo?: string } | null>(
    null,
  );
  const money = (minor: number) => formatMoney(minor, currency, locale);

  if (!chosen) {
    return (
      <Form<RefundValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        className="purse-dialog-form"
        onFinish={(values) => {
          const text = values.amount?.trim() ?? '';
          const parsed = parseAmountField(text, currency, { allowEmpty: true });
          if (!parsed.ok) return;
          const amount = text === '' ? refundable : parsed.minor;
          const memo = values.memo?.trim();
          setChosen({ amount, full: amount === refundable, ...(memo ? { memo } : {}) });
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
          {t('receipt.refund.emptyMeansAll', { amount: money(refundable) })}
        </div>
        <MemoField />
        <div className="purse-form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit">
            {t('pay.form.continue')}
          </Button>
        </div>
      </Form>
    );
  }

  const summary = (
    <>
      <div className="purse-sheet-hero">
        <div className="purse-sheet-hero__payee">
          <span>{receipt.counterpartyName ?? t('transactions.kinds.payment')}</span>
        </div>
        <div className="purse-sheet-hero__amount" data-testid="sheet-total">
          <Money minor={chosen.amount} currency={currency} strong tone="positive" />
        </div>
      </div>
      <DetailList
        items={[
          {
            key: 'what',
            label: t('receipt.refund.kind'),
            value: chosen.full ? t('receipt.refund.full') : t('receipt.refund.partial'),
          },
          { key: 'into', label: t('receipt.refund.into'), value: receipt.accountName },
          {
            key: 'left',
            label: t('receipt.refund.leftAfter'),
            value: <Money minor={refundable - chosen.amount} currency={currency} />,
          },
          chosen.memo ? { key: 'memo', label: t('record.memo'), value: chosen.memo } : null,
        ]}
      />
      <Button
        type="link"
        size="small"
        className="purse-sheet-change"
        onClick={() => setChosen(null)}
      >
        {t('receipt.refund.changeAmount')}
      </Button>
    </>
  );

  return (
    <MoneyConfirm
      onClose={onClose}
      summary={summary}
      confirmLabel={t('receipt.refund.confirm', { amount: money(chosen.amount) })}
      problem={
        chosen.amount > refundable
          ? {
              code: 'REFUND_INVALID',
              details: { reason: 'too-much', refundable, currency },
            }
          : null
      }
      offerTopUp={false}
      submit={(requestId, auth) =>
        create.mutateAsync({
          paymentId: payment.id,
          // No amount means everything that is left: the ledger works it out at that moment.
          ...(chosen.full ? {} : { amount: chosen.amount }),
          ...(chosen.memo ? { memo: chosen.memo } : {}),
          timeZone: systemTimeZone(),
          requestId,
          auth,
        })
      }
      onDone={onRefunded}
      onBusy={onBusy}
    />
  );
}
