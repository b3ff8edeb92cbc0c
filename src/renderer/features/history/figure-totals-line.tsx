import { useTranslation } from 'react-i18next';
import type { FigureTotals } from '../../../shared/month-figures';
import { Money } from '../../components/money';

/**
 * One currency's figures inside a `<dl>`: income, spending, what went to people (when there
 * is some) and net — as `history.totals` counts them, by the one definition of the figures.
 */
export function FigureTotalsLine({ line }: { readonly line: FigureTotals }) {
  const { t } = useTranslation();
  const { currency } = line;
  return (
    <div className="purse-history-totals__currency">
      <div>
        <dt>{t('history.totals.in', { currency })}</dt>
        <dd>
          <Money minor={line.income} currency={currency} tone="positive" />
        </dd>
      </div>
      <div>
        <dt>{t('history.totals.out', { currency })}</dt>
        <dd>
          <Money minor={line.spending} currency={currency} />
        </dd>
      </div>
      {line.toPeople !== 0 ? (
        <div>
          <dt>{t('history.totals.toPeople', { currency })}</dt>
          <dd>
            <Money minor={line.toPeople} currency={currency} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('history.totals.net', { currency })}</dt>
        <dd>
          <Money minor={line.net} currency={currency} signDisplay="exceptZero" strong />
        </dd>
      </div>
    </div>
  );
}
