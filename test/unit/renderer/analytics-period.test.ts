import { describe, expect, it } from 'vitest';
import { periodAround, trendRange } from '../../../src/renderer/features/analytics/period';

describe('analytics periods', () => {
  it('finds the quarter and year around a month', () => {
    expect(periodAround('month', '2026-11')).toEqual({
      kind: 'month',
      from: '2026-11',
      to: '2026-11',
    });
    expect(periodAround('quarter', '2026-11')).toEqual({
      kind: 'quarter',
      from: '2026-10',
      to: '2026-12',
    });
    expect(periodAround('year', '2026-02')).toEqual({
      kind: 'year',
      from: '2026-01',
      to: '2026-12',
    });
  });

  it('draws trends over twelve months, or the whole period when longer', () => {
    expect(trendRange({ kind: 'month', from: '2026-11', to: '2026-11' })).toEqual({
      from: '2025-12',
      to: '2026-11',
    });
    expect(trendRange({ kind: 'custom', from: '2024-01', to: '2026-11' })).toEqual({
      from: '2024-01',
      to: '2026-11',
    });
  });
});
