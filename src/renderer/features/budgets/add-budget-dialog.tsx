import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rollover } from '../../../shared/budgets';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Category } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { CategorySelect } from '../../components/category-select';
import { FormError } from '../../components/form-error';
import { budgetAmountProblem, parseBudgetAmount } from './budget-amount';
import { useRolloverOptions } from './rollover-options';
import { VerticalForm } from '../../components/vertical-form';

export interface AddBudgetDialogProps {
  readonly open: boolean;
  readonly month: string;
  readonly currency: CurrencyCode;
  /** Active expense categories without a budget this month. */
  readonly categories: readonly Category[];
  readonly onClose: () => void;
}

interface Values {
  readonly categoryId?: string;
  readonly amount?: string;
  readonly rollover: Rollover;
}

/** Adds a budget for one more category this month. */
export function AddBudgetDialog({
  open,
  month,
  currency,
  categories,
  onClose,
}: AddBudgetDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const set = usePurseMutation('budgets.set');
  const rollovers = useRolloverOptions();
  const [submitted, setSubmitted] = useState(false);

  const close = () => {
    form.resetFields();
    set.reset();
    setSubmitted(false);
    onClose();
  };
  const submit = (values: Values) => {
    if (!values.categoryId || values.amount === undefined) return;
    setSubmitted(true);
    set.mutate(
      {
        categoryId: values.categoryId,
        month,
        amount: parseBudgetAmount(values.amount, currency),
        rollover: values.rollover,
      },
      { onSuccess: close },
    );
  };

  return (
    <Modal open={open} title={t('budgets.addTitle')} onCancel={close} destroyOnHidden footer={null}>
      <VerticalForm<Values> form={form} initialValues={{ rollover: 'none' }} onFinish={submit}>
        <Form.Item
          name="categoryId"
          label={t('budgets.category')}
          rules={[{ required: true, message: t('budgets.pickCategory') }]}
        >
          <CategorySelect categories={categories} placeholder={t('budgets.pickCategory')} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('budgets.amount')}
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                const problem = budgetAmountProblem(value, currency, t);
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            },
          ]}
        >
          <Input inputMode="decimal" prefix={currency} autoComplete="off" />
        </Form.Item>
        <Form.Item name="rollover" label={t('budgets.rollover')}>
          <Select<Rollover> options={rollovers} virtual={false} />
        </Form.Item>
        {submitted ? <FormError error={set.error} /> : null}
        <div className="purse-budget-dialog-actions">
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={set.isPending}>
            {t('budgets.addSubmit')}
          </Button>
        </div>
      </VerticalForm>
    </Modal>
  );
}
