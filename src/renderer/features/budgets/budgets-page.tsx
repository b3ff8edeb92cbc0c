import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Popconfirm,
  Progress,
  Select,
  Table,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, Rollover } from '../../../shared/budgets';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Category } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useCategoryName } from '../../components/category-name';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { AddBudgetDialog } from './add-budget-dialog';
import { BudgetAmountCell } from './budget-amount-cell';
import './budgets.css';
import { dayjsToMonth, monthToDayjs, thisMonth } from './month-key';
import { useRolloverOptions } from './rollover-options';

/** Budgets: a limit per expense category for a month, and how the month is going. */
export function BudgetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [month, setMonth] = useState(thisMonth);
  const [adding, setAdding] = useState(false);
  const budget = usePurseQuery('budgets.month', { month });
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const categoryName = useCategoryName();
  const rollovers = useRolloverOptions();
  const set = usePurseMutation('budgets.set');
  const remove = usePurseMutation('budgets.remove');
  const copy = usePurseMutation('budgets.copyLastMonth');
  const lastError = set.error ?? remove.error ?? copy.error;

  const categoryById = useMemo(
    () => new Map((categories.data ?? []).map((category) => [category.id, category])),
    [categories.data],
  );
  const nameOf = (id: string) => {
    const category = categoryById.get(id);
    return category ? categoryName(category) : t('budgets.unknownCategory');
  };
  const lines = budget.data?.lines ?? [];
  const unbudgeted: Category[] = (categories.data ?? []).filter(
    (category) =>
      category.kind === 'expense' &&
      !category.archived &&
      !lines.some((line) => line.categoryId === category.id),
  );
  const currency = budget.data?.currency ?? 'CNY';

  const saveLine = (line: BudgetLine, change: { amount?: number; rollover?: Rollover }) =>
    set.mutateAsync({
      categoryId: line.categoryId,
      month,
      amount: change.amount ?? line.budget,
      rollover: change.rollover ?? line.rollover,
    });

  const copyLastMonth = () =>
    copy.mutate(
      { month },
      {
        onSuccess: (copied) =>
          void (copied.length === 0
            ? message.info(t('budgets.copiedNone'))
            : message.success(t('budgets.copied', { count: copied.length }))),
      },
    );

  const columns: TableColumnsType<BudgetLine> = [
    {
      key: 'category',
      title: t('budgets.category'),
      render: (_value, line) => (
        <div className="purse-budget-category">
          <span className="purse-budget-category__name">{nameOf(line.categoryId)}</span>
          <div className="purse-budget-category__progress">
            <BudgetProgress line={line} label={nameOf(line.categoryId)} />
          </div>
          {!line.categoryActive ? (
            <div className="purse-budget-note">{t('budgets.categoryDeleted')}</div>
          ) : null}
          {line.budget === 0 ? (
            <div className="purse-budget-note">{t('budgets.zeroBudget')}</div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'budget',
      title: t('budgets.budget'),
      align: 'right',
      render: (_value, line) => (
        <BudgetAmountCell
          amount={line.budget}
          currency={currency}
          label={nameOf(line.categoryId)}
          saving={set.isPending && set.variables.categoryId === line.categoryId}
          onSave={(amount) => saveLine(line, { amount })}
        />
      ),
    },
    money('carried', t('budgets.carried'), (line) => line.carried, currency, 'always'),
    money('available', t('budgets.available'), (line) => line.available, currency),
    money('spent', t('budgets.spent'), (line) => line.spent, currency),
    money('plannedBills', t('budgets.plannedBills'), (line) => line.plannedBills, currency),
    money('remaining', t('budgets.remaining'), (line) => line.remaining, currency),
    {
      key: 'rollover',
      title: t('budgets.rollover'),
      render: (_value, line) => (
        <Select<Rollover>
          size="small"
          className="purse-budget-rollover"
          aria-label={t('budgets.rolloverFor', { category: nameOf(line.categoryId) })}
          value={line.rollover}
          options={rollovers}
          virtual={false}
          popupMatchSelectWidth={false}
          onChange={(rollover) => void saveLine(line, { rollover }).catch(() => undefined)}
        />
      ),
    },
    {
      key: 'actions',
      title: <span className="purse-visually-hidden">{t('budgets.actions')}</span>,
      width: 56,
      render: (_value, line) => (
        <Popconfirm
          title={t('budgets.removeConfirm', { category: nameOf(line.categoryId) })}
          okText={t('budgets.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate({ categoryId: line.categoryId, month })}
        >
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('budgets.removeFor', { category: nameOf(line.categoryId) })}
          />
        </Popconfirm>
      ),
    },
  ];

  const body = () => {
    const failed = [budget, categories].find((query) => query.isError);
    if (failed?.error) {
      return (
        <PageError
          error={failed.error}
          onRetry={() => {
            void budget.refetch();
            void categories.refetch();
          }}
        />
      );
    }
    if (!budget.data || !categories.data) return <PageLoading rows={6} />;
    const data = budget.data;
    return (
      <div className="purse-stack">
        <div className="purse-budget-summary" role="list" aria-label={t('budgets.summary')}>
          <SummaryTile
            label={t('budgets.totalBudget')}
            minor={data.totalBudget}
            currency={currency}
          />
          <SummaryTile
            label={t('budgets.totalSpent')}
            minor={data.totalSpent}
            currency={currency}
          />
          <SummaryTile label={t('budgets.income')} minor={data.income} currency={currency} />
          <SummaryTile
            label={t('budgets.totalPlannedBills')}
            minor={data.totalPlannedBills}
            currency={currency}
          />
        </div>
        <FormError error={lastError} />
        <Card className="purse-card">
          {data.lines.length === 0 ? (
            <PageEmpty
              title={t('budgets.emptyTitle')}
              description={t('budgets.emptyBody')}
              action={
                <Button
                  type="primary"
                  icon={<PlusOutlined aria-hidden />}
                  disabled={unbudgeted.length === 0}
                  onClick={() => setAdding(true)}
                >
                  {t('budgets.add')}
                </Button>
              }
            />
          ) : (
            <Table<BudgetLine>
              rowKey="categoryId"
              columns={columns}
              dataSource={[...data.lines]}
              pagination={false}
              size="small"
              scroll={{ x: 'max-content' }}
              className="purse-budget-table"
              aria-label={t('budgets.tableLabel')}
            />
          )}
        </Card>
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('budgets.title')}
        subtitle={t('budgets.subtitle')}
        extra={
          <>
            <DatePicker
              picker="month"
              allowClear={false}
              aria-label={t('budgets.month')}
              value={monthToDayjs(month)}
              onChange={(value) => {
                if (value) setMonth(dayjsToMonth(value));
              }}
            />
            <Button
              icon={<CopyOutlined aria-hidden />}
              loading={copy.isPending}
              onClick={copyLastMonth}
            >
              {t('budgets.copyLastMonth')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              disabled={!categories.data || unbudgeted.length === 0}
              onClick={() => setAdding(true)}
            >
              {t('budgets.add')}
            </Button>
          </>
        }
      />
      {body()}
      <AddBudgetDialog
        open={adding}
        month={month}
        currency={currency}
        categories={unbudgeted}
        onClose={() => setAdding(false)}
      />
    </>
  );
}

function money(
  key: string,
  title: string,
  value: (line: BudgetLine) => number,
  currency: CurrencyCode,
  signDisplay?: 'exceptZero' | 'always',
): TableColumnsType<BudgetLine>[number] {
  return {
    key,
    title,
    align: 'right',
    render: (_value, line) => {
      const minor = value(line);
      return (
        <Money
          minor={minor}
          currency={currency}
          signDisplay={signDisplay && minor !== 0 ? 'exceptZero' : undefined}
        />
      );
    },
  };
}

function SummaryTile({
  label,
  minor,
  currency,
}: {
  readonly label: string;
  readonly minor: number;
  readonly currency: CurrencyCode;
}) {
  return (
    <div className="purse-budget-tile" role="listitem">
      <div className="purse-budget-tile__label">{label}</div>
      <div className="purse-budget-tile__value">
        <Money minor={minor} currency={currency} strong />
      </div>
    </div>
  );
}

/** Spent against available: a warning from 80%, an error over 100%. */
function BudgetProgress({ line, label }: { readonly line: BudgetLine; readonly label: string }) {
  const { t } = useTranslation();
  if (line.percent === null) {
    // A zero budget says so under the name already.
    if (line.budget === 0) return null;
    return <span className="purse-budget-note">{t('budgets.nothingAvailable')}</span>;
  }
  const percent = line.percent;
  const status = percent > 100 ? 'exception' : 'normal';
  const className =
    percent > 100
      ? 'purse-budget-progress--over'
      : percent >= 80
        ? 'purse-budget-progress--warn'
        : '';
  return (
    <Progress
      className={className}
      percent={Math.min(percent, 100)}
      status={status}
      size="small"
      format={() => `${percent}%`}
      aria-label={t('budgets.progressFor', { category: label, percent })}
    />
  );
}
