import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduleKind } from '../../../shared/bills';
import { PurseError } from '../../../shared/errors';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { navigate, navigatePath } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { NeedsAccount } from '../accounts/needs-account';
import { BillForm } from './bill-form';
import { useBills, useToday } from './use-bills';

/** "Add a bill" (`#/bills/new`) or "Edit bill" (`#/bills/<id>/edit`). */
export function BillFormPage({
  id,
  startKind,
}: {
  readonly id?: string;
  readonly startKind?: ScheduleKind;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const bills = useBills();
  const accounts = useAccounts(true);
  const categories = usePurseQuery('categories.list', {});
  const contacts = usePurseQuery('counterparties.list', { kind: 'contact' });
  const editing = id !== undefined;
  const bill = editing ? bills.data?.find((candidate) => candidate.id === id) : undefined;
  const back = () => (bill ? navigatePath('bills', [bill.id]) : navigate('bills'));

  const body = () => {
    const failed = [bills, accounts, categories, contacts].find((query) => query.isError);
    if (failed?.error) {
      return (
        <PageError
          error={failed.error}
          onRetry={() =>
            [bills, accounts, categories, contacts].forEach((query) => void query.refetch())
          }
        />
      );
    }
    if (!bills.data || !accounts.data || !categories.data || !contacts.data)
      return <PageLoading rows={8} />;
    if (editing && (!bill || bill.archived)) {
      return <PageError error={new PurseError('NOT_FOUND', 'That bill does not exist.')} />;
    }
    // Open accounts to pay from; a bill's own account stays listed even if archived since.
    const open = accounts.data.filter(
      (account) => !account.archived || account.id === bill?.payFromAccountId,
    );
    if (open.length === 0) {
      return (
        <NeedsAccount
          title={t('bills.empty.noAccountTitle')}
          description={t('bills.empty.noAccount')}
        />
      );
    }
    return (
      <Card className="purse-card purse-bill-form-card">
        <BillForm
          {...(bill ? { bill } : {})}
          accounts={open}
          categories={categories.data.filter((category) => !category.archived)}
          contacts={contacts.data}
          today={today}
          {...(startKind ? { startKind } : {})}
          onSaved={(saved) => (editing ? navigatePath('bills', [saved.id]) : navigate('bills'))}
          onCancel={back}
        />
      </Card>
    );
  };

  return (
    <>
      <PageHeader
        title={
          editing
            ? t('bills.form.editTitle')
            : (startKind ?? 'bill') === 'bill'
              ? t('bills.form.addTitle')
              : t('bills.form.addScheduleTitle')
        }
        subtitle={
          editing
            ? bill?.name
            : (startKind ?? 'bill') === 'bill'
              ? t('bills.form.addSubtitle')
              : t('bills.form.addScheduleSubtitle')
        }
        extra={
          <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={back}>
            {editing ? t('bills.detail.backToBill') : t('bills.detail.back')}
          </Button>
        }
      />
      {body()}
    </>
  );
}
