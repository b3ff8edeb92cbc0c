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

/** What the bill is set to: account number, amount, schedule, accounts, reminder, autopay. */
export function BillDetailsCard({ bill }: { readonly bill: BillView }) {
  const { t } = useTranslation();
  const hourLabel = useHourLabel();
  const scheduleText = useScheduleText();
  const categoryName = useCategoryName();
  const accounts = useAccounts(true);
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const account = accounts.data?.find((candidate) => candidate.id === bill.payFromAccountId);
  const category = categories.data?.find((candidate) => candidate.id === bill.categoryId);
  const time = hourLabel(bill.remindHour);
  return (
    <SectionCard className="purse-bill-section" title={t('bills.detail.details')}>
      <DetailList
        items={[
          {
            key: 'accountNumber',
            label: t('bills.fields.accountNumber'),
            value: <MaskedNumber value={bill.accountNumber} />,
          },
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
          { key: 'payFrom', label: t('bills.fields.payFrom'), value: account?.name ?? '—' },
          {
            key: 'category',
            label: t('bills.fields.category'),
            value: category ? categoryName(category) : '—',
          },
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
