import type { CurrencyCode } from '../currencies';
import type { ColumnMapping, ColumnRole, ImportRow, ImportSettings } from '../imports';
import { parseStatementAmount } from './amounts';
import type { CsvRecord } from './csv-reader';
import { instantOf, parseStatementDate } from './dates';
import { headerKey, profileById, type ProfileExtras } from './profiles';

/** Why a row was refused; the report shows each with its line number. */
export type RejectReason =
  | 'ragged'
  | 'bad-quote'
  | 'unbalanced-quote'
  | 'missing-date'
  | 'bad-date'
  | 'no-such-date'
  | 'missing-amount'
  | 'bad-amount'
  | 'too-many-decimals'
  | 'both-debit-and-credit'
  | 'bad-direction'
  | 'currency-mismatch';

/** Rows left out on purpose: they moved no money. */
export type SkipReason = 'closed' | 'not-counted' | 'zero' | 'balance-line';

/** A statement's own opening or closing balance line ("Endsaldo", "Closing balance"). */
const BALANCE_LINE =
  /^(anfangssaldo|endsaldo|alter kontostand|neuer kontostand|opening balance|closing balance|balance brought forward|balance carried forward|beginsaldo|eindsaldo|solde initial|solde final|saldo inicial|saldo final|期初余额|期末余额)$/i;
const CLOSING_LINE = /endsaldo|neuer|closing|carried|eindsaldo|final|期末/i;

export interface Rejection {
  readonly line: number;
  readonly reason: RejectReason;
  /** The offending cell or count, shown as it was. */
  readonly detail?: string;
}

export type RowOutcome =
  | {
      readonly kind: 'rows';
      readonly rows: readonly ImportRow[];
      /** The balance column's value after this row. */
      readonly balance?: number;
      /**
       * What the payment's own status says was paid back (WeChat's 已全额退款, 已退款(￥20)):
       * netted against the file's refund rows once the whole file is read.
       */
      readonly refunded?: number;
    }
  | {
      readonly kind: 'skip';
      readonly reason: SkipReason;
      /** A closing balance line's balance, with its date. */
      readonly closing?: { readonly amount: number; readonly at: number };
    }
  | { readonly kind: 'reject'; readonly rejection: Rejection };

const CLOSED =
  /交易关闭|已关闭|支付失败|失败|已撤销|撤销|对方已退还|已退还|已拒收|待付款|等待付款|未付款|还款失败/;
const REFUND_STATUS = /退款成功|已全额退款|^已退款$/;
/** A payment's own status saying it was paid back: WeChat's 已全额退款 and 已退款(￥20.00). */
const REFUNDED_PAYMENT = /^(已全额退款|全额退款)$|^(已退款|部分退款)[(（]/;
const OUT = /^(支出|支|出|expense|debit|dr|d|out|借|借方|soll|s|af|belastung|-)$/i;
const IN = /^(收入|收|入|income|credit|cr|c|in|贷|贷方|haben|h|bij|gutschrift|\+)$/i;
/** A bank's reversal of an earlier booking: money back, paired with the original. */
const REVERSAL =
  /storno|stornierung|rückbuchung|ruckbuchung|rücklastschrift|rucklastschrift|reversal|reversed|refund|returned|terugboeking|retour|remboursement|annulation|退款|冲正|撤销/i;

/** Which way a direction cell says the money went, if it says. */
export function directionOf(cell: string): 'out' | 'in' | null {
  const text = cell.trim();
  if (OUT.test(text)) return 'out';
  if (IN.test(text)) return 'in';
  return null;
}
const NOT_COUNTED = /^(\/|不计收支|中性交易|)$/;
const CONTACT_TYPE = /转账|红包|亲属卡/;
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  rmb: 'CNY',
  '¥': 'CNY',
  美元: 'USD',
  港币: 'HKD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
};

/** A cell as text to keep: no control characters, no padding; WeChat's "/" means empty. */
export function cleanCell(cell: string | undefined): string {
  const text = (cell ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\uFEFF]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '/' ? '' : text;
}

type RowText = 'counterparty' | 'memo' | 'category' | 'reference' | 'merchantRef';

/** A row's texts that hold something, to spread into the row (an empty one is left out). */
export function filledTexts(
  texts: Readonly<Partial<Record<RowText, string | undefined>>>,
): Partial<Record<RowText, string>> {
  const filled: Partial<Record<RowText, string>> = {};
  for (const [field, text] of Object.entries(texts) as [RowText, string | undefined][]) {
    if (text) filled[field] = text;
  }
  return filled;
}

function limit(text: string, max: number): string | undefined {
  if (!text) return undefined;
  return text.length > max ? text.slice(0, max) : text;
}

type Indexes = { readonly [R in ColumnRole]?: number } & {
  readonly [E in keyof ProfileExtras]?: number;
};

