import { Form } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import type { Account, CategoryKind, TransactionDetail } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { AccountField } from '../../components/account-select';
import { MovementAmountField } from '../../components/amount-field';
import { CategoryField } from '../../components/category-select';
import { DateTimeField } from '../../components/date-time-field';
import { accountAmount } from '../../components/money-rules';
import { markServerIssues } from '../../components/server-issues';
import { MemoField } from '../../components/memo-field';
import { RECORD_FIELDS, type EntryValues } from './record-fields';
import { FormActions } from '../../components/form-actions';
import { TagsSelect } from '../../components/tag-fields';
import { SplitLinesField, SplitToggle, splitLinesOf } from '../../components/split-lines-field';

export interface EntryFormProps {
  readonly kind: CategoryKind;
  /** Open accounts to record against. */
  readonly accounts: readonly Account[];
  readonly onRecorded: (detail: TransactionDetail) => void;
}

/**
 * Records money spent (expense) or received (income) on one account, in one category or
 * split across several.
 */
export function EntryForm({ kind, accounts, onRecorded }: EntryFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EntryValues>();
  const [splitting, setSplitting] = useState(false);
  const categories = usePurseQuery('categories.list', { kind });
  const accountId = Form.useWatch('accountId', form);
  const currency =
    accounts.find((account) => account.id === accountId)?.currency ??
    accounts[0]?.currency ??
    'CNY';
  const record = usePurseMutation('transactions.record', {
    onSuccess: (detail) => onRecorded(detail),
  });

  const submit = (values: EntryValues) => {
    const entry = accountAmount(accounts, values.accountId, values.amount);
    if (!entry || !values.occurredAt) return;
    const splits = splitting ? splitLinesOf(values.splits, entry.account.currency) : null;
    if (splitting ? !splits : !values.categoryId) return;
    const memo = values.memo?.trim();
    record.mutate(
      {
        kind,
        accountId: entry.account.id,
        ...(splits ? { splits } : { categoryId: values.categoryId! }),
        amount: entry.minor,
        occurredAt: values.occurredAt.valueOf(),
        timeZone: systemTimeZone(),
        ...(memo ? { memo } : {}),
        ...(values.tags?.length ? { tags: values.tags } : {}),
      },
      {
        onError: (error) => markServerIssues(form, error, RECORD_FIELDS, t('errors.invalidField')),
      },
    );
  };

  return (
    <Form<EntryValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ accountId: accounts[0]?.id, occurredAt: dayjs() }}
      onFinish={submit}
      onValuesChange={() => record.error && record.reset()}
      className="purse-record-form"
    >
      <MovementAmountField currency={currency} autoFocus />
      <AccountField
        name="accountId"
        label={kind === 'expense' ? t('record.payFrom') : t('record.receiveInto')}
        accounts={accounts}
      />
      {splitting ? (
        <SplitLinesField categories={categories.data ?? []} currency={currency} />
      ) : (
        <CategoryField
          label={t('record.category')}
          requiredMessage={t('record.categoryRequired')}
          categories={categories.data ?? []}
          loading={categories.isPending}
          placeholder={t('record.categoryPlaceholder')}
        />
      )}
      <SplitToggle splitting={splitting} onChange={setSplitting} />
      <DateTimeField name="occurredAt" label={t('record.occurredAt')} />
      <MemoField />
      <Form.Item name="tags" label={t('history.detail.tags')}>
        <TagsSelect />
      </Form.Item>
      <FormActions
        submitLabel={kind === 'expense' ? t('record.submitExpense') : t('record.submitIncome')}
        pending={record.isPending}
        error={record.error ?? categories.error}
        size="large"
      />
    </Form>
  );
}
