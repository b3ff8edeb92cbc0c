import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { isFullyEditable } from '../../../shared/corrections';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';
import { FormError } from '../../components/form-error';
import { useUndo } from '../../shell/use-undo';
import { useConfirmReconciled } from './use-confirm-reconciled';

/** Deletes a transaction once the person confirms; the toast that follows offers Undo. */
export function DeleteTransaction({
  txn,
  onDeleted,
}: {
  readonly txn: Transaction;
  readonly onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { offerUndo } = useUndo();
  const confirmReconciled = useConfirmReconciled();
  const remove = usePurseMutation('transactions.delete', {
    onSuccess: () => {
      offerUndo(t('history.detail.deleted'));
      onDeleted();
    },
  });
  const send = (confirmed: boolean): void =>
    remove.mutate(
      {
        id: txn.id,
        revision: txn.revision ?? 0,
        ...(confirmed ? { confirmReconciled: true as const } : {}),
      },
      { onError: (error) => void (confirmReconciled(error, () => send(true)) && remove.reset()) },
    );
  return (
    <div className="purse-stack">
      <FormError error={remove.error} />
      <Popconfirm
        title={t('history.detail.deleteConfirm')}
        description={t('history.detail.deleteUndo')}
        okText={t('history.detail.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => send(false)}
      >
        <Button danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending}>
          {t('history.detail.delete')}
        </Button>
      </Popconfirm>
    </div>
  );
}

/**
 * History's Delete key: asks first, then deletes the row and offers Undo; money a PIN
 * confirmed is not deleted, and the person is told how to correct it instead.
 */
export function useDeleteRow(): (txn: Transaction) => void {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const { offerUndo } = useUndo();
  const confirmReconciled = useConfirmReconciled();
  const { mutate } = usePurseMutation('transactions.delete', {
    onSuccess: () => offerUndo(t('history.detail.deleted')),
  });
  return useCallback(
    (txn: Transaction) => {
      if (!isFullyEditable(txn)) {
        void message.info(t('history.detail.confirmedMoney'));
        return;
      }
      void modal.confirm({
        title: t('history.detail.deleteConfirm'),
        content: t('history.detail.deleteUndo'),
        okText: t('history.detail.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () =>
          mutate(
            { id: txn.id, revision: txn.revision ?? 0 },
            {
              onError: (error) => {
                const again = () =>
                  mutate({ id: txn.id, revision: txn.revision ?? 0, confirmReconciled: true });
                if (!confirmReconciled(error, again)) void message.error(describe(error));
              },
            },
          ),
      });
    },
    [t, modal, message, describe, mutate, confirmReconciled],
  );
}
