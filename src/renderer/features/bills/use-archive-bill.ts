import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import type { PurseError } from '../../../shared/errors';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';
import { navigate } from '../../shell/use-route';

/** Asks, then archives the bill and goes back to the Bills screen. */
export function useArchiveBill(bill: BillView): () => void {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const archive = usePurseMutation('bills.archive');
  return () => {
    void modal.confirm({
      title: t('bills.archive.title', { name: bill.name }),
      content: t('bills.archive.body'),
      okText: t('bills.archive.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await archive.mutateAsync({ id: bill.id });
          void message.success(t('bills.archive.done', { name: bill.name }));
          navigate('bills');
        } catch (thrown) {
          void message.error(describe(thrown as PurseError));
        }
      },
    });
  };
}
