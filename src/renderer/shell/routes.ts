export const AREAS = [
  'home',
  'pay',
  'transfer',
  'topup',
  'coupons',
  'bills',
  'budgets',
  'goals',
  'analytics',
  'history',
  'import',
  'rules',
  'inbox',
  'security',
  'settings',
  'receipt',
  'reconcile',
  'help',
] as const;
export type Area = (typeof AREAS)[number];

export interface Route {
  readonly area: Area;
  /** What follows the area in the path: "#/bills/<id>/edit" → ['<id>', 'edit']. */
  readonly path: readonly string[];
  readonly params: URLSearchParams;
}

/** Screens reached from another one, not from the navigation: the item they sit under. */
export const NAV_PARENT: Partial<Record<Area, Area>> = { receipt: 'home', reconcile: 'home' };

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

/**
 * "#/pay?kind=income" → { area: 'pay', path: [], params: kind=income }; "#/bills/<id>" →
 * { area: 'bills', path: ['<id>'] }; anything else is Home.
 */
export function parseHash(hash: string): Route {
  const [location = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', ...rest] = location.split('/');
  const known = isArea(first);
  return {
    area: known ? first : 'home',
    path: known ? rest.filter(Boolean).map(decodeSegment) : [],
    params: new URLSearchParams(query),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function hrefOf(area: Area, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${area}${query ? `?${query}` : ''}`;
}

/** "#/bills/<id>/edit": a screen below an area, by its path segments. */
export function hrefOfPath(
  area: Area,
  path: readonly string[],
  params?: Record<string, string>,
): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  const below = path.map((segment) => `/${encodeURIComponent(segment)}`).join('');
  return `#/${area}${below}${query ? `?${query}` : ''}`;
}
