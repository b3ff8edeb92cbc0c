import { TRANSACTION_KINDS, type TransactionKind } from '../../../shared/domain';
import type { HistoryFilters } from '../../../shared/history';
import { tagSchema } from '../../../shared/schemas';

/**
 * The History filters as they live in the address (`#/history?from=2026-11-01&category=…`),
 * so a reload, Back, or a link from another screen (an Analytics chart) opens the same list.
 * Dates are the person's local days; amounts are minor units, whatever the currency.
 */
export interface HistoryQuery {
  readonly from?: string;
  readonly to?: string;
  readonly accountId?: string;
  readonly categoryId?: string;
  readonly counterpartyId?: string;
  readonly kinds?: readonly TransactionKind[];
  readonly minAmount?: number;
  readonly maxAmount?: number;
  readonly text?: string;
  readonly tag?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/;

function day(value: string | null): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  return Number.isNaN(localStart(value)) ? undefined : value;
}

function minor(value: string | null): number | undefined {
  if (value === null || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

function id(value: string | null): string | undefined {
  return value && ID.test(value) ? value : undefined;
}

/** Midnight at the start of a local day, in epoch milliseconds. */
export function localStart(dayKey: string): number {
  const [year, month, date] = dayKey.split('-').map(Number) as [number, number, number];
  const at = new Date(year, month - 1, date);
  return at.getFullYear() === year && at.getMonth() === month - 1 && at.getDate() === date
    ? at.getTime()
    : Number.NaN;
}

/** The last millisecond of a local day. */
export function localEnd(dayKey: string): number {
  const [year, month, date] = dayKey.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + 1).getTime() - 1;
}

/** "2026-11-05" for a moment, in the local zone. */
export function dayKeyOf(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Reads the address; anything malformed is left out rather than refused. */
export function queryFromParams(params: URLSearchParams): HistoryQuery {
  const kinds = (params.get('kinds') ?? '')
    .split(',')
    .filter((kind): kind is TransactionKind =>
      (TRANSACTION_KINDS as readonly string[]).includes(kind),
    );
  const text = params.get('q')?.trim().slice(0, 80);
  const tag = tagSchema.safeParse(params.get('tag') ?? '');
  const query: Record<string, unknown> = {
    from: day(params.get('from')),
    to: day(params.get('to')),
    accountId: id(params.get('account')),
    categoryId: id(params.get('category')),
    counterpartyId: id(params.get('party')),
    kinds: kinds.length ? kinds : undefined,
    minAmount: minor(params.get('min')),
    maxAmount: minor(params.get('max')),
    text: text || undefined,
    tag: tag.success ? tag.data : undefined,
  };
  for (const key of Object.keys(query)) if (query[key] === undefined) delete query[key];
  return query;
}

export function paramsFromQuery(query: HistoryQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.accountId) params['account'] = query.accountId;
  if (query.categoryId) params['category'] = query.categoryId;
  if (query.counterpartyId) params['party'] = query.counterpartyId;
  if (query.kinds?.length) params['kinds'] = query.kinds.join(',');
  if (query.minAmount !== undefined) params['min'] = String(query.minAmount);
  if (query.maxAmount !== undefined) params['max'] = String(query.maxAmount);
  if (query.text) params['q'] = query.text;
  if (query.tag) params['tag'] = query.tag;
  return params;
}

/** What the ledger is asked for; a range typed backwards is read the right way round. */
export function filtersOf(query: HistoryQuery): HistoryFilters {
  let from = query.from ? localStart(query.from) : undefined;
  let to = query.to ? localEnd(query.to) : undefined;
  if (from !== undefined && to !== undefined && from > to) {
    [from, to] = [localStart(query.to!), localEnd(query.from!)];
  }
  let [min, max] = [query.minAmount, query.maxAmount];
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const filters: Record<string, unknown> = {
    from,
    to,
    accountId: query.accountId,
    categoryId: query.categoryId,
    counterpartyId: query.counterpartyId,
    kinds: query.kinds?.length ? [...query.kinds] : undefined,
    minAmount: min,
    maxAmount: max,
    text: query.text,
    tag: query.tag,
  };
  for (const key of Object.keys(filters)) if (filters[key] === undefined) delete filters[key];
  return filters;
}

export function isFiltered(query: HistoryQuery): boolean {
  return Object.keys(query).length > 0;
}
