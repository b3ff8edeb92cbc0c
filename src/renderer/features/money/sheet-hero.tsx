import type { ReactNode } from 'react';
import type { CurrencyCode } from '../../../shared/currencies';
import { Money } from '../../components/money';

export interface SheetHeroProps {
  /** Who or where the money goes: an icon and a name, a route. */
  readonly payee: ReactNode;
  /** Extra classes on the payee line. */
  readonly payeeClassName?: string;
  /** What moves; left out while it is still being chosen. */
  readonly total?: {
    readonly amount: number;
    readonly currency: CurrencyCode;
    readonly tone?: 'positive';
  };
  /** Under the amount: what it was before a coupon, "Change amount". */
  readonly children?: ReactNode;
}

/** The top of every confirmation sheet: who or where the money goes, and how much. */
export function SheetHero({ payee, payeeClassName, total, children }: SheetHeroProps) {
  return (
    <div className="purse-sheet-hero">
      <div className={['purse-sheet-hero__payee', payeeClassName].filter(Boolean).join(' ')}>
        {payee}
      </div>
      {total ? (
        <div className="purse-sheet-hero__amount" data-testid="sheet-total">
          <Money minor={total.amount} currency={total.currency} strong tone={total.tone} />
        </div>
      ) : null}
      {children}
    </div>
  );
}
