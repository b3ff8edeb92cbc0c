import { useTranslation } from 'react-i18next';
import type { BillOccurrence } from '../../../shared/bills';
import { formatMoney } from '../../../shared/money';
import { useFormattingLocale } from '../../i18n/use-locale';

const MAX_CHIPS = 3;

/** A calendar day's bills as chips coloured by status (the first few, then "+N more"). */
export function BillDayChips({
  occurrences,
  onOpen,
}: {
  readonly occurrences: readonly BillOccurrence[];
  /** Opens the day's list. */
  readonly onOpen: () => void;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  return (
    <ul className="purse-cal-chips">
      {occurrences.slice(0, MAX_CHIPS).map((occurrence) => {
        const amount = formatMoney(occurrence.amount, occurrence.currency, locale);
        const label = t('bills.calendar.chipLabel', {
          name: occurrence.billName,
          amount,
          status: t(`bills.status.${occurrence.status}`),
        });
        return (
          <li key={occurrence.billId}>
            <button
              type="button"
              className={`purse-cal-chip purse-cal-chip--${occurrence.status}`}
              aria-label={label}
              title={label}
              onClick={(event) => {
                event.stopPropagation();
                onOpen();
              }}
            >
              {occurrence.billName}
            </button>
          </li>
        );
      })}
      {occurrences.length > MAX_CHIPS ? (
        <li className="purse-cal-more">
          {t('bills.calendar.more', { count: occurrences.length - MAX_CHIPS })}
        </li>
      ) : null}
    </ul>
  );
}
