import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { CurrencyCode } from '../../shared/currencies';
import { Money } from './money';

/** One figure of a page's summary row, labelled for screen readers. */
export function SummaryCard({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <Card className="purse-summary-card" size="small">
      <section aria-label={label}>
        <div className="purse-summary-card__label">{label}</div>
        {children}
      </section>
    </Card>
  );
}

export interface MoneyLine {
  readonly currency: CurrencyCode;
  readonly minor: number;
}

/** An amount per currency, one a line; a zero in the fallback currency when there is none. */
export function SummaryMoneyLines({
  lines,
  fallbackCurrency,
  tone,
}: {
  readonly lines: readonly MoneyLine[];
  readonly fallbackCurrency: CurrencyCode;
  readonly tone?: 'positive';
}) {
  const shown = lines.length > 0 ? lines : [{ currency: fallbackCurrency, minor: 0 }];
  return (
    <ul className="purse-summary-lines">
      {shown.map((line) => (
        <li key={line.currency}>
          <Money minor={line.minor} currency={line.currency} strong tone={tone ?? 'default'} />
        </li>
      ))}
    </ul>
  );
}
