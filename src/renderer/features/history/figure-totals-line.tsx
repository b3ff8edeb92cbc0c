import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureTotals } from '../../../shared/month-figures';
import { Money } from '../../components/money';

/** One labelled figure of a `<dl>`. */
function Figure({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * One currency's figures inside a `<dl>`: income, spending, what went to people (when there
 * is some) and net — as `history.totals` counts them, by the one definition of the figures.
 */
export function FigureTotalsLine({ line }: { readonly line: FigureTotals }) {
  const { t } = useTranslation();
  const { currency } = line;
  return (
    <div className="purse-history-totals__currency">
      <Figure label={t('history.totals.in', { currency })}>
        <Money minor={line.income} currency={currency} tone="positive" />
      </Figure>
      <Figure label={t('history.totals.out', { currency })}>
        <Money minor={line.spending} currency={currency} />
      </Figure>
      {line.toPeople !== 0 ? (
        <Figure label={t('history.totals.toPeople', { currency })}>
          <Money minor={line.toPeople} currency={currency} />
        </Figure>
      ) : null}
      <Figure label={t('history.totals.net', { currency })}>
        <Money minor={line.net} currency={currency} signDisplay="exceptZero" strong />
      </Figure>
    </div>
  );
}
