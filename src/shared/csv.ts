/** A UTF-8 byte-order mark: lets Excel open Chinese text in a CSV correctly. */
export const UTF8_BOM = '\uFEFF';

// Spreadsheets run a cell that starts with these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One RFC 4180 cell: quoted when it holds a comma, quote or line break; a leading formula
 * character is defused with an apostrophe, so `=HYPERLINK(…)` stays text. A plain signed
 * number ("-12.50") is data, not a formula, and is left as it is for spreadsheets and hledger.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
