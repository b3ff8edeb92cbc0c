import type { ImportRow } from '../imports';

/** A payment whose own status says it was paid back, and how much. */
export interface StatedRefund {
  /** Index of the payment in the rows. */
  readonly payment: number;
  readonly amount: number;
}

/** Whether `refund` is money back for `payment`: named by it, or sharing an order number. */
function refunds(refund: ImportRow, payment: ImportRow): boolean {
  if (!refund.refund) return false;
  if (refund.refundOf && refund.refundOf === payment.reference) return true;
  if (refund.merchantRef && refund.merchantRef === payment.merchantRef) return true;
  const { reference } = payment;
  return (
    reference !== undefined &&
    refund.reference !== undefined &&
    refund.reference !== reference &&
    refund.reference.startsWith(reference)
  );
}

/**
 * Nets what a payment's status says was refunded (WeChat's 已全额退款, 已退款(￥20.00))
 * against the refund rows the file has for it. The file often lists the refund on its own
 * line too; when it does not (the refund fell outside the exported period, or went back to
 * a card), the missing part becomes a refund row at the payment's time, so the month's
 * spending is what the person really spent.
 */
export function netStatedRefunds(
  rows: readonly ImportRow[],
  stated: readonly StatedRefund[],
): readonly ImportRow[] {
  if (stated.length === 0) return rows;
  const added: ImportRow[] = [];
  const refundRows = rows.filter((row) => row.refund);
  for (const { payment: index, amount } of stated) {
    const payment = rows[index]!;
    const inFile = refundRows.reduce(
      (sum, row) => (refunds(row, payment) ? sum + row.amount : sum),
      0,
    );
    const missing = Math.min(amount, -payment.amount) - inFile;
    if (missing <= 0) continue;
    added.push({
      line: payment.line,
      occurredAt: payment.occurredAt,
      amount: missing,
      refund: true,
      ...(payment.counterparty ? { counterparty: payment.counterparty } : {}),
      ...(payment.memo ? { memo: payment.memo } : {}),
      ...(payment.category ? { category: payment.category } : {}),
      ...(payment.reference
        ? { refundOf: payment.reference, reference: `${payment.reference}-refund` }
        : {}),
    });
  }
  return added.length === 0 ? rows : [...rows, ...added];
}
