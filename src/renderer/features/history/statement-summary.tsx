import { useTranslation } from 'react-i18next';
import type { FigureTotals } from '../../../shared/month-figures';
import { FigureTotalsLine } from './figure-totals-line';

/** A saved statement's summary per currency: the figures History's totals show for it. */
export function StatementSummary({ summary }: { readonly summary: readonly FigureTotals[] }) {
  const { t } = useTranslation();
  if (summary.length === 0) return null;
  return (
    <dl className="purse-history-totals" aria-label={t('history.export.summary')}>
      {summary.map((line) => (
        <FigureTotalsLine key={line.currency} line={line} />
      ))}
    </dl>
  );
}