/** What a mapping needs to read a file, or the first role it is missing. */
export function checkMapping(columns: ColumnMapping): ColumnRole | null {
  if (!columns.date) return 'date';
  if (!columns.amount && !(columns.debit || columns.credit)) return 'amount';
  return null;
}

/**
 * Turns the records of one file into import rows, with the settings the person confirmed.
 * Each record gives rows (a payment, or a payment and its refund), a skip, or a rejection.
 */
export class RowNormalizer {
  private readonly index: Indexes;
  private readonly width: number;
  private readonly minWidth: number;
  private readonly extras: ProfileExtras;

  constructor(
    header: readonly string[],
    private readonly settings: ImportSettings,
    private readonly currency: CurrencyCode,
    private readonly timeZone: string,
  ) {
    const keys = header.map(headerKey);
    const find = (name: string | undefined) => {
      if (!name) return undefined;
      const at = keys.indexOf(headerKey(name));
      return at >= 0 ? at : undefined;
    };
    const index: Record<string, number | undefined> = {};
    for (const [role, name] of Object.entries(settings.columns)) index[role] = find(name);
    this.extras = profileById(settings.profile).extras;
    for (const [role, name] of Object.entries(this.extras) as [string, string | undefined][])
      index[role] = find(name);
    this.index = index;
    this.width = keys.length;
    // A trailing empty header cell (Alipay ends every line with a comma) may be left off.
    this.minWidth = keys.at(-1) === '' ? keys.length - 1 : keys.length;
  }

  /** The mapped roles whose header cell is not in the file. */
  missingColumns(): ColumnRole[] {
    return (Object.entries(this.settings.columns) as [ColumnRole, string | undefined][])
      .filter(([role, name]) => name && this.index[role] === undefined)
      .map(([role]) => role);
  }

  private cell(cells: readonly string[], role: keyof Indexes): string {
    const at = this.index[role];
    return at === undefined ? '' : cleanCell(cells[at]);
  }

  normalize(record: CsvRecord): RowOutcome {
    const { line, cells } = record;
    const reject = (reason: RejectReason, detail?: string): RowOutcome => ({
      kind: 'reject',
      rejection: { line, reason, ...(detail !== undefined ? { detail } : {}) },
    });
    if (record.badQuote) return reject('bad-quote');
    const significant = trimTrailingEmpty(cells).length;
    if (significant > this.width || cells.length < this.minWidth) {
      return reject('ragged', `${cells.length}/${this.width}`);
    }

    const status = this.cell(cells, 'status');
    const type = this.cell(cells, 'type');
    if (status && CLOSED.test(status)) return { kind: 'skip', reason: 'closed' };

    const balanceLine = cells.map(cleanCell).find((cell) => BALANCE_LINE.test(cell));
    if (balanceLine) return this.balanceLine(cells, balanceLine);

    const dateCell = this.cell(cells, 'date');
    if (!dateCell) return reject('missing-date');
    const date = parseStatementDate(dateCell, this.cell(cells, 'time'), this.settings.dateOrder);
    if (!date.ok)
      return reject(date.problem === 'no-such-date' ? 'no-such-date' : 'bad-date', dateCell);
    const occurredAt = instantOf(date, this.timeZone);

    const currencyCell = this.cell(cells, 'currency');
    if (currencyCell) {
      const code = CURRENCY_WORDS[currencyCell.toLowerCase()] ?? currencyCell.toUpperCase();
      if (code !== this.currency) return reject('currency-mismatch', currencyCell);
    }

    const refundStatus = REFUND_STATUS.test(status);
    const amount = this.amount(cells, refundStatus);
    if ('reject' in amount) return reject(amount.reject, amount.detail);
    if ('skip' in amount) return { kind: 'skip', reason: amount.skip };

    const counterparty = limit(this.cell(cells, 'counterparty'), 80);
    const memo = limit(this.cell(cells, 'memo'), 200);
    const category = limit(this.cell(cells, 'category'), 40);
    const reference = limit(this.cell(cells, 'reference').replace(/\s/g, ''), 80);
    const merchantRef = limit(this.cell(cells, 'merchantRef').replace(/\s/g, ''), 80);
    const reversal = REVERSAL.test(`${type} ${memo ?? ''} ${counterparty ?? ''}`);
    const refund =
      amount.minor > 0 &&
      (refundStatus || /退款/.test(type) || /^退款/.test(memo ?? '') || reversal);
    const contact = CONTACT_TYPE.test(type) || CONTACT_TYPE.test(category ?? '');
    const row: ImportRow = {
      line,
      occurredAt,
      amount: amount.minor,
      ...filledTexts({ counterparty, memo, category, reference, merchantRef }),
      ...(refund ? { refund: true } : {}),
      ...(contact && !refund ? { contact: true } : {}),
    };
    const rows: ImportRow[] = [row, ...this.legacyRefund(cells, row)];
    const balance = this.balance(cells);
    const refunded = amount.minor < 0 ? this.refundedByStatus(status, -amount.minor) : undefined;
    return {
      kind: 'rows',
      rows,
      ...(balance !== undefined ? { balance } : {}),
      ...(refunded ? { refunded } : {}),
    };
  }

