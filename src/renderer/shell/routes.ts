export const AREAS = [
  'home',
  'pay',
  'transfer',
  'bills',
  'budgets',
  'analytics',
  'history',
  'security',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

export interface Route {
  readonly area: Area;
  readonly params: URLSearchParams;
}

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

/** "#/pay?kind=income" → { area: 'pay', params: kind=income }; anything else is Home. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { area: isArea(path) ? path : 'home', params: new URLSearchParams(query) };
}

export function hrefOf(area: Area, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${area}${query ? `?${query}` : ''}`;
}
