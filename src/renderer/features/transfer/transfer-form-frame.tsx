import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { MemoField } from '../../components/memo-field';
import { MoneyForm, type MoneyFormProps } from '../money/money-form-parts';
import type { MoneySheetProps } from '../money/use-money-flow';
import { TransferConfirmSheet } from './transfer-confirm';
import type { TransferRequest } from './transfer-request';

/**
 * What both transfer forms are made of around their own fields: the money form, the memo
 * last, and the confirmation sheet for the account the transfer is sent from.
 */
export function TransferFormFrame<Values>({
  accounts,
  sheet,
  children,
  ...form
}: MoneyFormProps<Values> & {
  readonly accounts: readonly Account[];
  /** The flow's `sheet`. */
  readonly sheet: MoneySheetProps<TransferRequest>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <MoneyForm<Values> {...form}>
        {children}
        <MemoField label={t('transfer.memo')} placeholder={t('transfer.memoPlaceholder')} />
      </MoneyForm>
      <TransferConfirmSheet
        {...sheet}
        from={accounts.find((account) => account.id === sheet.request?.accountId)}
      />
    </>
  );
}
