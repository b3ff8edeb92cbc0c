import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import { formatMoney } from '../../../shared/money';
import type { MoneyResult, Receipt } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useFormattingLocale } from '../../i18n/use-locale';
import { MoneyConfirm, MoneySheet, type SheetControls } from '../money/confirm-sheet';
import { SheetFlow } from '../money/sheet-flow';
import { RefundAmountForm, type RefundChoice, type RefundValues } from './refund-amount-form';
import { RefundSummary } from './refund-summary';
import { refundableOf } from './refundable';

export interface RefundSheetProps {
  readonly open: boolean;
  readonly receipt: Receipt;
  readonly onClose: () => void;
  readonly onRefunded: (result: MoneyResult) => void;
}

/**
 * Refund a payment, all of it or part, in one money flow: first how much (empty = everything
 * left), then the confirmation with the PIN (refunds.create); done closes the sheet.
 */
export function RefundSheet({ open, receipt, onClose, onRefunded }: RefundSheetProps) {
  const { t } = useTranslation();
  return (
    <MoneySheet open={open} title={t('receipt.refund.title')} onClose={onClose} onDone={onRefunded}>
      {(controls) => <RefundBody receipt={receipt} controls={controls} />}
    </MoneySheet>
  );
}

function RefundBody({
  receipt: current,
  controls,
}: {
  readonly receipt: Receipt;
  readonly controls: SheetControls;
}) {
  const [form] = Form.useForm<RefundValues>();
  // The receipt as it was when the sheet opened: the refund being confirmed changes it.
  const [receipt] = useState(current);
  // Done closes the sheet: it keeps showing what was confirmed as it goes.
  return (
    <SheetFlow<RefundChoice>
      controls={controls}
      form={(step) => <RefundAmountForm form={form} receipt={receipt} {...step} />}
      confirm={(step) =>
        step.request ? (
          <RefundConfirm
            receipt={receipt}
            chosen={step.request}
            onChange={step.onChange}
            controls={step.controls}
          />
        ) : null
      }
    />
  );
}

function RefundConfirm({
  receipt,
  chosen,
  onChange,
  controls,
}: {
  readonly receipt: Receipt;
  readonly chosen: RefundChoice;
  readonly onChange: () => void;
  readonly controls: SheetControls;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const create = usePurseMutation('refunds.create');
  const payment = receipt.transaction;
  const currency = payment.currency;
  const refundable = refundableOf(receipt);
  return (
    <MoneyConfirm
      onClose={controls.onClose}
      summary={<RefundSummary receipt={receipt} choice={chosen} onChange={onChange} />}
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
      onDone={controls.onDone}
      onBusy={controls.onBusy}
    />
  );
}
