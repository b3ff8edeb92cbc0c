import { Checkbox, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { isClearedOn } from '../../../shared/reconcile';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { FormError } from '../../components/form-error';
import { useConfirmReconciled } from './use-confirm-reconciled';
import type { HistoryNames } from './use-history';

export interface ClearedTogglesProps {
  readonly txn: Transaction;
  readonly names: HistoryNames;
}

/**
 * Whether the statement of each own account a transaction moves money on shows it
 * (cleared), and whether a reconciliation locked it there; unclearing a locked one asks.
 */
export function ClearedToggles({ txn, names }: ClearedTogglesProps) {
  const { t } = useTranslation();
  const confirmReconciled = useConfirmReconciled();
  const clear = usePurseMutation('transactions.clear');
  const sides = [txn.accountId, txn.toAccountId].filter(
    (id): id is string => id !== undefined && names.accountById.has(id),
  );
  if (txn.kind === 'opening' || sides.length === 0) return null;
  const set = (accountId: string, cleared: boolean, confirmed = false) =>
    clear.mutate(
      { ids: [txn.id], accountId, cleared, ...(confirmed ? { confirmReconciled: true } : {}) },
      {
        onError: (error) => {
          if (confirmReconciled(error, () => set(accountId, cleared, true))) clear.reset();
        },
      },
    );
  return (
    <div className="purse-stack">
      <Space wrap>
        {sides.map((accountId) => (
          <Checkbox
            key={accountId}
            checked={isClearedOn(txn, accountId)}
            disabled={clear.isPending}
            onChange={(event) => set(accountId, event.target.checked)}
          >
            {t('history.detail.cleared', { account: names.accountById.get(accountId)!.name })}
          </Checkbox>
        ))}
        {txn.reconciled?.length ? (
          <Tag color="blue">{t('history.detail.reconciledTag')}</Tag>
        ) : null}
      </Space>
      <FormError error={clear.error} />
    </div>
  );
}
