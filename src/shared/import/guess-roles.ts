import type { ColumnMapping } from '../imports';
import { parseStatementAmount } from './amounts';
import type { CsvRecord } from './csv-reader';
import { parseStatementDate } from './dates';
import { cleanCell, directionOf } from './normalize';
import { aliasKey, guessColumns } from './profiles';

/** What a column holds, from its cells in the sample. */
interface ColumnProfile {
  readonly name: string;
  readonly cells: readonly string[];
  readonly filled: number;
  readonly dates: number;
  /** Cells that read as amounts, and the amounts (null where empty or not a number). */
  readonly numbers: number;
  readonly amounts: readonly (number | null)[];
  readonly negatives: number;
  readonly directions: number;
  readonly distinct: number;
}

export interface RoleGuess {
  readonly columns: ColumnMapping;
  /** Two columns could be money out and money in either way round: the person is asked. */
  readonly layoutAmbiguous: boolean;
}

const OUT_HINT = /out|debit|withdraw|soll|af\b|ausgang|débit|cargo|支出|借/i;

function profileColumn(
  name: string,
  cells: readonly string[],
  decimalMark: '.' | ',',
): ColumnProfile {
  let filled = 0;
  let dates = 0;
  let numbers = 0;
  let negatives = 0;
  let directions = 0;
  const seen = new Set<string>();
  const amounts = cells.map((cell) => {
    if (!cell) return null;
    filled++;
    seen.add(cell.toLowerCase());
    if (directionOf(cell) !== null) directions++;
    const date = parseStatementDate(cell, '', 'dmy').ok || parseStatementDate(cell, '', 'mdy').ok;
    if (date) {
      dates++;
      return null;
    }
    const amount = parseStatementAmount(cell, 'EUR', decimalMark);
    if (!amount.ok) return null;
    numbers++;
    if (amount.minor < 0) negatives++;
    return amount.minor;
  });
  return {
    name,
    cells,
    filled,
    dates,
    numbers,
    amounts,
    negatives,
    directions,
    distinct: seen.size,
  };
}

const mostly = (part: number, whole: number) => whole > 0 && part >= whole * 0.8;

/** Whether `balance` runs along `amount` row by row, in the file's order or reversed. */
function runsAsBalance(balance: readonly (number | null)[], amount: readonly number[]): boolean {
  let forward = 0;
  let backward = 0;
  let pairs = 0;
  for (let i = 1; i < balance.length; i++) {
    const before = balance[i - 1];
    const after = balance[i];
    if (before == null || after == null) continue;
    pairs++;
    if (after - before === amount[i]) forward++;
    if (before - after === amount[i - 1]) backward++;
  }
  return pairs >= 2 && mostly(Math.max(forward, backward), pairs);
}

/**
 * The columns of a file, from its header names first (`guessColumns`) and then from what
 * its cells hold, so that a header in an unknown language, or no header at all, still
 * reads: the date is the first column of dates; a direction column holds only words like
 * 支出/收入, S/H, Af/Bij, CR/DR; of the number columns, one signed column is the amount, two
 * that are never filled on the same row are money out and in, and one that moves by each
 * row's amount is the running balance.
 */
export function guessRoles(
  header: readonly string[],
  sample: readonly CsvRecord[],
  decimalMark: '.' | ',',
): RoleGuess {
  const columns: Record<string, string | undefined> = { ...guessColumns(header) };
  const mapped = () => new Set(Object.values(columns).filter(Boolean));
  const profiles = header.map((name, i) =>
    profileColumn(
      name,
      sample.map((record) => cleanCell(record.cells[i])),
      decimalMark,
    ),
  );
  const free = (p: ColumnProfile) => p.name !== '' || p.filled > 0;
  const unmapped = () => profiles.filter((p) => free(p) && !mapped().has(p.name));

  const dateColumn = profiles.find((p) => p.name === columns.date);
  if (!dateColumn || !mostly(dateColumn.dates, dateColumn.filled)) {
    const found = unmapped().find((p) => p.filled > 0 && mostly(p.dates, p.filled));
    if (found) columns.date = found.name;
  }
  if (!columns.direction) {
    const found = unmapped().find(
      (p) => p.filled > 0 && p.directions === p.filled && p.distinct >= 1 && p.distinct <= 4,
    );
    if (found && (columns.amount || columns.debit)) columns.direction = found.name;
  }

  let layoutAmbiguous = false;
  const numeric = unmapped().filter((p) => mostly(p.numbers, p.filled) && p.dates === 0);
  if (!columns.amount && !columns.debit && !columns.credit) {
    const pair = complementaryPair(numeric);
    if (pair) {
      const [a, b] = pair;
      const aOut = OUT_HINT.test(aliasKey(a.name));
      const bOut = OUT_HINT.test(aliasKey(b.name));
      layoutAmbiguous = aOut === bOut;
      [columns.debit, columns.credit] = bOut && !aOut ? [b.name, a.name] : [a.name, b.name];
    } else {
      const signed = numeric.find((p) => p.negatives > 0) ?? numeric[0];
      if (signed) columns.amount = signed.name;
    }
  }
  if (!columns.balance) {
    const amounts = signedAmounts(profiles, columns);
    const found = unmapped().find(
      (p) => mostly(p.numbers, p.filled) && amounts && runsAsBalance(p.amounts, amounts),
    );
    if (found) columns.balance = found.name;
  }
  const clean = Object.fromEntries(Object.entries(columns).filter(([, name]) => name));
  return { columns: clean, layoutAmbiguous };
}

/** Two number columns never filled (non-zero) on the same row: money out and money in. */
function complementaryPair(
  numeric: readonly ColumnProfile[],
): [ColumnProfile, ColumnProfile] | null {
  for (let i = 0; i < numeric.length; i++) {
    for (let j = i + 1; j < numeric.length; j++) {
      const a = numeric[i]!;
      const b = numeric[j]!;
      let both = 0;
      let either = 0;
      a.amounts.forEach((x, row) => {
        const y = b.amounts[row];
        const hasX = x != null && x !== 0;
        const hasY = y != null && y !== 0;
        if (hasX && hasY) both++;
        if (hasX || hasY) either++;
      });
      if (either >= 2 && both === 0 && a.filled > 0 && b.filled > 0) return [a, b];
    }
  }
  return null;
}

/** Each sample row's signed amount under `columns`, to test a balance column against. */
function signedAmounts(
  profiles: readonly ColumnProfile[],
  columns: Record<string, string | undefined>,
): number[] | null {
  const byName = (name: string | undefined) => profiles.find((p) => p.name === name);
  const amount = byName(columns.amount);
  if (amount) {
    const direction = byName(columns.direction);
    return amount.amounts.map((x, i) => {
      const size = x ?? 0;
      if (!direction) return size;
      return directionOf(direction.cells[i] ?? '') === 'out' ? -Math.abs(size) : Math.abs(size);
    });
  }
  const out = byName(columns.debit);
  const inflow = byName(columns.credit);
  if (!out && !inflow) return null;
  const rows = (out ?? inflow)!.amounts.length;
  return Array.from(
    { length: rows },
    (_, i) => Math.abs(inflow?.amounts[i] ?? 0) - Math.abs(out?.amounts[i] ?? 0),
  );
}
