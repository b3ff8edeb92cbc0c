import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Posting, TransactionDetail } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { DetailList } from '../../components/detail-list';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { PageError, PageLoading } from '../../components/page-state';
import { hrefOf } from '../../shell/routes';
import { signedAmount } from '../../components/signed-amount';
import { TitledTable } from '../../components/titled-table';
import type { HistoryNames } from './use-history';

/** Kinds that have a receipt to open. */
const WITH_RECEIPT = new Set(['payment', 'p2p', 'topup', 'withdrawal', 'refund']);

export interface TransactionDetailDrawerProps {
  readonly id: string | null;
  readonly names: HistoryNames;
  readonly onClose: () => void;
}

/** One transaction: what it was, its postings, its receipt, and its category and memo to edit. */
export function TransactionDetailDrawer({ id, names, onClose }: TransactionDetailDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={t('history.detail.title')}
      destroyOnHidden
    >
      {id ? <DetailBody id={id} names={names} /> : null}
    </Drawer>
  );
}

function DetailBody({ id, names }: { readonly id: string; readonly names: HistoryNames }) {
  const { t } = useTranslation();
  const detail = usePurseQuery('transactions.get', { id });
  if (detail.error) return <PageError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data || !names.ready) return <PageLoading />;
  const { transaction: txn } = detail.data;
  const party = txn.counterpartyId ? names.partyById.get(txn.counterpartyId) : undefined;
  const accountName = (accountId: string) =>
    names.accountById.get(accountId)?.name ?? t('transactions.unknownAccount');
  return (
    <div className="purse-stack">
      <DetailList
        items={[
          {
            key: 'amount',
            label: t('transactions.amount'),
            value: (
              <Money
                minor={signedAmount(txn, names.accountById.get(txn.accountId))}
                currency={txn.currency}
                signDisplay="exceptZero"
              />
            ),
            strong: true,
          },
          {
            key: 'when',
            label: t('transactions.date'),
            value: <DateTime value={txn.occurredAt} />,
          },
          { key: 'kind', label: t('history.kind'), value: t(`transactions.kinds.${txn.kind}`) },
          {
            key: 'account',
            label: t('transactions.account'),
            value: txn.toAccountId
              ? t('transactions.transferRoute', {
                  from: accountName(txn.accountId),
                  to: accountName(txn.toAccountId),
                })
              : accountName(txn.accountId),
          },
          party
            ? { key: 'party', label: t('history.detail.counterparty'), value: party.name }
            : null,
          txn.receiptNo
            ? { key: 'receipt', label: t('history.detail.receiptNo'), value: txn.receiptNo }
            : null,
        ]}
      />
      {WITH_RECEIPT.has(txn.kind) ? (
        <a href={hrefOf('receipt', { id: txn.id })}>{t('history.detail.openReceipt')}</a>
      ) : null}
      <EditForm detail={detail.data} names={names} />
      <TitledTable<Posting>
        title={t('history.detail.postings')}
        titleClassName="purse-card-title"
        rowKey="id"
        rows={detail.data.postings}
        columns={[
          {
            key: 'side',
            title: t('history.detail.side'),
            render: (_value, posting) => (
              <SideName ledgerAccount={posting.ledgerAccount} names={names} />
            ),
          },
          rightColumn('amount', t('transactions.amount'), (posting: Posting) => (
            <Money minor={posting.amount} currency={posting.currency} signDisplay="exceptZero" />
          )),
        ]}
      >
        <p className="purse-history-detail__note">{t('history.detail.postingsNote')}</p>
      </TitledTable>
    </div>
  );
}

/** Names one side of a posting: an own account, a category, opening balances, the outside. */
function SideName({ ledgerAccount, names }: { ledgerAccount: string; names: HistoryNames }) {
  const { t } = useTranslation();
  const [prefix, rest = ''] = ledgerAccount.split(':');
  if (!ledgerAccount.includes(':'))
    return <>{names.accountById.get(ledgerAccount)?.name ?? t('transactions.unknownAccount')}</>;
  if (prefix === 'category')
    return (
      <>
        {t('history.detail.categorySide', {
          name: names.category(rest) ?? t('history.detail.unknown'),
        })}
      </>
    );
  if (prefix === 'equity') return <>{t('history.detail.openingSide')}</>;
  if (prefix === 'external')
    return (
      <>
        {t('history.detail.externalSide', {
          name: names.partyById.get(rest)?.name ?? t('history.detail.unknown'),
        })}
      </>
    );
  return <>{ledgerAccount}</>;
}

interface EditValues {
  readonly categoryId?: string;
  readonly memo: string;
}

function EditForm({ detail, names }: { detail: TransactionDetail; names: HistoryNames }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const txn = detail.transaction;
  const update = usePurseMutation('transactions.update', {
    onSuccess: () => void message.success(t('history.detail.saved')),
  });
  const current = txn.categoryId ? names.categoryById.get(txn.categoryId) : undefined;
  const choices = names.categories.filter(
    (category) =>
      current &&
      category.kind === current.kind &&
      (!category.archived || category.id === current.id),
  );
  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      name="history-edit"
      initialValues={{ categoryId: txn.categoryId, memo: txn.memo ?? '' }}
      onFinish={(values) => {
        const memo = values.memo.trim();
        update.mutate({
          id: txn.id,
          ...(values.categoryId && values.categoryId !== txn.categoryId
            ? { categoryId: values.categoryId }
            : {}),
          memo,
        });
      }}
    >
      {current ? (
        <Form.Item name="categoryId" label={t('history.detail.category')}>
          <Select
            options={choices.map((category) => ({
              value: category.id,
              label: names.category(category.id),
            }))}
            showSearch={{ optionFilterProp: 'label' }}
            virtual={false}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="memo"
        label={t('history.detail.memo')}
        rules={[{ max: 200, message: t('history.detail.memoTooLong') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} count={{ show: true, max: 200 }} />
      </Form.Item>
      <FormError error={update.error} />
      <div className="purse-form-actions">
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('history.detail.save')}
        </Button>
      </div>
      <p className="purse-history-detail__note">{t('history.detail.logged')}</p>
    </Form>
  );
}
