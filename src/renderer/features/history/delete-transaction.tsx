import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { FormError } from '../../components/form-error';
import { useUndo } from '../../shell/use-undo';

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
  const remove = usePurseMutation('transactions.delete', {
    onSuccess: () => {
      offerUndo(t('history.detail.deleted'));
      onDeleted();
    },
  });
  return (
    <div className="purse-stack">
      <FormError error={remove.error} />
      <Popconfirm
        title={t('history.detail.deleteConfirm')}
        description={t('history.detail.deleteUndo')}
        okText={t('history.detail.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => remove.mutate({ id: txn.id, revision: txn.revision ?? 0 })}
      >
        <Button danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending}>
          {t('history.detail.delete')}
        </Button>
      </Popconfirm>
    </div>
  );
}
