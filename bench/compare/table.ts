import { purseRatio } from './ratio';

export type Row = Record<string, number | string | boolean>;
type Cell = number | string | boolean;

/** Purse's lines that Actual is timed on too, and whether a higher number is better. */
export const ACTUAL_LINES = [
  ['build (txn/s)', 'rate'],
  ['commit p50 (ms)', 'time'],
  ['commit p95 (ms)', 'time'],
  ['cold open (ms)', 'time'],
  ['analytics month (ms)', 'time'],
  ['analytics year (ms)', 'time'],
  ['analytics all (ms)', 'time'],
  ['history page (ms)', 'time'],
  ['search (ms)', 'time'],
  ['search, no match (ms)', 'time'],
  ['export (rows/s)', 'rate'],
] as const;

export type ActualLine = (typeof ACTUAL_LINES)[number][0];

/** Lines also measured on the unsealed copy of the ledger, to show what sealing costs. */
export const UNSEALED_LINES: ReadonlySet<string> = new Set([
  ...ACTUAL_LINES.map(([line]) => line),
  'dashboard (ms)',
  'CSV import (rows/s)',
  'export peak heap (MB)',
  'verify (ms)',
]);

export const actualKey = (line: string) => `Actual ${line}`;
export const unsealedKey = (line: string) => `unsealed ${line}`;
const unsealedRatioKey = (line: string) => `unsealed ${ratioKey(line)}`;
export const ratioKey = (line: string) => `Purse ÷ Actual ${line.replace(/ \([^)]*\)$/, '')}`;

/** Actual's numbers and the Purse ÷ Actual ratios, as keys of the results row. */
export function actualColumns(
  row: Row,
  actual: Partial<Record<ActualLine, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [line, kind] of ACTUAL_LINES) {
    const value = actual[line];
    if (value === undefined) continue;
    out[actualKey(line)] = value;
    const purse = row[line];
    const ratio = purseRatio(kind, typeof purse === 'number' ? purse : undefined, value);
    if (ratio !== undefined) out[ratioKey(line)] = ratio;
    const clear = row[unsealedKey(line)];
    const clearRatio = purseRatio(kind, typeof clear === 'number' ? clear : undefined, value);
    if (clearRatio !== undefined) out[unsealedRatioKey(line)] = clearRatio;
  }
  return out;
}

/** Table lines whose cells come from other keys of the row than the line's own name. */
const TOOL_LINES: readonly { line: string; hledger: string; ledger: string }[] = [
  { line: 'analytics all (ms)', hledger: 'hledger balance -M (ms)', ledger: 'ledger monthly (ms)' },
  {
    line: 'tool ÷ Purse analytics all',
    hledger: 'hledger ÷ Purse analytics all',
    ledger: 'ledger ÷ Purse analytics all',
  },
  { line: 'register csv (ms)', hledger: 'hledger register csv (ms)', ledger: 'ledger csv (ms)' },
  {
    line: 'tool ÷ Purse export',
    hledger: 'hledger register ÷ Purse export',
    ledger: 'ledger csv ÷ Purse export',
  },
];

/**
 * The results row as a table for console.table: one line per measure, with columns Purse,
 * Purse unsealed, Actual, Purse ÷ Actual, unsealed ÷ Actual, hledger and ledger-cli, so the
 * engines read side by side.
 */
export function benchTable(row: Row): Record<string, Record<string, Cell>> {
  const table: Record<string, Record<string, Cell>> = {};
  const used = new Set<string>();
  const put = (line: string, column: string, key: string) => {
    if (!(key in row)) return;
    (table[line] ??= {})[column] = row[key]!;
    used.add(key);
  };
  const compared = new Map<string, string>(ACTUAL_LINES);
  for (const key of Object.keys(row)) {
    if (key.startsWith('Actual ') || key.startsWith('Purse ÷ Actual ')) continue;
    if (key.startsWith('unsealed ')) continue;
    if (key.startsWith('hledger') || key.startsWith('ledger')) continue;
    if (key === 'totals = hledger' || key === 'totals = Actual') {
      put('totals = Purse', key === 'totals = hledger' ? 'hledger' : 'Actual', key);
      continue;
    }
    put(key, 'Purse', key);
    put(key, 'Purse unsealed', unsealedKey(key));
    if (compared.has(key)) {
      put(key, 'Actual', actualKey(key));
      put(key, 'Purse ÷ Actual', ratioKey(key));
      put(key, 'unsealed ÷ Actual', unsealedRatioKey(key));
    }
  }
  for (const { line, hledger, ledger } of TOOL_LINES) {
    put(line, 'hledger', hledger);
    put(line, 'ledger-cli', ledger);
  }
  for (const key of Object.keys(row)) {
    if (used.has(key)) continue;
    if (key.startsWith('Actual ')) put(key.slice('Actual '.length), 'Actual', key);
    else if (key.startsWith('hledger ')) put(key.slice('hledger '.length), 'hledger', key);
    else if (key.startsWith('ledger ')) put(key.slice('ledger '.length), 'ledger-cli', key);
    else put(key, 'Purse', key);
  }
  return table;
}
