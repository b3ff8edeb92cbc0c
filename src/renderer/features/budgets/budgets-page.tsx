import { CopyOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton } from '../../components/add-button';
import { FormError } from '../../components/form-error';
import { MoneyTiles, tilesOf } from '../../components/money-tiles';
import { PageHeader } from '../../components/page-header';
import { PageQueries } from '../../components/page-queries';
import { AddBudgetDialog } from './add-budget-dialog';
import './budgets.css';
import { BudgetsTable } from './budgets-table';
import { MONTH_KEY_PATTERN } from '../../../shared/dates';
import { thisMonth } from '../../components/month-key';
import { MonthPicker } from '../../components/month-picker';
import { useBudgetMonth } from './use-budget-month';

/** The month's totals: budgeted, spent, income and bills still to pay. */
const BUDGET_TILES = ['totalBudget', 'totalSpent', 'income', 'totalPlannedBills'] as const;

/**
 * Budgets: a limit per expense category for a month, and how the month is going. `month`
 * (`#/budgets?month=2026-11`, from an inbox entry) opens that month instead of this one.
 */
export function BudgetsPage({ month: opening }: { readonly month?: string | null } = {}) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() =>
    opening && MONTH_KEY_PATTERN.test(opening) ? opening : thisMonth(),
  );
  const [adding, setAdding] = useState(false);
  const budgets = useBudgetMonth(month);
  const { budget, categories, currency, unbudgeted } = budgets;

  return (
    <>
      <PageHeader
        title={t('budgets.title')}
        subtitle={t('budgets.subtitle')}
        extra={
          <>
            <MonthPicker label={t('budgets.month')} month={month} onChange={setMonth} />
            <Button
              icon={<CopyOutlined aria-hidden />}
              loading={budgets.copying}
              onClick={budgets.copyLastMonth}
            >
              {t('budgets.copyLastMonth')}
            </Button>
            <AddButton
              label={t('budgets.add')}
              disabled={!categories.data || unbudgeted.length === 0}
              onClick={() => setAdding(true)}
            />
          </>
        }
      />
      <PageQueries queries={[budget, categories]} data={budget.data} loadingRows={6}>
        {(data) => (
          <div className="purse-stack">
            <MoneyTiles
              label={t('budgets.summary')}
              currency={currency}
              tiles={tilesOf(data, BUDGET_TILES, (key) => t(`budgets.${key}`))}
            />
            <FormError error={budgets.lastError} />
            <BudgetsTable lines={data.lines} budgets={budgets} onAdd={() => setAdding(true)} />
          </div>
        )}
      </PageQueries>
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
