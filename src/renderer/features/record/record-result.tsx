import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, TransactionDetail } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import { useFormattingLocale } from '../../i18n/use-locale';
import { navigate } from '../../shell/use-route';

export interface RecordResultProps {
  readonly detail: TransactionDetail;
  /** Accounts as they are now, to show the new balances. */
  readonly accounts: readonly Account[];
  readonly onAnother: () => void;
}

/** The outcome of a recorded transaction: what moved, and the balances it left. */
export function RecordResult({ detail, accounts, onAnother }: RecordResultProps) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const { transaction: txn } = detail;
  const money = (minor: number) => formatMoney(minor, txn.currency, locale);
  const from = accounts.find((account) => account.id === txn.accountId);
  const to = txn.toAccountId
    ? accounts.find((account) => account.id === txn.toAccountId)
    : undefined;

  const title =
    txn.kind === 'transfer'
      ? t('record.doneTransfer')
      : txn.kind === 'income'
        ? t('record.doneIncome')
        : t('record.doneExpense');
  const what =
    txn.kind === 'transfer'
      ? t('record.doneTransferBody', {
          amount: money(txn.amount),
          from: from?.name ?? '',
          to: to?.name ?? '',
        })
      : txn.kind === 'income'
        ? t('record.doneIncomeBody', { amount: money(txn.amount), account: from?.name ?? '' })
        : t('record.doneExpenseBody', { amount: money(txn.amount), account: from?.name ?? '' });
  const balances = [from, to]
    .filter((account): account is Account => account !== undefined)
    .map((account) =>
      t('record.balanceNow', {
        account: account.name,
        balance: formatMoney(account.balance, account.currency, locale),
      }),
    );

  return (
    <Result
      status="success"
      title={title}
      subTitle={
        <div role="status" className="purse-result-body">
          <div>{what}</div>
          {balances.map((line) => (
            <div key={line} className="purse-money-text">
              {line}
            </div>
          ))}
        </div>
      }
      extra={[
        <Button key="another" type="primary" onClick={onAnother} autoFocus>
          {txn.kind === 'transfer' ? t('record.anotherTransfer') : t('record.another')}
        </Button>,
        <Button key="home" onClick={() => navigate('home')}>
          {t('record.backHome')}
        </Button>,
      ]}
    />
  );
}
