import { Form } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, BillView } from '../../../shared/bills';
import type { Account, Category } from '../../../shared/domain';
import { BillAutopayField } from './bill-autopay-field';
import { defaultCategoryId, initialBillFormValues, type BillFormValues } from './bill-form-model';
import { BillFormSummary } from './bill-form-summary';
import { BillPayFields } from './bill-pay-fields';
import { BillReminderFields } from './bill-reminder-fields';
import { BillScheduleFields } from './bill-schedule-fields';
import { BillWhoFields } from './bill-who-fields';
import { useBillSave } from './use-bill-save';
import { FormActions } from '../../components/form-actions';
import { VerticalForm } from '../../components/vertical-form';

export interface BillFormProps {
  /** The bill being edited; none to add one. */
  readonly bill?: BillView;
  /** Open accounts to pay from (the bill's own stays listed even if archived since). */
  readonly accounts: readonly Account[];
  /** Expense categories. */
  readonly categories: readonly Category[];
  readonly today: string;
  readonly onSaved: (bill: Bill) => void;
  readonly onCancel: () => void;
}

/**
 * Adds or edits a bill: who it is with (kind, name, the account number with the biller),
 * how it is paid (account, category, fixed or estimated amount), when (first due date and
 * how it repeats), the reminder, and autopay. The ledger is the judge: the fields its
 * VALIDATION refusals name are marked with what to fix.
 */
export function BillForm({ bill, accounts, categories, today, onSaved, onCancel }: BillFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BillFormValues>();
  const categoryChosen = useRef(Boolean(bill));
  const editing = bill !== undefined;

  const initialValues = useMemo<BillFormValues>(
    () => initialBillFormValues(bill, accounts, categories, today),
    // The first values only: later changes of the lists must not reset what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const kind = Form.useWatch('billerKind', form) ?? initialValues.billerKind;
  const amountKind = Form.useWatch('amountKind', form) ?? initialValues.amountKind;
  const repeat = Form.useWatch('repeat', form) ?? initialValues.repeat;
  const accountId = Form.useWatch('payFromAccountId', form) ?? initialValues.payFromAccountId;
  const account = accounts.find((candidate) => candidate.id === accountId);
  const currency = account?.currency ?? bill?.currency ?? 'CNY';
  const save = useBillSave({ form, bill, currency, onSaved });

  return (
    <VerticalForm<BillFormValues>
      form={form}
      initialValues={initialValues}
      onFinish={save.submit}
      onValuesChange={(changed: Partial<BillFormValues>) => {
        save.resetError();
        if ('categoryId' in changed) categoryChosen.current = true;
        if (changed.billerKind && !categoryChosen.current) {
          const fallback = defaultCategoryId(categories, changed.billerKind);
          if (fallback) form.setFieldValue('categoryId', fallback);
        }
        // Monthly bills fall on the first due date's day unless the person picks another.
        if (changed.firstDue) form.setFieldValue('dayOfMonth', changed.firstDue.date());
      }}
      className="purse-bill-form"
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <BillWhoFields kind={kind} />
      <BillPayFields
        accounts={accounts}
        categories={categories}
        amountKind={amountKind}
        currency={currency}
      />
      <fieldset className="purse-bill-form__group">
        <legend className="purse-card-title">{t('bills.form.whenTitle')}</legend>
        <BillScheduleFields repeat={repeat} today={today} keptFirstDue={bill?.firstDue} />
        <BillReminderFields />
        <BillFormSummary repeat={repeat} />
        <BillAutopayField />
      </fieldset>

      <FormActions
        submitLabel={editing ? t('bills.form.saveChanges') : t('bills.form.save')}
        onCancel={onCancel}
        pending={save.saving}
        holdCancel
        error={save.error}
        size="large"
      />
    </VerticalForm>
  );
}
