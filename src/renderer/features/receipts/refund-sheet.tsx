import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import { formatMoney } from '../../../shared/money';
import type { MoneyResult, Receipt } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useFormattingLocale } from '../../i18n/use-locale';
import { ConfirmModal, MoneyConfirm } from '../money/confirm-sheet';
import { RefundAmountForm, type RefundChoice, type RefundValues } from './refund-amount-form';
import { RefundSummary } from './refund-summary';

export interface RefundSheetProps {
  readonly open: boolean;
  readonly receipt: Receipt;
  readonly onClose: () => void;
  readonly onRefunded: (result: MoneyResult) => void;
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
  const [chosen, setChosen] = useState<RefundChoice | null>(null);

  if (!chosen) {
    return (
      <RefundAmountForm
        form={form}
        receipt={receipt}
        refundable={refundable}
        onClose={onClose}
        onChosen={setChosen}
      />
    );
  }

  return (
    <MoneyConfirm
      onClose={onClose}
      summary={
        <RefundSummary
          receipt={receipt}
          choice={chosen}
          refundable={refundable}
          onChange={() => setChosen(null)}
        />
      }
      confirmLabel={t('receipt.refund.confirm', {
        amount: formatMoney(chosen.amount, currency, locale),
      })}
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
