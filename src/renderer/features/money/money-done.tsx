import { Button, Card, Result } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Transaction } from '../../../shared/domain';
import type { Receipt } from '../../../shared/payments';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { DetailList, type DetailItem } from '../../components/detail-list';
import { Money } from '../../components/money';
import { firstQueryError, PageLoading, PageQueriesError } from '../../components/page-state';
import { hrefOf } from '../../shell/routes';
import { navigate } from '../../shell/use-route';

export interface MoneyDoneProps {
  readonly title: string;
  /** Who got it, or where it went. */
  readonly subtitle: ReactNode;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly rows: readonly (DetailItem | null | false)[];
  /** The transaction, for "View receipt". */
  readonly transactionId: string;
  readonly receiptLabel: string;
  readonly onDone: () => void;
  readonly doneLabel?: string;
}

/** The success of a money movement: an antd Result with the amount and the details. */
export function MoneyDone({
  title,
  subtitle,
  amount,
  currency,
  rows,
  transactionId,
  receiptLabel,
  onDone,
  doneLabel,
}: MoneyDoneProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      className="purse-money-done"
      title={<span role="status">{title}</span>}
      subTitle={
        <div className="purse-money-done__head">
          <div className="purse-money-done__who">{subtitle}</div>
          <div className="purse-money-done__amount">
            <Money minor={amount} currency={currency} strong />
          </div>
        </div>
      }
      extra={[
        <Button key="done" type="primary" onClick={onDone} autoFocus>
          {doneLabel ?? t('pay.done.done')}
        </Button>,
        <Button
          key="receipt"
          href={hrefOf('receipt', { id: transactionId })}
          onClick={(event) => {
            event.preventDefault();
            navigate('receipt', { id: transactionId });
          }}
        >
          {receiptLabel}
        </Button>,
      ]}
    >
      <DetailList items={rows} className="purse-money-done__rows" />
    </Result>
  );
}

/** What differs between the flows' done pages: the words and the lines. */
export type MoneyDoneView = Pick<MoneyDoneProps, 'title' | 'subtitle' | 'rows' | 'receiptLabel'>;

export interface DoneContext {
  readonly receipt: Receipt;
  /** Any account's name, archived ones too. */
  readonly accountName: (id: string | undefined) => string;
  readonly t: TFunction;
}

/** When the money moved: a line of every done page. */
export function timeRow(txn: Transaction, label: string): DetailItem {
  return { key: 'time', label, value: <DateTime value={txn.occurredAt} /> };
}

/** The balance left after the movement, when the ledger said. */
export function balanceAfterRow(
  txn: Transaction,
  label: string,
  strong = false,
): DetailItem | null {
  if (txn.balanceAfter === undefined) return null;
  return {
    key: 'after',
    label,
    value: <Money minor={txn.balanceAfter} currency={txn.currency} strong={strong} />,
    ...(strong ? { strong: true } : {}),
  };
}

export interface MoneyDonePageProps {
  /** The movement just made (in the address, so a reload keeps the page). */
  readonly transactionId: string;
  readonly onDone: () => void;
  readonly describe: (done: DoneContext) => MoneyDoneView;
}

/** The one done page of pay, transfers, top-up and withdrawal: the receipt as it was saved. */
export function MoneyDonePage({ transactionId, onDone, describe }: MoneyDonePageProps) {
  const { t } = useTranslation();
  const receipt = usePurseQuery('receipts.get', { id: transactionId });
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const body = () => {
    const queries = [receipt, accounts];
    if (firstQueryError(queries)) return <PageQueriesError queries={queries} />;
    if (!receipt.data || !accounts.data) return <PageLoading rows={5} />;
    const all = accounts.data;
    const accountName = (id: string | undefined) =>
      all.find((account) => account.id === id)?.name ?? t('transactions.unknownAccount');
    const txn = receipt.data.transaction;
    return (
      <MoneyDone
        {...describe({ receipt: receipt.data, accountName, t })}
        amount={txn.amount}
        currency={txn.currency}
        transactionId={txn.id}
        onDone={onDone}
      />
    );
  };
  return <Card className="purse-card purse-form-card">{body()}</Card>;
}
