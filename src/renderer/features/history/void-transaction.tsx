import { StopOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import type { Transaction } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useFormattingLocale } from '../../i18n/use-locale';
import { useUndo } from '../../shell/use-undo';
import { PinConfirmDialog } from '../security/pin-confirm-dialog';

/**
 * Voids money a PIN confirmed (a transfer to a contact, a top-up, a withdrawal): the person
 * confirms with the PIN, the ledger writes a reversal and marks this one Voided, and the toast
 * that follows offers Undo (which asks for the PIN again: it moves the money back).
 */
export function VoidTransaction({ txn }: { readonly txn: Transaction }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const { offerUndo } = useUndo();
  const [open, setOpen] = useState(false);
  const voiding = usePurseMutation('transactions.void', {
    onSuccess: () => {
      setOpen(false);
      offerUndo(t('history.detail.voidDone'));
    },
  });
  return (
    <>
      <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('history.detail.void')}
      </Button>
      <PinConfirmDialog
        open={open}
        title={t('history.detail.voidTitle')}
        body={t('history.detail.voidExplain', {
          amount: formatMoney(txn.amount, txn.currency, locale),
        })}
        submitLabel={t('history.detail.voidConfirm')}
        danger
        pending={voiding.isPending}
        error={voiding.error}
        onSubmit={({ pin }) =>
          voiding.mutate({
            id: txn.id,
            revision: txn.revision ?? 0,
            timeZone: systemTimeZone(),
            auth: { pin },
          })
        }
        onCancel={() => {
          setOpen(false);
          voiding.reset();
        }}
      />
    </>
  );
}
