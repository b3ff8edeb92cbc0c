import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import { usePurseQuery } from '../../api/use-purse-query';
import { useCategoryName } from '../../components/category-name';
import { DateTime } from '../../components/date-time';
import { DetailList } from '../../components/detail-list';
import { useAccounts } from '../accounts/use-accounts';
import { BillAmount } from './bill-amount';
import { useHourLabel, useScheduleText } from './bill-format';
import { MaskedNumber } from './masked-number';
import { SectionCard } from '../../components/section-card';

/**
 * What the schedule is set to: a bill's account number, the amount, when it repeats, moves off
 * weekends and ends, the accounts (or contact), category, reminder, and posting on its own.
 */
export function BillDetailsCard({ bill }: { readonly bill: BillView }) {
  const { t } = useTranslation();
  const hourLabel = useHourLabel();
  const scheduleText = useScheduleText();
  const categoryName = useCategoryName();
  const accounts = useAccounts(true);
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const contacts = usePurseQuery('counterparties.list', { kind: 'contact' });
  const account = accounts.data?.find((candidate) => candidate.id === bill.payFromAccountId);
  const toAccount = accounts.data?.find((candidate) => candidate.id === bill.toAccountId);
  const contact = contacts.data?.find((candidate) => candidate.id === bill.contactId);
  const category = categories.data?.find((candidate) => candidate.id === bill.categoryId);
  const time = hourLabel(bill.remindHour);
  return (
    <SectionCard className="purse-bill-section" title={t('bills.detail.details')}>
      <DetailList
        items={[
          ...(bill.kind === 'bill'
            ? [
                {
                  key: 'accountNumber',
                  label: t('bills.fields.accountNumber'),
                  value: <MaskedNumber value={bill.accountNumber} />,
                },
              ]
            : []),
          {
            key: 'amount',
            label:
              bill.amountKind === 'variable'
                ? t('bills.fields.estimate')
                : t('bills.fields.amount'),
            value: (
              <span>
                <BillAmount of={bill} strong />
              </span>
            ),
          },
          { key: 'repeat', label: t('bills.fields.repeat'), value: scheduleText(bill) },
          {
            key: 'weekend',
            label: t('bills.fields.weekend'),
            value: t(`bills.form.weekend.${bill.weekend}`),
          },
          ...(bill.endsAfter !== undefined || bill.endsOn !== undefined
            ? [
                {
                  key: 'ends',
                  label: t('bills.fields.ends'),
                  value:
                    bill.endsAfter !== undefined
                      ? t('bills.detail.endsAfter', { count: bill.endsAfter })
                      : t('bills.detail.endsOn', { date: bill.endsOn }),
                },
              ]
            : []),
          {
            key: 'payFrom',
            label: bill.kind === 'income' ? t('bills.fields.into') : t('bills.fields.payFrom'),
            value: account?.name ?? '—',
          },
          ...(bill.kind === 'transfer'
            ? [{ key: 'to', label: t('bills.fields.toAccount'), value: toAccount?.name ?? '—' }]
            : []),
          ...(bill.kind === 'contact'
            ? [{ key: 'contact', label: t('bills.fields.contact'), value: contact?.name ?? '—' }]
            : []),
          ...(bill.kind === 'transfer' || bill.kind === 'contact'
            ? []
            : [
                {
                  key: 'category',
                  label: t('bills.fields.category'),
                  value: category ? categoryName(category) : '—',
                },
              ]),
          {
            key: 'reminder',
            label: t('bills.detail.reminder'),
            value:
              bill.remindDaysBefore === 0
                ? t('bills.detail.reminderSameDay', { time })
                : t('bills.detail.reminderBefore', { count: bill.remindDaysBefore, time }),
          },
          {
            key: 'autopay',
            label: t('bills.fields.autopay'),
            value: bill.autopay ? t('bills.detail.autopayOn') : t('bills.detail.autopayOff'),
          },
          {
            key: 'added',
            label: t('bills.detail.added'),
            value: <DateTime value={bill.createdAt} style="date" />,
          },
        ]}
      />
    </SectionCard>
  );
}
