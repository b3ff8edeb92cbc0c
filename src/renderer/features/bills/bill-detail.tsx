import { DeleteOutlined, EditOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import type { PurseError } from '../../../shared/errors';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useCategoryName } from '../../components/category-name';
import { DateTime } from '../../components/date-time';
import { DetailList } from '../../components/detail-list';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { useDescribeError } from '../../components/use-describe-error';
import { navigate, navigatePath } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { BillHistory } from './bill-history';
import { useBillDates, useHourLabel, useScheduleText } from './bill-format';
import { MaskedNumber } from './masked-number';
import { BillAmount } from './bill-amount';
import { BillerKindIcon, useBillerKindLabel } from './biller-kind';
import { OccurrenceStatusTag } from './occurrence-row';
import { OccurrenceRows } from './occurrence-rows';
import { useBills, useListOccurrences, useOccurrences, useToday } from './use-bills';
import { useOccurrenceActions } from './use-occurrence-actions';

/** How many future dates the detail lists. */
const COMING = 6;

/** One bill (`#/bills/<id>`): what to pay now, its schedule and details, and its history. */
export function BillDetail({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const bills = useBills();
  const bill = bills.data?.find((candidate) => candidate.id === id);

  if (bills.error) {
    return (
      <>
        <PageHeader title={t('bills.detail.title')} extra={<BackButton />} />
        <PageError error={bills.error} onRetry={() => void bills.refetch()} />
      </>
    );
  }
  if (!bills.data) {
    return (
      <>
        <PageHeader title={t('bills.detail.title')} extra={<BackButton />} />
        <PageLoading rows={8} />
      </>
    );
  }
  if (!bill) {
    return (
      <>
        <PageHeader title={t('bills.detail.title')} extra={<BackButton />} />
        <Card className="purse-card">
          <PageEmpty
            title={t('bills.detail.notFoundTitle')}
            description={t('bills.detail.notFound')}
            action={
              <Button type="primary" onClick={() => navigate('bills')}>
                {t('bills.detail.back')}
              </Button>
            }
          />
        </Card>
      </>
    );
  }
  return <BillDetailBody bill={bill} />;
}

function BackButton() {
  const { t } = useTranslation();
  return (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('bills')}>
      {t('bills.detail.back')}
    </Button>
  );
}

function BillDetailBody({ bill }: { readonly bill: BillView }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const today = useToday();
  const dates = useBillDates();
  const hourLabel = useHourLabel();
  const scheduleText = useScheduleText();
  const kindLabel = useBillerKindLabel();
  const categoryName = useCategoryName();
  const actions = useOccurrenceActions();
  const accounts = useAccounts(true);
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const recent = useListOccurrences(today);
  const coming = useOccurrences(today, 400, !bill.archived);
  const archive = usePurseMutation('bills.archive');

  const account = accounts.data?.find((candidate) => candidate.id === bill.payFromAccountId);
  const category = categories.data?.find((candidate) => candidate.id === bill.categoryId);
  const overdue = (recent.data ?? []).filter((o) => o.billId === bill.id && o.status === 'overdue');
  const future = (coming.data ?? []).filter((o) => o.billId === bill.id);
  // The next open date is to pay; the dates after it follow. Dates paid or skipped ahead of
  // time show in the history, not here.
  const next = future.find((o) => o.status === 'due' || o.status === 'upcoming');
  const toPay = next ? [...overdue, next] : overdue;
  const later = next ? future.filter((o) => o.dueDate > next.dueDate).slice(0, COMING) : [];

  const time = hourLabel(bill.remindHour);

  const askArchive = () => {
    void modal.confirm({
      title: t('bills.archive.title', { name: bill.name }),
      content: t('bills.archive.body'),
      okText: t('bills.archive.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await archive.mutateAsync({ id: bill.id });
          void message.success(t('bills.archive.done', { name: bill.name }));
          navigate('bills');
        } catch (thrown) {
          void message.error(describe(thrown as PurseError));
        }
      },
    });
  };

  const loadingMore = recent.isPending || (coming.isPending && !bill.archived);
  const failed = recent.error ?? coming.error;

  return (
    <>
      <PageHeader
        title={
          <span className="purse-bill-title">
            <BillerKindIcon kind={bill.billerKind} size="large" />
            <span>{bill.name}</span>
            {bill.archived ? <Tag className="purse-archived-tag">{t('bills.archived')}</Tag> : null}
          </span>
        }
        subtitle={`${kindLabel(bill.billerKind)} · ${scheduleText(bill)}`}
        extra={
          <>
            <BackButton />
            {bill.archived ? null : (
              <>
                <Button
                  icon={<EditOutlined aria-hidden />}
                  onClick={() => navigatePath('bills', [bill.id, 'edit'])}
                >
                  {t('bills.detail.edit')}
                </Button>
                <Button danger icon={<DeleteOutlined aria-hidden />} onClick={askArchive}>
                  {t('bills.detail.archive')}
                </Button>
              </>
            )}
          </>
        }
      />
      <div className="purse-stack">
        {bill.archived ? (
          <Alert type="info" showIcon title={t('bills.detail.archivedNote')} />
        ) : (
          <Card
            className="purse-card purse-bill-section"
            title={<h2 className="purse-card-title">{t('bills.detail.toPay')}</h2>}
          >
            {failed ? (
              <PageError
                error={failed}
                onRetry={() => {
                  void recent.refetch();
                  void coming.refetch();
                }}
              />
            ) : loadingMore ? (
              <PageLoading rows={2} />
            ) : (
              <OccurrenceRows
                occurrences={toPay}
                today={today}
                actions={actions}
                empty={t('bills.detail.nothingDue')}
                hideName
                aria-label={t('bills.detail.toPay')}
              />
            )}
            {bill.autopay ? (
              <p className="purse-muted purse-bill-detail__autopay">
                {t('bills.form.autopayHelp')}
              </p>
            ) : null}
          </Card>
        )}

        <div className="purse-bill-detail__grid">
          <Card
            className="purse-card purse-bill-section"
            title={<h2 className="purse-card-title">{t('bills.detail.details')}</h2>}
          >
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
                      <BillAmount
                        amount={bill.amount}
                        currency={bill.currency}
                        amountKind={bill.amountKind}
                        strong
                      />
                    </span>
                  ),
                },
                { key: 'repeat', label: t('bills.fields.repeat'), value: scheduleText(bill) },
                {
                  key: 'payFrom',
                  label: t('bills.fields.payFrom'),
                  value: account?.name ?? '—',
                },
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
          </Card>

          {bill.archived ? null : (
            <Card
              className="purse-card purse-bill-section"
              title={<h2 className="purse-card-title">{t('bills.detail.coming')}</h2>}
            >
              {later.length === 0 ? (
                <p className="purse-muted purse-bill-section__empty">
                  {loadingMore ? t('common.loading') : t('bills.detail.noMoreDates')}
                </p>
              ) : (
                <ol className="purse-bill-dates" aria-label={t('bills.detail.coming')}>
                  {later.map((occurrence) => (
                    <li key={occurrence.dueDate}>
                      <time dateTime={occurrence.dueDate}>
                        {dates.date(occurrence.dueDate, 'long')}
                      </time>
                      <span className="purse-muted">
                        {occurrence.status === 'upcoming' ? (
                          dates.relative(occurrence.dueDate, today)
                        ) : (
                          <OccurrenceStatusTag occurrence={occurrence} today={today} />
                        )}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          )}
        </div>

        <BillHistory bill={bill} />
      </div>
      {actions.sheet}
    </>
  );
}
