import { useTranslation } from 'react-i18next';
import { accountNumberEnding, maskAccountNumber } from './bill-format';

/** An account number with the biller, shown as "•••• 4455" and read as "ending in 4455". */
export function MaskedNumber({ value }: { readonly value: string }) {
  const { t } = useTranslation();
  const last = accountNumberEnding(value);
  return (
    <span className="purse-mono purse-masked-number">
      <span aria-hidden>{maskAccountNumber(value)}</span>
      <span className="purse-visually-hidden">
        {last ? t('bills.endingIn', { last }) : t('bills.hiddenNumber')}
      </span>
    </span>
  );
}
