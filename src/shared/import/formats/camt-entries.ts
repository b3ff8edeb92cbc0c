import type { CurrencyCode } from '../../currencies';
import { parseStatementAmount } from '../amounts';
import { instantOf, parseStatementDate } from '../dates';
import { childOf, childrenOf, pathOf, textAt, type MarkupElement } from './element';
import type { EntryDate, StatementEntry } from './statement-rows';

/** An ISO date (`2024-01-05`, read as that day's midnight in `timeZone`) or date-time. */
export function camtDate(
  element: MarkupElement | undefined,
  timeZone: string,
  endOfDay = false,
): EntryDate {
  const dateTime = textAt(element, 'DtTm');
  // xs:date may carry a zone (`2024-01-05+01:00`); the day is what counts.
  const date = textAt(element, 'Dt').replace(/(Z|[+-]\d{2}:\d{2})$/, '');
  const text = dateTime || (date && endOfDay ? `${date} 23:59:59` : date);
  if (!text) return { ok: false, reason: 'missing-date' };
  const parsed = parseStatementDate(text, '', 'ymd');
  if (!parsed.ok) {
    return {
      ok: false,
      reason: parsed.problem === 'no-such-date' ? 'no-such-date' : 'bad-date',
      detail: text,
    };
  }
  return { ok: true, at: instantOf(parsed, timeZone) };
}

/** `12.50` with its direction: `DBIT` left the account. */
function signed(amount: string, indicator: string): string {
  return indicator === 'DBIT' && amount ? `-${amount}` : amount;
}

/** A party's name: `Cdtr/Nm` up to camt.053.001.07, `Cdtr/Pty/Nm` from .08 on. */
function partyName(details: MarkupElement | undefined, role: 'Cdtr' | 'Dbtr'): string {
  const parties = childOf(details, 'RltdPties');
  return textAt(parties, role, 'Nm') || textAt(parties, role, 'Pty', 'Nm');
}

function memoOf(details: MarkupElement | undefined, entry: MarkupElement): string {
  const lines = childrenOf(childOf(details, 'RmtInf'), 'Ustrd').map((line) => line.text.trim());
  return lines.join(' ').trim() || textAt(details, 'AddtlTxInf') || textAt(entry, 'AddtlNtryInf');
}

/** The end-to-end id the payer gave, unless it says there is none. */
function endToEndId(details: MarkupElement | undefined): string | undefined {
  const id = textAt(details, 'Refs', 'EndToEndId');
  return id && id.toUpperCase() !== 'NOTPROVIDED' ? id : undefined;
}

/** A transaction detail's own amount: `TxDtls/Amt` (from .03) or `AmtDtls/TxAmt/Amt` (.02). */
function detailAmount(details: MarkupElement): MarkupElement | undefined {
  return childOf(details, 'Amt') ?? pathOf(details, 'AmtDtls', 'TxAmt', 'Amt');
}

/**
 * A batch's details as rows of their own: only when every one states its amount in the
 * account's currency and together they make the entry's amount. Else null.
 */
function splitDetails(
  entry: MarkupElement,
  details: readonly MarkupElement[],
  currency: CurrencyCode,
): { amount: string; indicator: string }[] | null {
  if (details.length < 2) return null;
  const indicator = textAt(entry, 'CdtDbtInd').toUpperCase();
  const total = parseStatementAmount(signed(textAt(entry, 'Amt'), indicator), currency, '.');
  let sum = 0;
  const parts: { amount: string; indicator: string }[] = [];
  for (const detail of details) {
    const amount = detailAmount(detail);
    const text = amount?.text.trim() ?? '';
    const own = textAt(detail, 'CdtDbtInd').toUpperCase() || indicator;
    const parsed = parseStatementAmount(signed(text, own), currency, '.');
    if (!text || amount?.attributes.Ccy !== currency || !parsed.ok) return null;
    sum += parsed.minor;
    parts.push({ amount: text, indicator: own });
  }
  return total.ok && total.minor === sum ? parts : null;
}

/**
 * The rows of one booked CAMT entry: one, or one per transaction detail of a batch whose
 * details give their amounts. The counterparty is the creditor of money going out and the
 * debtor of money coming in (for a reversal, of the payment it reverses); a reversal that
 * brings money back is a refund, paired with its payment by the end-to-end id.
 */
export function camtEntryRows(
  entry: MarkupElement,
  number: number,
  options: { readonly currency: CurrencyCode; readonly timeZone: string },
): StatementEntry[] {
  const indicator = textAt(entry, 'CdtDbtInd').toUpperCase();
  const reversal = /^(true|1)$/i.test(textAt(entry, 'RvslInd'));
  const date = camtDate(childOf(entry, 'BookgDt') ?? childOf(entry, 'ValDt'), options.timeZone);
  const details = childrenOf(entry, 'NtryDtls').flatMap((group) => childrenOf(group, 'TxDtls'));
  const outgoing = (indicator === 'DBIT') !== reversal;
  const reference = textAt(entry, 'AcctSvcrRef') || textAt(entry, 'NtryRef');
  const row = (
    detail: MarkupElement | undefined,
    amount: string,
    direction: string,
    ref?: string,
  ): StatementEntry => {
    const e2e = endToEndId(detail);
    return {
      number,
      date,
      amount: signed(amount, direction),
      counterparty: partyName(detail, outgoing ? 'Cdtr' : 'Dbtr'),
      memo: memoOf(detail, entry),
      ...(ref || e2e ? { reference: ref ?? e2e } : {}),
      ...(e2e ? { merchantRef: e2e } : {}),
      ...(reversal && direction === 'CRDT' ? { refund: true } : {}),
      ...(direction === 'CRDT' || direction === 'DBIT'
        ? {}
        : { rejection: { reason: 'bad-direction' as const, detail: direction } }),
    };
  };
  const parts = splitDetails(entry, details, options.currency);
  if (parts) {
    return parts.map((part, i) => {
      const own =
        textAt(details[i], 'Refs', 'AcctSvcrRef') || (reference ? `${reference}/${i + 1}` : '');
      return row(details[i], part.amount, part.indicator, own || undefined);
    });
  }
  const single = details.length === 1 ? details[0] : undefined;
  const ref = reference || textAt(single, 'Refs', 'AcctSvcrRef');
  return [row(single, textAt(entry, 'Amt'), indicator, ref || undefined)];
}
