import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account } from '../../../shared/domain';
import { AccountField } from '../../components/account-select';
import { MovementAmountField } from '../../components/amount-field';

/** How much, and from which account: the fields both transfer forms ask first. */
export function TransferFromFields({
  accounts,
  currency,
  autoFocus = false,
}: {
  readonly accounts: readonly Account[];
  readonly currency: CurrencyCode;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <MovementAmountField currency={currency} autoFocus={autoFocus} />
      <AccountField name="accountId" label={t('transfer.from')} accounts={accounts} />
    </>
  );
}
