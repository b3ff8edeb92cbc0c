import { Button, Drawer, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isFullyEditable, isVoidable } from '../../../shared/corrections';
import type { Posting, Transaction } from '../../../shared/domain';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { PageError, PageLoading } from '../../components/page-state';
import { hrefOf } from '../../shell/routes';
import { signedAmount } from '../../components/signed-amount';
import { TitledTable } from '../../components/titled-table';
import { ClearedToggles } from './cleared-toggles';
import { DeleteTransaction } from './delete-transaction';
import { TransactionAttachments } from './transaction-attachments';
import { TransactionChanges } from './transaction-changes';
import { TransactionEditForm } from './transaction-edit-form';
import { VoidTransaction } from './void-transaction';
import type { HistoryNames } from './use-history';

/** Kinds that have a receipt to open. */
const WITH_RECEIPT = new Set(['payment', 'p2p', 'topup', 'withdrawal', 'refund']);

export interface TransactionDetailDrawerProps {
  readonly id: string | null;
  readonly names: HistoryNames;
  readonly onClose: () => void;
  /** Opens another transaction in the drawer (a void's reversal, or what a reversal reverses). */
  readonly onOpen?: (id: string) => void;
}

/** One transaction: what it was, its postings, its receipt, and its fields to correct. */
export function TransactionDetailDrawer({
  id,
  names,
  onClose,
  onOpen,
}: TransactionDetailDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={t('history.detail.title')}
      destroyOnHidden
    >
      {id ? (
        <DetailBody id={id} names={names} onClose={onClose} {...(onOpen ? { onOpen } : {})} />
      ) : null}
    </Drawer>
  );
}

/** The drawer's contents for one transaction; `onClose` closes it once it is deleted. */
function DetailBody({
  id,
  names,
  onClose,
  onOpen,
}: TransactionDetailDrawerProps & { readonly id: string }) {
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
        <Space wrap>
          <a href={hrefOf('receipt', { id: txn.id })}>{t('history.detail.openReceipt')}</a>
          {txn.kind === 'payment' ? (
            <Button href={hrefOf('receipt', { id: txn.id, refund: '1' })}>
              {t('history.detail.refund')}
            </Button>
          ) : null}
          {isVoidable(txn) ? <VoidTransaction key={txn.revision ?? 0} txn={txn} /> : null}
        </Space>
      ) : null}
      <VoidLinks txn={txn} onOpen={onOpen} />
      {txn.editedAt && !txn.voidedBy ? (
        <Tag className="purse-history-detail__edited">{t('history.detail.edited')}</Tag>
      ) : null}
      <ClearedToggles txn={txn} names={names} />
      <TransactionEditForm key={txn.revision ?? 0} txn={txn} names={names} />
      <TransactionAttachments txnId={txn.id} />
      {isFullyEditable(txn) ? <DeleteTransaction txn={txn} onDeleted={onClose} /> : null}
      <TransactionChanges id={txn.id} currency={txn.currency} names={names} />
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

/** A voided transaction's tag and its reversal, or the transaction a reversal reverses. */
function VoidLinks({
  txn,
  onOpen,
}: {
  readonly txn: Transaction;
  readonly onOpen: ((id: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const other = txn.voidedBy ?? txn.reverses;
  if (!other) return null;
  const label = txn.voidedBy ? t('history.detail.openReversal') : t('history.detail.openReversed');
  return (
    <Space wrap>
      {txn.voidedBy ? (
        <Tag color="red" className="purse-history-detail__voided">
          {t('history.detail.voided')}
        </Tag>
      ) : null}
      {onOpen ? (
        <Button type="link" onClick={() => onOpen(other)}>
          {label}
        </Button>
      ) : null}
    </Space>
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
