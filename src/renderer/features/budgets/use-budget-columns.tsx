import { Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, Rollover } from '../../../shared/budgets';
import type { CurrencyCode } from '../../../shared/currencies';
import { DeleteButton } from '../../components/delete-button';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { BudgetAmountCell } from './budget-amount-cell';
import { BudgetCategoryCell } from './budget-category-cell';
import { useRolloverOptions } from './rollover-options';
import type { BudgetMonthState } from './use-budget-month';

/** The budget table's columns: each line's amounts, with its budget and rollover editable. */
export function useBudgetColumns(budgets: BudgetMonthState): TableColumnsType<BudgetLine> {
  const { t } = useTranslation();
  const rollovers = useRolloverOptions();
  const { currency, nameOf, saveLine } = budgets;
  return [
    {
      key: 'category',
      title: t('budgets.category'),
      render: (_value, line) => <BudgetCategoryCell line={line} name={nameOf(line.categoryId)} />,
    },
    rightColumn('budget', t('budgets.budget'), (line: BudgetLine) => (
      <BudgetAmountCell
        amount={line.budget}
        currency={currency}
        label={nameOf(line.categoryId)}
        saving={budgets.isSaving(line)}
        onSave={(amount) => saveLine(line, { amount })}
      />
    )),
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
      render: (_value, line) => {
        const category = nameOf(line.categoryId);
        return (
          <DeleteButton
            confirm={t('budgets.removeConfirm', { category })}
            okText={t('budgets.remove')}
            label={t('budgets.removeFor', { category })}
            onConfirm={() => budgets.removeLine(line)}
          />
        );
      },
    },
  ];
}

function money(
  key: string,
  title: string,
  value: (line: BudgetLine) => number,
  currency: CurrencyCode,
  signDisplay?: 'exceptZero' | 'always',
): TableColumnsType<BudgetLine>[number] {
  return rightColumn(key, title, (line: BudgetLine) => {
    const minor = value(line);
    return (
      <Money
        minor={minor}
        currency={currency}
        signDisplay={signDisplay && minor !== 0 ? 'exceptZero' : undefined}
      />
    );
  });
}
