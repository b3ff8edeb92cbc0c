import type { PurseDb } from '../../src/ledger/db';
import { rowsOfScope } from '../../src/ledger/engine/aggregate-sheets';
import type { LedgerApi } from '../../src/shared/contract';
import { journalAccount, journalCategory } from '../generator/write-journal';

/**
 * Totals keyed `journal account|period|currency` in minor units, where the period is `all`
 * for account balances and `YYYY-MM` for category totals per month. Zeros are left out, so
 * two sets of totals compare with a plain deep equality.
 */
export type Totals = Record<string, number>;

function add(totals: Totals, key: string, minor: number): void {
  const sum = (totals[key] ?? 0) + minor;
  if (sum === 0) delete totals[key];
  else totals[key] = sum;
}

/** Purse's side: cached account balances and the monthly category aggregates. */
export async function purseTotals(api: LedgerApi, db: PurseDb): Promise<Totals> {
  const totals: Totals = {};
  for (const account of await api['accounts.list'](undefined))
    add(totals, `${journalAccount(account)}|all|${account.currency}`, account.balance);
  const names = new Map(
    (await api['categories.list'](undefined)).map((c) => [
      c.id,
      journalCategory(c.kind, c.name.en),
    ]),
  );
  const rows = await rowsOfScope(db.aggregates, 'category');
  for (const row of rows)
    add(
      totals,
      `${names.get(row.scopeId) ?? row.scopeId}|${row.month}|${row.currency}`,
      row.debit - row.credit,
    );
  return totals;
}

/** "3783.11 CNY, 289.19 USD" → [['CNY', 378311], ['USD', 28919]]; "0" → []. */
export function parseAmounts(cell: string): [string, number][] {
  const out: [string, number][] = [];
  for (const part of cell.split(',')) {
    const match = /^\s*(-?)(\d+)\.(\d{2})\s+([A-Z]{3})\s*$/.exec(part);
    if (!match) continue;
    const [, sign, whole, cents, currency] = match;
    out.push([currency!, (sign ? -1 : 1) * (Number(whole) * 100 + Number(cents))]);
  }
  return out;
}

function csvRows(csv: string): string[][] {
  return csv
    .trim()
    .split('\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
}

/**
 * hledger's side from two CSV reports: `balance --flat -O csv` (account balances) and
 * `balance ^expenses ^income -M --flat -O csv` (category totals per month).
 */
export function hledgerTotals(balancesCsv: string, monthlyCsv: string): Totals {
  const totals: Totals = {};
  for (const [account, cell] of csvRows(balancesCsv).slice(1)) {
    if (!account || !/^(assets|liabilities):/.test(account)) continue;
    for (const [currency, minor] of parseAmounts(cell ?? ''))
      add(totals, `${account}|all|${currency}`, minor);
  }
  const [header, ...rows] = csvRows(monthlyCsv);
  for (const [account, ...cells] of rows) {
    if (!account || account === 'total') continue;
    cells.forEach((cell, i) => {
      const month = header![i + 1]!;
      for (const [currency, minor] of parseAmounts(cell))
        add(totals, `${account}|${month}|${currency}`, minor);
    });
  }
  return totals;
}

/** Every key where the two disagree, as readable lines (empty when they agree). */
export function totalsMismatches(purse: Totals, hledger: Totals): string[] {
  const keys = new Set([...Object.keys(purse), ...Object.keys(hledger)]);
  return [...keys]
    .filter((key) => purse[key] !== hledger[key])
    .sort()
    .map((key) => `${key}: Purse ${purse[key] ?? 0}, hledger ${hledger[key] ?? 0}`);
}