  private balanceLine(cells: readonly string[], label: string): RowOutcome {
    const amount = this.amount(cells, false);
    const date = parseStatementDate(
      this.cell(cells, 'date'),
      this.cell(cells, 'time'),
      this.settings.dateOrder,
    );
    const closing =
      CLOSING_LINE.test(label) && 'minor' in amount && date.ok
        ? { amount: amount.minor, at: instantOf(date, this.timeZone) }
        : undefined;
    return { kind: 'skip', reason: 'balance-line', ...(closing ? { closing } : {}) };
  }

  /** Alipay's older layout shows a refund only as 成功退款 on the payment's own line. */
  private legacyRefund(cells: readonly string[], row: ImportRow): ImportRow[] {
    const refundedCell = this.cell(cells, 'refunded');
    if (!refundedCell || row.amount >= 0) return [];
    const refunded = parseStatementAmount(refundedCell, this.currency, this.settings.decimalMark);
    if (!refunded.ok || refunded.minor <= 0) return [];
    const { reference } = row;
    return [
      {
        ...row,
        amount: Math.min(refunded.minor, -row.amount),
        refund: true,
        ...(reference ? { refundOf: reference, reference: `${reference}-refund` } : {}),
      },
    ];
  }

  private refundedByStatus(status: string, paid: number): number | undefined {
    if (!REFUNDED_PAYMENT.test(status)) return undefined;
    const stated = /[(（]\s*[¥￥]?\s*([\d.,]+)\s*[)）]/.exec(status);
    if (!stated) return paid;
    const amount = parseStatementAmount(stated[1]!, this.currency, this.settings.decimalMark);
    return amount.ok && amount.minor > 0 ? Math.min(amount.minor, paid) : undefined;
  }

  private balance(cells: readonly string[]): number | undefined {
    const text = this.cell(cells, 'balance');
    if (!text) return undefined;
    const parsed = parseStatementAmount(text, this.currency, this.settings.decimalMark);
    return parsed.ok ? parsed.minor : undefined;
  }

  private amount(
    cells: readonly string[],
    refundStatus: boolean,
  ): { minor: number } | { skip: SkipReason } | { reject: RejectReason; detail?: string } {
    const mark = this.settings.decimalMark;
    if (this.index.amount !== undefined) {
      const text = this.cell(cells, 'amount');
      if (!text) return { reject: 'missing-amount' };
      const parsed = parseStatementAmount(text, this.currency, mark);
      if (!parsed.ok) {
        return {
          reject: parsed.problem === 'too-many-decimals' ? 'too-many-decimals' : 'bad-amount',
          detail: text,
        };
      }
      let minor = parsed.minor;
      if (this.index.direction !== undefined) {
        const direction = this.cell(cells, 'direction');
        const size = Math.abs(minor);
        if (OUT.test(direction)) minor = -size;
        else if (IN.test(direction)) minor = size;
        // Alipay lists refunds as 不计收支; they still bring money back.
        else if (NOT_COUNTED.test(direction) && refundStatus) minor = size;
        else if (NOT_COUNTED.test(direction)) return { skip: 'not-counted' };
        else return { reject: 'bad-direction', detail: direction };
      }
      return minor === 0 ? { skip: 'zero' } : { minor };
    }
    const debitText = this.cell(cells, 'debit');
    const creditText = this.cell(cells, 'credit');
    const debit = debitText ? parseStatementAmount(debitText, this.currency, mark) : null;
    const credit = creditText ? parseStatementAmount(creditText, this.currency, mark) : null;
    if (debit && !debit.ok) return { reject: 'bad-amount', detail: debitText };
    if (credit && !credit.ok) return { reject: 'bad-amount', detail: creditText };
    const out = debit?.ok ? Math.abs(debit.minor) : 0;
    const inflow = credit?.ok ? Math.abs(credit.minor) : 0;
    if (!debit && !credit) return { reject: 'missing-amount' };
    if (out !== 0 && inflow !== 0) return { reject: 'both-debit-and-credit' };
    const minor = inflow - out;
    return minor === 0 ? { skip: 'zero' } : { minor };
  }
}

function trimTrailingEmpty(cells: readonly string[]): readonly string[] {
  let end = cells.length;
  while (end > 0 && cleanCell(cells[end - 1]) === '') end--;
  return cells.slice(0, end);
}
