import { SwapOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import type { Account, TransactionDetail } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AccountSelect } from '../../components/account-select';
import { AmountField } from '../../components/amount-field';
import { DateTimeField } from '../../components/date-time-field';
import { FormError } from '../../components/form-error';
import { parseAmountField } from '../../components/money-rules';
import { markServerIssues } from '../../components/server-issues';
import { MemoField } from '../record/memo-field';
import { RECORD_FIELDS, type TransferValues } from '../record/record-fields';

export interface TransferFormProps {
  /** Open accounts to move money between. */
  readonly accounts: readonly Account[];
  readonly onRecorded: (detail: TransactionDetail) => void;
}

/**
 * Moves money between two of the person's accounts. The ledger decides what is allowed (same
 * account, currencies, funds); its refusal is shown here in the UI language.
 */
export function TransferForm({ accounts, onRecorded }: TransferFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TransferValues>();
  const accountId = Form.useWatch('accountId', form);
  const currency =
    accounts.find((account) => account.id === accountId)?.currency ??
    accounts[0]?.currency ??
    'CNY';
  const record = usePurseMutation('transactions.record', {
    onSuccess: (detail) => onRecorded(detail),
  });

  const submit = (values: TransferValues) => {
    const from = accounts.find((candidate) => candidate.id === values.accountId);
    if (!from || !values.toAccountId || !values.occurredAt) return;
    const amount = parseAmountField(values.amount, from.currency);
    if (!amount.ok) return;
    const memo = values.memo?.trim();
    record.mutate(
      {
        kind: 'transfer',
        accountId: from.id,
        toAccountId: values.toAccountId,
        amount: amount.minor,
        occurredAt: values.occurredAt.valueOf(),
        timeZone: systemTimeZone(),
        ...(memo ? { memo } : {}),
      },
      {
        onError: (error) => markServerIssues(form, error, RECORD_FIELDS, t('errors.invalidField')),
      },
    );
  };

  const swap = () => {
    const from = form.getFieldValue('accountId') as string | undefined;
    const to = form.getFieldValue('toAccountId') as string | undefined;
    form.setFieldsValue({ accountId: to, toAccountId: from });
    record.reset();
  };

  return (
    <Form<TransferValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{
        accountId: accounts[0]?.id,
        toAccountId: accounts[1]?.id,
        occurredAt: dayjs(),
      }}
      onFinish={submit}
      onValuesChange={() => record.error && record.reset()}
      className="purse-record-form"
    >
      <AmountField
        name="amount"
        label={t('record.amount')}
        currency={currency}
        dependencies={['accountId']}
        positive
        autoFocus
      />
      <Form.Item
        name="accountId"
        label={t('transfer.from')}
        rules={[{ required: true, message: t('record.accountRequired') }]}
      >
        <AccountSelect accounts={accounts} />
      </Form.Item>
      <div className="purse-swap-row">
        <Button
          type="text"
          size="small"
          icon={<SwapOutlined rotate={90} aria-hidden />}
          onClick={swap}
        >
          {t('transfer.swap')}
        </Button>
      </div>
      <Form.Item
        name="toAccountId"
        label={t('transfer.to')}
        rules={[{ required: true, message: t('record.accountRequired') }]}
      >
        <AccountSelect accounts={accounts} />
      </Form.Item>
      <DateTimeField name="occurredAt" label={t('record.occurredAt')} />
      <MemoField />
      <FormError error={record.error} />
      <div className="purse-form-actions">
        <Button type="primary" htmlType="submit" size="large" loading={record.isPending}>
          {t('transfer.submit')}
        </Button>
      </div>
    </Form>
  );
}
