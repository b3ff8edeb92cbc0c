import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PurseError } from '../../../shared/errors';
import type { Account, Transaction } from '../../../shared/domain';
import { minorToDecimalString } from '../../../shared/money';
import { UNCLEARED_LISTED } from '../../../shared/reconcile';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateInput } from '../../components/date-input';
import { DateTime } from '../../components/date-time';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import { moneyRule } from '../../components/money-rules';
import { MoneyTiles } from '../../components/money-tiles';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { TitledTable } from '../../components/titled-table';
import { rightColumn } from '../../components/table-columns';
import { signedAmount } from '../../components/signed-amount';
import { useUndo } from '../../shell/use-undo';
import { navigate } from '../../shell/use-route';
import { useHistoryNames } from '../history/use-history';
import { useReconcile } from './use-reconcile';
import './reconcile.css';

/** `#/reconcile?account=<id>`: an account checked against a statement, then locked. */
export function ReconcilePage({ accountId }: { readonly accountId: string | null }) {
  const { t } = useTranslation();
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const account = accounts.data?.find((candidate) => candidate.id === accountId);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('home')}>
      {t('reconcile.back')}
    </Button>
  );
  if (accounts.error)
    return <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />;
  if (!accounts.data) return <PageLoading />;
  if (!account)
    return (
      <PageError
        error={new PurseError('NOT_FOUND', 'That account does not exist.')}
        onRetry={() => navigate('home')}
      />
    );
  return (
    <div className="purse-stack">
      <PageHeader
        title={t('reconcile.title', { account: account.name })}
        subtitle={t('reconcile.intro')}
        extra={back}
      />
      <ReconcileWork key={account.id} account={account} />
    </div>
  );
}

interface StatementValues {
  readonly through: Dayjs;
  readonly balance?: string;
}

function ReconcileWork({ account }: { readonly account: Account }) {
  const { t } = useTranslation();
  const { offerUndo } = useUndo();
  const [form] = Form.useForm<StatementValues>();
  const [values, setValues] = useState<StatementValues>({ through: dayjs() });
  const work = useReconcile(account, values.through, values.balance);
  const state = work.state.data;
  const ready = work.difference === 0 && work.statementBalance !== null;
  const finish = () =>
    work.reconcile.mutate(
      {
        accountId: account.id,
        through: work.through,
        statementBalance: work.statementBalance!,
        currency: account.currency,
      },
      {
        onSuccess: (outcome) =>
          outcome.reconciled
            ? offerUndo(t('reconcile.done', { count: outcome.reconciled }))
            : offerUndo(t('reconcile.nothingNew')),
      },
    );
  return (
    <>
      <Card className="purse-card">
        <Form<StatementValues>
          form={form}
          layout="inline"
          initialValues={values}
          onValuesChange={(_changed, all) => {
            work.reconcile.reset();
            setValues({ through: all.through ?? dayjs(), balance: all.balance });
          }}
          className="purse-reconcile-form"
        >
          <Form.Item name="through" label={t('reconcile.through')}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="balance"
            label={t('reconcile.balance')}
            rules={[moneyRule(account.currency, t, { allowNegative: true })]}
          >
            <Input
              inputMode="decimal"
              autoComplete="off"
              placeholder={minorToDecimalString(0, account.currency)}
              suffix={<span className="purse-currency-suffix">{account.currency}</span>}
            />
          </Form.Item>
        </Form>
        {state ? (
          <MoneyTiles
            label={t('reconcile.title', { account: account.name })}
            currency={account.currency}
            tiles={[
              { key: 'cleared', label: t('reconcile.cleared'), minor: state.clearedBalance },
              ...(work.statementBalance !== null
                ? [
                    {
                      key: 'statement',
                      label: t('reconcile.balance'),
                      minor: work.statementBalance,
                    },
                  ]
                : []),
              ...(work.difference !== null
                ? [{ key: 'difference', label: t('reconcile.difference'), minor: work.difference }]
                : []),
            ]}
          />
        ) : null}
        {state ? (
          <p className="purse-hint">
            {t('reconcile.clearedCount', {
              count: state.clearedCount,
              reconciled: state.reconciledCount,
            })}
          </p>
        ) : null}
        <FormError error={work.reconcile.error ?? work.clear.error} />
        <div className="purse-reconcile-finish">
          <Button
            type="primary"
            disabled={!ready}
            loading={work.reconcile.isPending}
            onClick={finish}
          >
            {t('reconcile.finish')}
          </Button>
          {!ready ? <p className="purse-hint">{t('reconcile.finishHint')}</p> : null}
        </div>
        {work.reconcile.isSuccess ? (
          <Alert
            type="success"
            showIcon
            title={
              work.reconcile.data.reconciled
                ? t('reconcile.done', { count: work.reconcile.data.reconciled })
                : t('reconcile.nothingNew')
            }
          />
        ) : null}
      </Card>
      {work.state.error ? (
        <PageError error={work.state.error} onRetry={() => void work.state.refetch()} />
      ) : state ? (
        <UnclearedTable
          account={account}
          rows={state.uncleared}
          total={state.unclearedCount}
          clear={work.clear}
        />
      ) : (
        <PageLoading />
      )}
    </>
  );
}

/** The transactions up to the closing day not cleared yet; ticking one clears it. */
function UnclearedTable({
  account,
  rows,
  total,
  clear,
}: {
  readonly account: Account;
  readonly rows: readonly Transaction[];
  readonly total: number;
  /** The page's clearing, so that its error shows above the finish button. */
  readonly clear: ReturnType<typeof useReconcile>['clear'];
}) {
  const { t } = useTranslation();
  const names = useHistoryNames();
  const what = (txn: Transaction) =>
    (txn.counterpartyId ? names.partyById.get(txn.counterpartyId)?.name : undefined) ??
    names.categoryOf(txn) ??
    t(`transactions.kinds.${txn.kind}`);
  /** What it moved on this account: its own side there (a transfer leaves one, enters one). */
  const sign = (txn: Transaction) =>
    txn.ownSides?.find((side) => side.account === account.id)?.amount ??
    (txn.toAccountId === account.id ? txn.amount : signedAmount(txn, account));
  return (
    <TitledTable<Transaction>
      title={t('reconcile.uncleared')}
      titleClassName="purse-card-title"
      rowKey="id"
      rows={rows}
      columns={[
        {
          key: 'clear',
          width: 48,
          render: (_value, txn) => (
            <Checkbox
              aria-label={t('reconcile.clearRow', { what: what(txn) })}
              disabled={clear.isPending}
              onChange={() => clear.mutate({ ids: [txn.id], accountId: account.id, cleared: true })}
            />
          ),
        },
        {
          key: 'when',
          title: t('transactions.date'),
          render: (_value, txn) => <DateTime value={txn.occurredAt} />,
        },
        { key: 'what', title: t('reconcile.details'), render: (_value, txn) => what(txn) },
        rightColumn('amount', t('transactions.amount'), (txn: Transaction) => (
          <Money minor={sign(txn)} currency={txn.currency} signDisplay="exceptZero" />
        )),
      ]}
    >
      {total === 0 ? <p className="purse-hint">{t('reconcile.noneUncleared')}</p> : null}
      {total > UNCLEARED_LISTED ? (
        <p className="purse-hint">
          {t('reconcile.unclearedMore', { shown: UNCLEARED_LISTED, count: total })}
        </p>
      ) : null}
    </TitledTable>
  );
}
