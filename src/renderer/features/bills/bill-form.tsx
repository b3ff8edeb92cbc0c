import { Form } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, BillView, ScheduleKind } from '../../../shared/bills';
import type { Account, Category, Counterparty } from '../../../shared/domain';
import { BillAutopayField } from './bill-autopay-field';
import {
  defaultCategoryId,
  initialBillFormValues,
  startingCategory,
  type BillFormValues,
} from './bill-form-model';
import { BillFormSummary } from './bill-form-summary';
import { BillPayFields } from './bill-pay-fields';
import { BillReminderFields } from './bill-reminder-fields';
import { BillScheduleFields } from './bill-schedule-fields';
import { BillWhoFields } from './bill-who-fields';
import { ScheduleKindField } from './schedule-kind-field';
import { ScheduleWhatFields } from './schedule-what-fields';
import { useBillSave } from './use-bill-save';
import { FormActions } from '../../components/form-actions';
import { VerticalForm } from '../../components/vertical-form';

export interface BillFormProps {
  /** The bill being edited; none to add one. */
  readonly bill?: BillView;
  /** Open accounts to pay from (the bill's own stays listed even if archived since). */
  readonly accounts: readonly Account[];
  /** Open categories of both kinds (income ones are offered for income). */
  readonly categories: readonly Category[];
  /** The person's contacts, for money sent to one on a schedule. */
  readonly contacts: readonly Counterparty[];
  readonly today: string;
  /** What a new schedule starts as. */
  readonly startKind?: ScheduleKind;
  readonly onSaved: (bill: Bill) => void;
  readonly onCancel: () => void;
}

/**
 * Adds or edits a schedule: what it is (a bill, income, an expense, a move between own
 * accounts, money to a contact), who it is with (for a bill: kind, name, the account number
 * with the biller), how the money moves (account, category, fixed or estimated amount), when
 * (first date, how it repeats, weekends, when it ends), the reminder, and whether it posts
 * on its own. The ledger is the judge: the fields its
 * VALIDATION refusals name are marked with what to fix.
 */
export function BillForm({
  bill,
  accounts,
  categories,
  contacts,
  today,
  startKind,
  onSaved,
  onCancel,
}: BillFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BillFormValues>();
  const categoryChosen = useRef(Boolean(bill));
  const editing = bill !== undefined;

  const initialValues = useMemo<BillFormValues>(
    () => initialBillFormValues(bill, accounts, categories, today, startKind),
    // The first values only: later changes of the lists must not reset what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const scheduleKind = Form.useWatch('scheduleKind', form) ?? initialValues.scheduleKind;
  const kind = Form.useWatch('billerKind', form) ?? initialValues.billerKind;
  const ends = Form.useWatch('ends', form) ?? initialValues.ends;
  const sideCategories = categories.filter(
    (category) => category.kind === (scheduleKind === 'income' ? 'income' : 'expense'),
  );
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
          const fallback = defaultCategoryId(sideCategories, changed.billerKind);
          if (fallback) form.setFieldValue('categoryId', fallback);
        }
        // Another kind has other categories (income or spending): choose again.
        if (changed.scheduleKind) {
          categoryChosen.current = false;
          form.setFieldValue('categoryId', startingCategory(categories, changed.scheduleKind));
          if (changed.scheduleKind === 'bill') form.setFieldValue('autopay', false);
        }
        // Monthly bills fall on the first due date's day unless the person picks another.
        if (changed.firstDue) form.setFieldValue('dayOfMonth', changed.firstDue.date());
      }}
      className="purse-bill-form"
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <ScheduleKindField kind={scheduleKind} />
      {scheduleKind === 'bill' ? (
        <BillWhoFields kind={kind} />
      ) : (
        <ScheduleWhatFields kind={scheduleKind} accounts={accounts} contacts={contacts} />
      )}
      <BillPayFields
        kind={scheduleKind}
        accounts={accounts}
        categories={sideCategories}
        amountKind={amountKind}
        currency={currency}
      />
      <fieldset className="purse-bill-form__group">
        <legend className="purse-card-title">{t('bills.form.whenTitle')}</legend>
        <BillScheduleFields
          repeat={repeat}
          ends={ends}
          today={today}
          keptFirstDue={bill?.firstDue}
        />
        <BillReminderFields />
        <BillFormSummary repeat={repeat} />
        <BillAutopayField kind={scheduleKind} />
      </fieldset>

      <FormActions
        submitLabel={
          editing
            ? t('bills.form.saveChanges')
            : scheduleKind === 'bill'
              ? t('bills.form.save')
              : t('bills.form.saveSchedule')
        }
        onCancel={onCancel}
        pending={save.saving}
        holdCancel
        error={save.error}
        size="large"
      />
    </VerticalForm>
  );
}
