import { TO_PEOPLE } from '../../../shared/month-figures';
import { hrefOf } from '../../shell/routes';
import { navigate } from '../../shell/use-route';

/** What a chart's slice, bar or row stands for: a spending line, a merchant or a tag. */
export interface DrillDown {
  /** A category's id, or `TO_PEOPLE` for the money sent to people. */
  readonly categoryId?: string;
  readonly counterpartyId?: string;
  readonly tag?: string;
}

/** A span of whole months, as Analytics shows them. */
export interface MonthSpan {
  readonly from: string;
  readonly to: string;
}

/**
 * History's filters for the same money: the months' first to last day, and the category, the
 * transfers to people (`p2p`, and reversals: a void of one lowers the line) or the merchant — the address History keeps its filters in.
 */
export function historyParams(span: MonthSpan, drill: DrillDown = {}): Record<string, string> {
  const [year, month] = span.to.split('-').map(Number) as [number, number];
  const lastDay = String(new Date(year, month, 0).getDate()).padStart(2, '0');
  const params: Record<string, string> = { from: `${span.from}-01`, to: `${span.to}-${lastDay}` };
  // A void of money sent to a contact lowers the line: its reversal is listed with it.
  if (drill.categoryId === TO_PEOPLE) params['kinds'] = 'p2p,reversal';
  else if (drill.categoryId) params['category'] = drill.categoryId;
  if (drill.counterpartyId) params['party'] = drill.counterpartyId;
  if (drill.tag) params['tag'] = drill.tag;
  return params;
}

/** The link to History for `drill` over `span`. */
export function historyHref(span: MonthSpan, drill?: DrillDown): string {
  return hrefOf('history', historyParams(span, drill));
}

/** Opens History for `drill` over `span`: what a click on a chart does. */
export function openInHistory(span: MonthSpan, drill?: DrillDown): void {
  navigate('history', historyParams(span, drill));
}
