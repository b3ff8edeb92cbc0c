import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import { Money } from '../../components/money';

/** A bill's amount in tabular digits: "about CN¥62.40" / "约 ¥62.40" when it varies. */
export function BillAmount({
  amount,
  currency,
  amountKind,
  strong = false,
}: {
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly amountKind: Bill['amountKind'];
  readonly strong?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="purse-bill-amount">
      {amountKind === 'variable' ? (
        <>
          <span className="purse-bill-row__about">{t('bills.aboutPrefix')}</span>{' '}
        </>
      ) : null}
      <Money minor={amount} currency={currency} strong={strong} />
    </span>
  );
}
