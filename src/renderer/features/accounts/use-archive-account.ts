import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';

/**
 * Archive or unarchive an account after the person confirms. Archiving hides it and refuses
 * new transactions; its history and balance stay.
 */
export function useArchiveAccount(): (account: Account) => void {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const archive = usePurseMutation('accounts.archive');
  const unarchive = usePurseMutation('accounts.unarchive');

  return (account) => {
    const archiving = !account.archived;
    void modal.confirm({
      title: archiving
        ? t('accounts.archiveConfirmTitle', { name: account.name })
        : t('accounts.unarchiveConfirmTitle', { name: account.name }),
      content: archiving ? t('accounts.archiveConfirmBody') : t('accounts.unarchiveConfirmBody'),
      okText: archiving ? t('accounts.archive') : t('accounts.unarchive'),
      cancelText: t('common.cancel'),
      okButtonProps: archiving ? { danger: true } : {},
      onOk: async () => {
        try {
          await (archiving ? archive : unarchive).mutateAsync({ id: account.id });
          void message.success(
            archiving
              ? t('accounts.archived', { name: account.name })
              : t('accounts.unarchived', { name: account.name }),
          );
        } catch (thrown) {
          const error = thrown as Parameters<typeof describe>[0];
          void message.error(describe(error));
        }
      },
    });
  };
}
