import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { AccountKindIcon, useAccountKindLabel } from '../../components/account-kind';
import { Money } from '../../components/money';
import { RowAction } from '../../components/row-action';
import { rightColumn } from '../../components/table-columns';
import { navigate } from '../../shell/use-route';
import { AccountEditDialog } from '../accounts/account-edit-dialog';
import { useArchiveAccount } from '../accounts/use-archive-account';

export interface AccountsCardProps {
  /** Every account, archived ones included. */
  readonly accounts: readonly Account[];
  readonly onAdd: () => void;
}

/** The person's accounts with their balances; edit, archive and unarchive from here. */
export function AccountsCard({ accounts, onAdd }: AccountsCardProps) {
  const { t } = useTranslation();
  const kindLabel = useAccountKindLabel();
  const confirmArchive = useArchiveAccount();
  const [editing, setEditing] = useState<Account | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const archivedCount = accounts.filter((account) => account.archived).length;
  const shown = showArchived ? accounts : accounts.filter((account) => !account.archived);

  const columns: TableColumnsType<Account> = [
    {
      key: 'account',
      title: t('home.accountColumn'),
      render: (_value, account) => (
        <div className="purse-account-cell">
          <AccountKindIcon kind={account.kind} />
          <div className="purse-account-cell__text">
            <div className="purse-account-cell__name">
              <span>{account.name}</span>
              {account.archived ? (
                <Tag className="purse-archived-tag">{t('accounts.archivedTag')}</Tag>
              ) : null}
            </div>
            <div className="purse-account-cell__meta">
              {[kindLabel(account.kind), account.institution].filter(Boolean).join(' · ')}
            </div>
          </div>
        </div>
      ),
    },
    rightColumn('balance', t('home.balanceColumn'), (account: Account) => (
      <Money
        minor={account.balance}
        currency={account.currency}
        strong
        tone={account.archived ? 'muted' : 'default'}
      />
    )),
    {
      key: 'actions',
      title: <span className="purse-visually-hidden">{t('home.actionsColumn')}</span>,
      align: 'right',
      width: 380,
      render: (_value, account) => (
        <div className="purse-row-actions">
          {account.kind === 'wallet' && !account.archived ? (
            <>
              <RowAction
                text={t('home.topUp')}
                label={t('home.topUpNamed', { name: account.name })}
                onClick={() => navigate('topup', { wallet: account.id })}
              />
              <RowAction
                text={t('home.withdraw')}
                label={t('home.withdrawNamed', { name: account.name })}
                onClick={() => navigate('topup', { mode: 'withdraw', wallet: account.id })}
              />
            </>
          ) : null}
          {!account.archived ? (
            <RowAction
              quiet
              text={t('reconcile.open')}
              label={t('reconcile.title', { account: account.name })}
              onClick={() => navigate('reconcile', { account: account.id })}
            />
          ) : null}
          <RowAction
            quiet
            text={t('accounts.edit')}
            label={t('accounts.editNamed', { name: account.name })}
            onClick={() => setEditing(account)}
          />
          <RowAction
            quiet
            text={account.archived ? t('accounts.unarchive') : t('accounts.archive')}
            label={
              account.archived
                ? t('accounts.unarchiveNamed', { name: account.name })
                : t('accounts.archiveNamed', { name: account.name })
            }
            onClick={() => confirmArchive(account)}
          />
        </div>
      ),
    },
  ];

  return (
    <Card
      className="purse-card"
      title={<h2 className="purse-card-title">{t('home.accounts')}</h2>}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {t('accounts.add')}
        </Button>
      }
    >
      <Table<Account>
        rowKey="id"
        columns={columns}
        dataSource={shown}
        pagination={false}
        size="middle"
        className="purse-accounts-table"
        rowClassName={(account) => (account.archived ? 'purse-row--archived' : '')}
      />
      {archivedCount > 0 ? (
        <label className="purse-archived-toggle">
          <Switch size="small" checked={showArchived} onChange={setShowArchived} />
          <span>{t('accounts.showArchived', { count: archivedCount })}</span>
        </label>
      ) : null}
      <AccountEditDialog account={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
