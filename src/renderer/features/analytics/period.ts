import { addMonths, type MonthKey } from '../../../shared/dates';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  readonly kind: PeriodKind;
  readonly from: MonthKey;
  readonly to: MonthKey;
}

/** The month, quarter or year that holds `month`. */
export function periodAround(kind: Exclude<PeriodKind, 'custom'>, month: MonthKey): Period {
  const [yearText = '1970', monthText = '01'] = month.split('-');
  const index = Number(monthText) - 1;
  if (kind === 'month') return { kind, from: month, to: month };
  if (kind === 'year') return { kind, from: `${yearText}-01`, to: `${yearText}-12` };
  const first = Math.floor(index / 3) * 3 + 1;
  const from = `${yearText}-${String(first).padStart(2, '0')}`;
  return { kind, from, to: addMonths(from, 2) };
}

/** The twelve months ending with the period (or the whole period when it is longer). */
export function trendRange(period: Period): { from: MonthKey; to: MonthKey } {
  const twelve = addMonths(period.to, -11);
  return { from: period.from < twelve ? period.from : twelve, to: period.to };
}
