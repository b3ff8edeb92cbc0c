import { describe, expect, it } from 'vitest';
import { historyParams } from '../../../src/renderer/features/analytics/history-link';
import {
  filtersOf,
  queryFromParams,
  localEnd,
  localStart,
} from '../../../src/renderer/features/history/history-params';
import { TO_PEOPLE } from '../../../src/shared/month-figures';

const CATEGORY = '01a21446-f83e-746c-a591-74b497ae5570';
const MERCHANT = '01a21446-f871-766c-adc1-65241e77c381';

describe('a chart drilling into History', () => {
  it('opens History over the whole months shown, first to last day, leap years included', () => {
    expect(historyParams({ from: '2028-02', to: '2028-02' })).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(historyParams({ from: '2026-10', to: '2026-12' })).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('filters to the category of a slice, and to transfers to people for the To people slice', () => {
    const span = { from: '2026-11', to: '2026-11' };
    expect(historyParams(span, { categoryId: CATEGORY })).toMatchObject({ category: CATEGORY });
    expect(historyParams(span, { categoryId: TO_PEOPLE })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      kinds: 'p2p,reversal',
    });
    expect(historyParams(span, { counterpartyId: MERCHANT })).toMatchObject({ party: MERCHANT });
  });

  it('asks History for exactly that period and line, as its address reads it back', () => {
    const params = historyParams({ from: '2026-11', to: '2026-11' }, { categoryId: CATEGORY });
    expect(filtersOf(queryFromParams(new URLSearchParams(params)))).toEqual({
      from: localStart('2026-11-01'),
      to: localEnd('2026-11-30'),
      categoryId: CATEGORY,
    });
    const people = historyParams({ from: '2026-11', to: '2026-11' }, { categoryId: TO_PEOPLE });
    expect(filtersOf(queryFromParams(new URLSearchParams(people))).kinds).toEqual([
      'p2p',
      'reversal',
    ]);
  });
});
