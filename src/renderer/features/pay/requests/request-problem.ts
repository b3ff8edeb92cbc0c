import {
  PAYMENT_REQUEST_PROBLEMS,
  type PaymentRequestProblem,
} from '../../../../shared/payment-request';

/** A problem code as the catalogue knows it (anything else reads as "not a request"). */
export function requestProblem(code: string): PaymentRequestProblem {
  return (PAYMENT_REQUEST_PROBLEMS as readonly string[]).includes(code)
    ? (code as PaymentRequestProblem)
    : 'not-a-request';
}

export const QR_PROBLEMS = ['not-an-image', 'too-big', 'no-code', 'no-request'] as const;
export type QrProblem = (typeof QR_PROBLEMS)[number];
