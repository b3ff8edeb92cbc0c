import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { minorToDecimalString } from '../../../shared/money';
import { Money } from '../../components/money';
import { budgetAmountProblem, parseBudgetAmount } from './budget-amount';

export interface BudgetAmountCellProps {
  readonly amount: number;
  readonly currency: CurrencyCode;
  /** What the amount is for, to name the field and its button. */
  readonly label: string;
  readonly saving: boolean;
  readonly onSave: (minor: number) => Promise<unknown>;
}

/** A budget's amount, edited in place: Enter saves, Esc puts it back. */
export function BudgetAmountCell({
  amount,
  currency,
  label,
  saving,
  onSave,
}: BudgetAmountCellProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const start = () => {
    setText(minorToDecimalString(amount, currency));
    setProblem(null);
    setEditing(true);
  };
  const save = async () => {
    const message = budgetAmountProblem(text, currency, t);
    if (message) {
      setProblem(message);
      return;
    }
    const minor = parseBudgetAmount(text, currency);
    if (minor === amount) {
      setEditing(false);
      return;
    }
    try {
      await onSave(minor);
      setEditing(false);
    } catch {
      // The page shows the ledger's refusal; keep the field open to correct it.
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(false);
    }
  };

  if (!editing) {
    return (
      <Space size={4} className="purse-budget-amount">
        <Money minor={amount} currency={currency} />
        <Button
          type="text"
          size="small"
          icon={<EditOutlined aria-hidden />}
          aria-label={t('budgets.editAmount', { category: label })}
          onClick={start}
        />
      </Space>
    );
  }
  return (
    <div className="purse-budget-amount-edit">
      <Space.Compact>
        <Input
          autoFocus
          size="small"
          inputMode="decimal"
          className="purse-budget-amount-input"
          aria-label={t('budgets.amountFor', { category: label })}
          aria-invalid={problem ? true : undefined}
          status={problem ? 'error' : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onPressEnter={() => void save()}
          onKeyDown={onKeyDown}
        />
        <Button size="small" type="primary" loading={saving} onClick={() => void save()}>
          {t('common.save')}
        </Button>
        <Button size="small" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </Button>
      </Space.Compact>
      {problem ? (
        <div role="alert" className="purse-budget-amount-problem">
          {problem}
        </div>
      ) : null}
    </div>
  );
}
