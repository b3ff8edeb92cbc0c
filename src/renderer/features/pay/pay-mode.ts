import type { CategoryKind } from '../../../shared/domain';

export type PayMode = 'pay' | 'record';

/** Where the pay screen starts: `#/pay` pays a merchant; `?mode=record` (or `?kind=`) records. */
export function payModeOf(params: URLSearchParams): { mode: PayMode; kind: CategoryKind } {
  const kind: CategoryKind = params.get('kind') === 'income' ? 'income' : 'expense';
  const mode: PayMode = params.get('mode') === 'record' || params.has('kind') ? 'record' : 'pay';
  return { mode, kind };
}
