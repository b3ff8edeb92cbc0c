import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';

/**
 * A change the ledger refused because a reconciliation locked the transaction: asks the
 * person, and sends it again with their agreement. Returns whether it was that refusal.
 */
export function useConfirmReconciled(): (error: PurseError, again: () => void) => boolean {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(
    (error, again) => {
      if (error.code !== 'RECONCILED') return false;
      void modal.confirm({
        title: t('history.detail.reconciledConfirmTitle'),
        content: t('history.detail.reconciledConfirm'),
        okText: t('history.detail.changeAnyway'),
        cancelText: t('common.cancel'),
        onOk: again,
      });
      return true;
    },
    [modal, t],
  );
}
