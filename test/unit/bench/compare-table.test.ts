import { describe, expect, it } from 'vitest';
import { purseRatio, roundRatio } from '../../../bench/compare/ratio';
import { actualColumns, benchTable } from '../../../bench/compare/table';

describe('Purse ÷ another engine', () => {
  it('reads above 1 when Purse is better, for times and for rates alike', () => {
    expect(purseRatio('time', 10, 40)).toBe(4);
    expect(purseRatio('time', 40, 10)).toBe(0.25);
    expect(purseRatio('rate', 2_000, 500)).toBe(4);
    expect(purseRatio('rate', 500, 2_000)).toBe(0.25);
  });

  it('has no ratio when a side is missing, zero or negative', () => {
    expect(purseRatio('time', undefined, 10)).toBeUndefined();
    expect(purseRatio('time', 10, undefined)).toBeUndefined();
    expect(purseRatio('rate', 0, 10)).toBeUndefined();
    expect(purseRatio('rate', 10, -1)).toBeUndefined();
  });

  it('rounds to two decimals below 10, one below 100 and whole numbers above', () => {
    expect(roundRatio(3.14159)).toBe(3.14);
    expect(roundRatio(31.4159)).toBe(31.4);
    expect(roundRatio(314.159)).toBe(314);
  });
});

describe('the bench table', () => {
  const row = {
    transactions: 100_000,
    'commit p50 (ms)': 10,
    'export (rows/s)': 100_000,
    'analytics all (ms)': 20,
    'bulk ÷ raw': 0.8,
    'totals = hledger': 'OK',
    'hledger balance -M (ms)': 4_000,
    'ledger monthly (ms)': 3_800,
    'hledger register csv (ms)': 5_000,
  };

  it('adds Actual’s numbers and ratios under the Purse line names', () => {
    const columns = actualColumns(row, {
      'commit p50 (ms)': 80,
      'export (rows/s)': 50_000,
      'history page (ms)': 8,
    });
    expect(columns).toEqual({
      'Actual commit p50 (ms)': 80,
      'Purse ÷ Actual commit p50': 8,
      'Actual export (rows/s)': 50_000,
      'Purse ÷ Actual export': 2,
      // Purse has no such line in this row, so there is nothing to divide.
      'Actual history page (ms)': 8,
    });
  });

  it('puts each engine in its own column on the same line', () => {
    const table = benchTable({
      ...row,
      ...actualColumns(row, { 'commit p50 (ms)': 80, 'analytics all (ms)': 10 }),
      'totals = Actual': 'MISMATCH',
      'Actual load average': 3.1,
    });
    expect(table['commit p50 (ms)']).toEqual({
      Purse: 10,
      Actual: 80,
      'Purse ÷ Actual': 8,
    });
    expect(table['analytics all (ms)']).toEqual({
      Purse: 20,
      Actual: 10,
      'Purse ÷ Actual': 0.5,
      hledger: 4_000,
      'ledger-cli': 3_800,
    });
    expect(table['totals = Purse']).toEqual({ hledger: 'OK', Actual: 'MISMATCH' });
    expect(table['register csv (ms)']).toEqual({ hledger: 5_000 });
    expect(table['load average']).toEqual({ Actual: 3.1 });
    expect(table['bulk ÷ raw']).toEqual({ Purse: 0.8 });
    expect(Object.keys(table).some((line) => line.startsWith('Actual '))).toBe(false);
  });

  it('shows the unsealed ledger beside the sealed one, each with its own ratio to Actual', () => {
    const withClear = {
      ...row,
      'unsealed export (rows/s)': 300_000,
      'unsealed commit p50 (ms)': 8,
    };
    const columns = actualColumns(withClear, { 'export (rows/s)': 200_000, 'commit p50 (ms)': 80 });
    expect(columns['Purse ÷ Actual export']).toBe(0.5);
    expect(columns['unsealed Purse ÷ Actual export']).toBe(1.5);
    const table = benchTable({ ...withClear, ...columns });
    expect(table['export (rows/s)']).toEqual({
      Purse: 100_000,
      'Purse unsealed': 300_000,
      Actual: 200_000,
      'Purse ÷ Actual': 0.5,
      'unsealed ÷ Actual': 1.5,
    });
    expect(table['commit p50 (ms)']).toMatchObject({
      'Purse unsealed': 8,
      'unsealed ÷ Actual': 10,
    });
    expect(Object.keys(table).some((line) => line.startsWith('unsealed '))).toBe(false);
  });
});
