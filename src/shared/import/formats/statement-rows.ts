import type { CurrencyCode } from '../../currencies';
import {
  MAX_IMPORT_ROWS,
  statementBalanceSchema,
  type ImportRow,
  type StatementBalance,
} from '../../imports';
import { SPLIT_LINES_MAX } from '../../schemas';
import { parseStatementAmount } from '../amounts';
import {
  cleanCell,
  filledTexts,
  type RejectReason,
  type Rejection,
  type SkipReason,
} from '../normalize';
import type { StatementRead } from '../read-statement';

/** When an entry happened, or why that cannot be told. */
export type EntryDate =
  | { readonly ok: true; readonly at: number }
  | {
      readonly ok: false;
      readonly reason: 'missing-date' | 'bad-date' | 'no-such-date';
      readonly detail?: string;
    };

/** One transaction of a structured statement, as its parser found it. */
export interface StatementEntry {
  /** Its place among the file's entries, from 1: what a rejection is listed by. */
  readonly number: number;
  readonly date: EntryDate;
  /** The signed amount as written (`-12.50`); negative left the account. */
  readonly amount: string | undefined;
  readonly decimalMark?: '.' | ',';
  readonly counterparty?: string;
  readonly memo?: string;
  readonly category?: string;
  readonly reference?: string;
  readonly merchantRef?: string;
  /** Money back for an earlier entry (a CAMT reversal). */
  readonly refund?: boolean;
  /** The entry's split lines as written (QIF): category name, signed amount, memo. */
  readonly splits?: readonly {
    readonly category?: string;
    readonly amount?: string;
    readonly memo?: string;
  }[];
  /** Why the entry cannot be a row although its date and amount read (no direction…). */
  readonly rejection?: { readonly reason: RejectReason; readonly detail?: string };
}

const MAX_REJECTIONS_KEPT = 5000;

function text(value: string | undefined, max: number): string | undefined {
  const cleaned = cleanCell(value);
  if (!cleaned) return undefined;
  return cleaned.length > max ? cleaned.slice(0, max) : cleaned;
}

function amountReason(problem: string): RejectReason {
  if (problem === 'empty') return 'missing-amount';
  return problem === 'too-many-decimals' ? 'too-many-decimals' : 'bad-amount';
}

/**
 * Collects a structured statement's rows as the CSV reader does: each entry becomes a row
 * in minor units of the account's currency, a skip (nothing moved) or a rejection listed
 * by its entry number.
 */
export class StatementRows {
  private readonly rows: ImportRow[] = [];
  private readonly rejections: Rejection[] = [];
  private rejectedCount = 0;
  private readonly skipped: Record<SkipReason, number> = {
    closed: 0,
    'not-counted': 0,
    zero: 0,
    'balance-line': 0,
  };
  private pendingCount = 0;
  private overflow = false;

  constructor(private readonly currency: CurrencyCode) {}

  /** More rows than an import takes: the whole file is refused. */
  get tooMany(): boolean {
    return this.overflow;
  }

  reject(rejection: Rejection): void {
    this.rejectedCount++;
    if (this.rejections.length < MAX_REJECTIONS_KEPT) this.rejections.push(rejection);
  }

  skip(reason: SkipReason): void {
    this.skipped[reason]++;
  }

  /** An entry the bank has not booked yet: left out, and counted. */
  skipPending(): void {
    this.pendingCount++;
  }

  add(entry: StatementEntry): void {
    const line = entry.number;
    if (!entry.date.ok) {
      const { reason, detail } = entry.date;
      this.reject({ line, reason, ...(detail !== undefined ? { detail } : {}) });
      return;
    }
    if (entry.rejection) {
      this.reject({ line, ...entry.rejection });
      return;
    }
    const amountText = (entry.amount ?? '').trim();
    if (!amountText) {
      this.reject({ line, reason: 'missing-amount' });
      return;
    }
    const amount = parseStatementAmount(amountText, this.currency, entry.decimalMark ?? '.');
    if (!amount.ok) {
      this.reject({ line, reason: amountReason(amount.problem), detail: amountText });
      return;
    }
    if (amount.minor === 0) {
      this.skip('zero');
      return;
    }
    if (this.rows.length >= MAX_IMPORT_ROWS) {
      this.overflow = true;
      return;
    }
    const counterparty = text(entry.counterparty, 80);
    const memo = text(entry.memo, 200);
    const category = text(entry.category, 40);
    const reference = text(entry.reference?.replace(/\s/g, ''), 80);
    const merchantRef = text(entry.merchantRef?.replace(/\s/g, ''), 80);
    const splits = this.splitsOf(entry);
    this.rows.push({
      line,
      occurredAt: entry.date.at,
      amount: amount.minor,
      ...filledTexts({ counterparty, memo, category, reference, merchantRef }),
      ...(entry.refund && amount.minor > 0 ? { refund: true } : {}),
      ...(splits ? { splits } : {}),
    });
  }

  /** An entry's split lines in minor units; none when there are fewer than two, or one is unreadable. */
  private splitsOf(entry: StatementEntry): ImportRow['splits'] {
    if (!entry.splits || entry.splits.length < 2 || entry.splits.length > SPLIT_LINES_MAX)
      return undefined;
    const lines: NonNullable<ImportRow['splits']> = [];
    for (const split of entry.splits) {
      const parsed = parseStatementAmount(
        (split.amount ?? '').trim(),
        this.currency,
        entry.decimalMark ?? '.',
      );
      if (!parsed.ok || parsed.minor === 0) return undefined;
      const category = text(split.category, 40);
      const memo = text(split.memo, 200);
      lines.push({ amount: parsed.minor, ...filledTexts({ category, memo }) });
    }
    return lines;
  }

  /** What was read; a closing balance that is not a sane balance is left out. */
  finish(closingBalance?: StatementBalance): StatementRead & { readonly pending: number } {
    const balance = closingBalance ? statementBalanceSchema.safeParse(closingBalance) : undefined;
    return {
      rows: this.rows,
      rejections: this.rejections,
      rejectedCount: this.rejectedCount,
      skipped: { ...this.skipped },
      pending: this.pendingCount,
      ...(balance?.success ? { closingBalance: balance.data } : {}),
    };
  }
}
