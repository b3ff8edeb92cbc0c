import type { CurrencyCode } from '../../currencies';
import type { DateOrder } from '../../imports';
import { minorToDecimalString } from '../../money';
import { detectDecimalMark, parseStatementAmount } from '../amounts';
import { parseQifDate, qifDateOrder } from './qif-dates';
import { readQifRecords, type QifRecord } from './qif-records';
import { StatementRows, type StatementEntry } from './statement-rows';
import type { StructuredOptions, StructuredResult } from './structured-read';

/** `Food:Dining/Business` → `Dining`; a transfer (`[Savings]`) has no category. */
function categoryOf(field: string | undefined): string | undefined {
  if (!field || field.startsWith('[')) return undefined;
  const category = field.split('/')[0]!;
  return category.split(':').pop()?.trim() || undefined;
}

/** The amount of a record: `T` (or `U`), else the sum of its splits' `$`. */
function amountOf(record: QifRecord, currency: CurrencyCode, mark: '.' | ','): string | undefined {
  const total = record.fields.T || record.fields.U;
  if (total) return total;
  const parts = record.splits.map((split) => split.amount).filter((amount) => amount);
  if (parts.length === 0) return undefined;
  let sum = 0;
  for (const part of parts) {
    const parsed = parseStatementAmount(part!, currency, mark);
    if (!parsed.ok) return part;
    sum += parsed.minor;
  }
  return mark === ','
    ? minorToDecimalString(sum, currency).replace('.', ',')
    : minorToDecimalString(sum, currency);
}

/** Quicken's first record of an account: its starting balance, not a transaction. */
function isOpeningBalance(record: QifRecord): boolean {
  return (
    /^opening balance$/i.test(record.fields.P ?? '') && (record.fields.L ?? '').startsWith('[')
  );
}

function entryOf(
  record: QifRecord,
  number: number,
  options: StructuredOptions & { order: DateOrder; mark: '.' | ',' },
): StatementEntry {
  const { fields, splits } = record;
  const splitMemos = splits.map((split) => split.memo).filter(Boolean);
  const checkNumber = /^\d+$/.test(fields.N ?? '') ? fields.N : undefined;
  return {
    number,
    date: parseQifDate(fields.D, options.order, options.timeZone),
    amount: amountOf(record, options.currency, options.mark),
    decimalMark: options.mark,
    counterparty: fields.P,
    memo: fields.M || [...new Set(splitMemos)].join('; '),
    category: categoryOf(fields.L) ?? categoryOf(splits[0]?.category),
    ...(splits.length > 1
      ? {
          splits: splits.map(({ category, amount, memo }) => ({
            category: categoryOf(category),
            amount,
            memo,
          })),
        }
      : {}),
    // Only a check number identifies one payment; ATM, DEP or Txfr name many.
    ...(checkNumber ? { reference: checkNumber } : {}),
  };
}

/**
 * Reads a QIF file's bank, credit card, cash and other asset or liability sections. The
 * day/month order of its dates is decided over the whole file (month first when every
 * date fits both, unless the person chose); a split transaction is one row with its total
 * and its lines (imported as a split); the opening balance record is left out. QIF states no currency: amounts are
 * read in the account's.
 */
export function readQif(text: string, options: StructuredOptions): StructuredResult {
  const read = readQifRecords(text);
  if (!read.ok) return read;
  const { records, types } = read;
  if (records.length === 0) return { ok: false, problem: { code: 'no-entries', format: 'qif' } };
  const accounts = new Set(records.map((record) => record.account));
  if (accounts.size > 1) {
    return {
      ok: false,
      problem: { code: 'several-accounts', format: 'qif', count: accounts.size },
    };
  }
  const detected = qifDateOrder(records.map((record) => record.fields.D ?? ''));
  const dateOrder = options.dateOrder
    ? { order: options.dateOrder, ambiguous: detected.ambiguous }
    : detected;
  const amounts = records.flatMap((record) => [
    record.fields.T ?? record.fields.U ?? '',
    ...record.splits.map((split) => split.amount ?? ''),
  ]);
  const mark = detectDecimalMark(amounts.filter(Boolean));
  const rows = new StatementRows(options.currency);
  let openingBalanceLeftOut = false;
  records.forEach((record, index) => {
    if (isOpeningBalance(record)) openingBalanceLeftOut = true;
    else rows.add(entryOf(record, index + 1, { ...options, order: dateOrder.order, mark }));
  });
  if (rows.tooMany) return { ok: false, problem: { code: 'too-many-rows' } };
  const type = types[0]?.toLowerCase();
  return {
    ok: true,
    read: {
      ...rows.finish(),
      format: 'qif',
      ...(openingBalanceLeftOut ? { openingBalanceLeftOut } : {}),
      ...(type === 'ccard'
        ? { statement: 'credit-card' }
        : type === 'bank'
          ? { statement: 'bank' }
          : {}),
      dateOrder,
    },
  };
}
