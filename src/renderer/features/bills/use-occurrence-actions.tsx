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

  /**
   * Asks about an occurrence, then does `act`, saying `done` or why not: an occurrence
   * already acted on says so plainly.
   */
  const confirmThen = (
    words: { title: string; body: string; ok: string; done: string; cancelFirst?: boolean },
    act: () => Promise<unknown>,
  ) => {
    void modal.confirm({
      title: words.title,
      content: words.body,
      okText: words.ok,
      cancelText: t('common.cancel'),
      ...(words.cancelFirst ? { focusable: { autoFocusButton: 'cancel' as const } } : {}),
      onOk: async () => {
        try {
          await act();
          void message.success(words.done);
        } catch (thrown) {
          const error = thrown as Parameters<typeof describe>[0];
          void message.error(
            error.code === 'CONFLICT' ? t('bills.pay.alreadyDone') : describe(error),
          );
        }
      },
    });
  };

  const when = (occurrence: BillOccurrence) => ({
    date: dates.date(occurrence.dueDate),
    amount: amountText(occurrence.amount, occurrence.currency, occurrence.amountKind),
  });

  // Income, an expense or a move between own accounts: recorded after a plain confirm.
  const post = (occurrence: BillOccurrence) =>
    confirmThen(
      {
        title: t('bills.post.title', { name: occurrence.billName }),
        body: t('bills.post.body', when(occurrence)),
        ok: t('bills.post.confirm'),
        done: t('bills.post.done', { name: occurrence.billName }),
      },
      () =>
        recordMutation.mutateAsync({
          billId: occurrence.billId,
          dueDate: occurrence.dueDate,
          timeZone: systemTimeZone(),
        }),
    );

  const skip = (occurrence: BillOccurrence) =>
    confirmThen(
      {
        title: t('bills.skip.title', { name: occurrence.billName }),
        body: t('bills.skip.body', when(occurrence)),
        ok: t('bills.skip.confirm'),
        done: t('bills.skip.done', {
          name: occurrence.billName,
          date: dates.date(occurrence.dueDate),
        }),
        cancelFirst: true,
      },
      () => skipMutation.mutateAsync({ billId: occurrence.billId, dueDate: occurrence.dueDate }),
    );

  return {
    pay: (occurrence) =>
      POSTS_ON_ITS_OWN.has(occurrence.scheduleKind)
        ? post(occurrence)
        : setTarget({
            billId: occurrence.billId,
            dueDate: occurrence.dueDate,
            sends: occurrence.scheduleKind === 'contact',
          }),
    skip,
    sheet: <BillPaySheet target={target} onClose={() => setTarget(null)} />,
  };
}
