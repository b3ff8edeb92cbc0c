import { SwapOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import { AccountField, chosenCurrency } from '../../components/account-select';
import { accountAmount } from '../../components/money-rules';
import { sameCurrency } from '../money/money-form-parts';
import { useMoneyFlow } from '../money/use-money-flow';
import { TransferFormFrame } from './transfer-form-frame';
import { TransferFromFields } from './transfer-from-fields';
import type { TransferFormProps, TransferRequest } from './transfer-request';

interface AccountValues {
  accountId?: string;
  toAccountId?: string;
  amount?: string;
  memo?: string;
}

/** Move money between two of your own accounts (confirmed with the PIN like any transfer). */
export function AccountTransferForm({ accounts, onSent }: TransferFormProps) {
  const { t } = useTranslation();
  const flow = useMoneyFlow<TransferRequest>(onSent);
  const [form] = Form.useForm<AccountValues>();
  const accountId = Form.useWatch('accountId', form);
  const currency = chosenCurrency(accounts, accountId);

  const submit = (values: AccountValues) => {
    const sent = accountAmount(accounts, values.accountId, values.amount);
    const target = accounts.find((candidate) => candidate.id === values.toAccountId);
    if (!sent || !target) return;
    const memo = values.memo?.trim();
    flow.confirm({
      accountId: sent.account.id,
      to: { accountId: target.id },
      toName: target.name,
      amount: sent.minor,
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
    <TransferFormFrame<AccountValues>
      form={form}
      initialValues={{ accountId: accounts[0]?.id, toAccountId: accounts[1]?.id }}
      onFinish={submit}
      accounts={accounts}
      sheet={flow.sheet}
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
    </TransferFormFrame>
  );
}
