import { CalendarOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHostExtras } from '../../shell/host-extras';
import { PageHeader } from '../../components/page-header';
import { AddButton } from '../../components/add-button';
import { EmptyCard, PageError, PageLoading } from '../../components/page-state';
import { navigate, navigatePath } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { NeedsAccount } from '../accounts/needs-account';
import { AllBills } from './all-bills';
import { BillCalendar } from './bill-calendar';
import { BillSections } from './bill-sections';
import { useBills, useListOccurrences, useToday } from './use-bills';
import { useOccurrenceActions } from './use-occurrence-actions';

type View = 'list' | 'calendar';

/** Bills: what is overdue, due today and coming up, as a list or a month calendar. */
export function BillsHome({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const { billReminders: BillReminders } = useHostExtras();
  const view: View = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const today = useToday();
  const bills = useBills();
  const occurrences = useListOccurrences(today);
  const accounts = useAccounts();
  const actions = useOccurrenceActions();
  const active = bills.data?.filter((bill) => !bill.archived) ?? [];
  const hasBills = active.length > 0;
  const queries = [bills, occurrences, accounts] as const;
  const failed = queries.find((query) => query.isError);

  const addBill = () => navigatePath('bills', ['new']);
  const addSchedule = () => navigatePath('bills', ['new'], { kind: 'income' });

  const body = () => {
    if (failed?.error) {
      return (
        <PageError
          error={failed.error}
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      );
    }
    if (!bills.data || !occurrences.data || !accounts.data) return <PageLoading rows={6} />;
    if (!hasBills) {
      if (accounts.data.length === 0) {
        return (
          <NeedsAccount
            title={t('bills.empty.noAccountTitle')}
            description={t('bills.empty.noAccount')}
          />
        );
      }
      return (
        <EmptyCard
          title={t('bills.empty.title')}
          description={t('bills.empty.body')}
          add={{ label: t('bills.empty.add'), onClick: addBill }}
        />
      );
    }
    return (
      <div className="purse-stack">
        <Segmented<View>
          className="purse-bills-view"
          aria-label={t('bills.view.label')}
          value={view}
          onChange={(next) =>
            navigate('bills', next === 'calendar' ? { view: 'calendar' } : undefined)
          }
          options={[
            {
              value: 'list',
              label: t('bills.view.list'),
              icon: <UnorderedListOutlined aria-hidden />,
            },
            {
              value: 'calendar',
              label: t('bills.view.calendar'),
              icon: <CalendarOutlined aria-hidden />,
            },
          ]}
        />
        {view === 'calendar' ? (
          <BillCalendar today={today} actions={actions} />
        ) : (
          <>
            <BillSections occurrences={occurrences.data} today={today} actions={actions} />
            <AllBills bills={active} today={today} />
          </>
        )}
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('bills.title')}
        subtitle={t('bills.subtitle')}
        extra={
          <>
            {BillReminders ? <BillReminders /> : null}
            <Button icon={<PlusOutlined aria-hidden />} onClick={addSchedule}>
              {t('bills.addSchedule')}
            </Button>
            {hasBills ? <AddButton label={t('bills.add')} onClick={addBill} /> : null}
          </>
        }
      />
      {body()}
      {actions.sheet}
    </>
  );
}
