import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Promotion } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';

/** Asks before archiving a coupon, then archives it and says how that went. */
export function useConfirmArchive(): (coupon: Promotion) => void {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const archive = usePurseMutation('promotions.archive');
  return (coupon) => {
    void modal.confirm({
      title: t('promotions.archiveConfirmTitle', { name: coupon.name }),
      content: t('promotions.archiveConfirmBody'),
      okText: t('promotions.archive'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await archive.mutateAsync({ id: coupon.id });
          void message.success(t('promotions.archived', { name: coupon.name }));
        } catch (thrown) {
          void message.error(describe(thrown as Parameters<typeof describe>[0]));
        }
      },
    });
  };
}
