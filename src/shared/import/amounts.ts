import type { CurrencyCode } from '../currencies';
import { parseMoneyInput } from '../money';

export type AmountProblem = 'empty' | 'not-a-number' | 'too-many-decimals' | 'too-large';

export type StatementAmount =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly problem: AmountProblem };

const PROBLEMS = {
  EMPTY: 'empty',
  NOT_A_NUMBER: 'not-a-number',
  TOO_MANY_DECIMALS: 'too-many-decimals',
  TOO_LARGE: 'too-large',
} as const;

/**
 * A statement's amount cell in minor units: everything `parseMoneyInput` reads ("¥12.50",
 * "(12.00)", "1.234,56" with a comma decimal mark) plus what bank exports add: a trailing
 * minus ("12.00-") and CR/DR markers ("12.00 CR" is money in, "DR" money out).
 */
export function parseStatementAmount(
  cell: string,
  currency: CurrencyCode,
  decimalMark: '.' | ',',
): StatementAmount {
  let text = cell.trim();
  let negate = false;
  const marker = /\s*\b(CR|DR)\.?$/i.exec(text);
  if (marker) {
    text = text.slice(0, marker.index);
    if (marker[1]!.toUpperCase() === 'DR') negate = true;
  }
  if (/\d-$/.test(text)) {
    text = text.slice(0, -1);
    negate = !negate;
  }
  const parsed = parseMoneyInput(text, currency, { decimalMark });
  if (!parsed.ok) return { ok: false, problem: PROBLEMS[parsed.reason] };
  return { ok: true, minor: negate && parsed.minor !== 0 ? -parsed.minor : parsed.minor };
}

/**
 * The decimal mark the amounts of a file use, from a sample of its amount cells: a comma
 * when some cell ends in a comma and one or two digits ("1.234,56", "12,5") and none ends
 * in a point and one or two digits; a point otherwise.
 */
export function detectDecimalMark(cells: readonly string[]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const cell = raw
      .replace(/\s*(CR|DR)\.?$/i, '')
      .replace(/[)-]+$/, '')
      .trim();
    if (/,\d{1,2}$/.test(cell) || /\.\d{3},\d+$/.test(cell)) comma++;
    else if (/\.\d{1,2}$/.test(cell) || /,\d{3}\.\d+$/.test(cell)) point++;
  }
  return comma > 0 && point === 0 ? ',' : '.';
}
