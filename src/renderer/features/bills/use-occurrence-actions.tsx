import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillOccurrence } from '../../../shared/bills';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';
import { BillPaySheet, type PayTarget } from './bill-pay-sheet';
import { useBillAmountText, useBillDates } from './bill-format';

export interface OccurrenceActions {
  /** Opens the payment sheet for this occurrence. */
  readonly pay: (occurrence: BillOccurrence) => void;
  /** Asks, then skips this occurrence (no reminder, no autopay, not overdue). */
  readonly skip: (occurrence: BillOccurrence) => void;
  /** The payment sheet: render it once on the screen. */
  readonly sheet: ReactNode;
}

/** Pay and Skip for a bill's occurrence, shared by the list, the calendar and the detail. */
export function useOccurrenceActions(): OccurrenceActions {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const dates = useBillDates();
  const amountText = useBillAmountText();
  const [target, setTarget] = useState<PayTarget | null>(null);
  const skipMutation = usePurseMutation('bills.skip');

  const skip = (occurrence: BillOccurrence) => {
    void modal.confirm({
      title: t('bills.skip.title', { name: occurrence.billName }),
      content: t('bills.skip.body', {
        date: dates.date(occurrence.dueDate),
        amount: amountText(occurrence.amount, occurrence.currency, occurrence.amountKind),
      }),
      okText: t('bills.skip.confirm'),
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await skipMutation.mutateAsync({
            billId: occurrence.billId,
            dueDate: occurrence.dueDate,
          });
          void message.success(
            t('bills.skip.done', {
              name: occurrence.billName,
              date: dates.date(occurrence.dueDate),
            }),
          );
        } catch (thrown) {
          const error = thrown as Parameters<typeof describe>[0];
          void message.error(
            error.code === 'CONFLICT' ? t('bills.pay.alreadyDone') : describe(error),
          );
        }
      },
    });
  };

  return {
    pay: (occurrence) => setTarget({ billId: occurrence.billId, dueDate: occurrence.dueDate }),
    skip,
    sheet: <BillPaySheet target={target} onClose={() => setTarget(null)} />,
  };
}
