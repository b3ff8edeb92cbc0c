import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../shared/bills';
import { Money } from '../../components/money';

/** A bill's amount in tabular digits: "about CN¥62.40" / "约 ¥62.40" when it varies. */
export function BillAmount({
  of,
  strong = false,
}: {
  /** A bill or one of its occurrences. */
  readonly of: Pick<Bill, 'amount' | 'currency' | 'amountKind'>;
  readonly strong?: boolean;
}) {
  const { t } = useTranslation();
  const { amount, currency, amountKind } = of;
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
