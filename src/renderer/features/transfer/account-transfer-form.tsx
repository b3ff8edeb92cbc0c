import { SwapOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import type { Account } from '../../../shared/domain';
import type { MoneyResult } from '../../../shared/payments';
import { AccountField } from '../../components/account-select';
import { parseAmountField } from '../../components/money-rules';
import { ContinueActions, sameCurrency } from '../money/money-form-parts';
import { useMoneyFlow } from '../money/use-money-flow';
import { TransferConfirmSheet } from './transfer-confirm';
import { TransferFromFields } from './transfer-from-fields';
import { MemoField } from '../../components/memo-field';
import type { TransferRequest } from './transfer-request';

interface AccountValues {
  accountId?: string;
  toAccountId?: string;
  amount?: string;
  memo?: string;
}

export interface AccountTransferFormProps {
  readonly accounts: readonly Account[];
  readonly onSent: (result: MoneyResult) => void;
}

/** Move money between two of your own accounts (confirmed with the PIN like any transfer). */
export function AccountTransferForm({ accounts, onSent }: AccountTransferFormProps) {
  const { t } = useTranslation();
  const flow = useMoneyFlow<TransferRequest>(onSent);
  const [form] = Form.useForm<AccountValues>();
  const accountId = Form.useWatch('accountId', form);
  const from = accounts.find((account) => account.id === accountId);
  const currency = from?.currency ?? accounts[0]?.currency ?? 'CNY';

  const submit = (values: AccountValues) => {
    const source = accounts.find((candidate) => candidate.id === values.accountId);
    const target = accounts.find((candidate) => candidate.id === values.toAccountId);
    if (!source || !target) return;
    const amount = parseAmountField(values.amount, source.currency);
    if (!amount.ok) return;
    const memo = values.memo?.trim();
    flow.confirm({
      accountId: source.id,
      to: { accountId: target.id },
      toName: target.name,
      amount: amount.minor,
      ...(memo ? { memo } : {}),
      timeZone: systemTimeZone(),
    });
  };

  const swap = () => {
    const source = form.getFieldValue('accountId') as string | undefined;
    const target = form.getFieldValue('toAccountId') as string | undefined;
    form.setFieldsValue({ accountId: target, toAccountId: source });
    void form.validateFields(['toAccountId']).catch(() => undefined);
  };

  return (
    <>
      <Form<AccountValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ accountId: accounts[0]?.id, toAccountId: accounts[1]?.id }}
        onFinish={submit}
        className="purse-record-form"
      >
        <TransferFromFields accounts={accounts} currency={currency} autoFocus />
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
        <AccountField
          name="toAccountId"
          label={t('transfer.to')}
          accounts={accounts}
          dependencies={['accountId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) => {
                const sourceId = getFieldValue('accountId') as string | undefined;
                if (value && value === sourceId) {
                  return Promise.reject(new Error(t('errors.SAME_ACCOUNT')));
                }
                return sameCurrency(
                  t,
                  accounts.find((account) => account.id === sourceId),
                  accounts.find((account) => account.id === value),
                );
              },
            }),
          ]}
        />
        <MemoField label={t('transfer.memo')} placeholder={t('transfer.memoPlaceholder')} />
        <ContinueActions />
      </Form>
      <TransferConfirmSheet
        {...flow.sheet}
        from={accounts.find((account) => account.id === flow.request?.accountId)}
      />
    </>
  );
}
