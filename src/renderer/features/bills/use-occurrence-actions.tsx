import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { POSTS_ON_ITS_OWN, type BillOccurrence } from '../../../shared/bills';
import { systemTimeZone } from '../../../shared/dates';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';
import { BillPaySheet, type PayTarget } from './bill-pay-sheet';
import { useBillAmountText, useBillDates } from './bill-format';

export interface OccurrenceActions {
  /**
   * Pays a bill or sends money to a contact (the payment sheet, with the PIN), or posts
   * income, an expense or a move between own accounts after a confirm.
   */
  readonly pay: (occurrence: BillOccurrence) => void;
  /** Asks, then skips this occurrence (no reminder, no autopay, not overdue). */
  readonly skip: (occurrence: BillOccurrence) => void;
  /** The payment sheet: render it once on the screen. */
  readonly sheet: ReactNode;
}

/** Pay (or post) and Skip for an occurrence, shared by the list, the calendar and the detail. */
export function useOccurrenceActions(): OccurrenceActions {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const dates = useBillDates();
  const amountText = useBillAmountText();
  const [target, setTarget] = useState<PayTarget | null>(null);
  const skipMutation = usePurseMutation('bills.skip');
  const recordMutation = usePurseMutation('bills.record');

  // Income, an expense or a move between own accounts: recorded after a plain confirm.
  const post = (occurrence: BillOccurrence) => {
    void modal.confirm({
      title: t('bills.post.title', { name: occurrence.billName }),
      content: t('bills.post.body', {
        date: dates.date(occurrence.dueDate),
        amount: amountText(occurrence.amount, occurrence.currency, occurrence.amountKind),
      }),
      okText: t('bills.post.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await recordMutation.mutateAsync({
            billId: occurrence.billId,
            dueDate: occurrence.dueDate,
            timeZone: systemTimeZone(),
          });
          void message.success(t('bills.post.done', { name: occurrence.billName }));
        } catch (thrown) {
          const error = thrown as Parameters<typeof describe>[0];
          void message.error(
            error.code === 'CONFLICT' ? t('bills.pay.alreadyDone') : describe(error),
          );
        }
      },
    });
  };

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
    pay: (occurrence) =>
      POSTS_ON_ITS_OWN.has(occurrence.scheduleKind)
        ? post(occurrence)
        : setTarget({ billId: occurrence.billId, dueDate: occurrence.dueDate }),
    skip,
    sheet: <BillPaySheet target={target} onClose={() => setTarget(null)} />,
  };
}
