import { z } from 'zod';
import { isCurrencyCode, minorDigits, type CurrencyCode } from './currencies';
import { minorToDecimalString } from './money';

/**
 * A merchant's payment request: `purse://pay?merchant=…&amount=…&currency=…&order=…&note=…`,
 * from a link the OS hands Purse, pasted text or a QR code. Parsing it never pays: it only
 * prefills the pay sheet, where the person reviews and confirms with the PIN.
 */
export interface PaymentRequest {
  readonly merchant: string;
  /** Minor units of `currency`, above zero. */
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly order?: string;
  readonly note?: string;
}

export const PAYMENT_REQUEST_PROBLEMS = [
  'empty',
  'too-long',
  'not-a-request',
  'unknown-parameter',
  'repeated-parameter',
  'merchant-missing',
  'merchant-invalid',
  'currency-unknown',
  'amount-invalid',
  'amount-not-positive',
  'amount-too-precise',
  'amount-too-large',
  'order-invalid',
  'note-invalid',
  'over-limit',
] as const;
export type PaymentRequestProblem = (typeof PAYMENT_REQUEST_PROBLEMS)[number];

export type PaymentRequestResult =
  | { readonly ok: true; readonly request: PaymentRequest }
  | { readonly ok: false; readonly problem: PaymentRequestProblem };

/** Longer than any honest checkout link needs: refused before it is read. */
export const MAX_REQUEST_LENGTH = 2048;
const PARAMETERS = ['merchant', 'amount', 'currency', 'order', 'note'] as const;

// C0/C1 controls, and the invisible marks that reorder text (a name that reads differently
// from what it is): bidi embeddings, overrides, isolates and directional marks.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Markup or a script URL in a name: never shown as such, but never accepted either.
const MARKUP = /[<>]|javascript:|data:/i;

const safeText = (max: number, problem: PaymentRequestProblem) =>
  z
    .string()
    .refine((text) => !UNSAFE_TEXT.test(text) && !MARKUP.test(text), problem)
    .transform((text) => text.trim())
    .refine((text) => text.length >= 1 && text.length <= max, problem);

const AMOUNT_TEXT = /^(\d{1,16})(?:\.(\d+))?$/;

const requestSchema = z
  .strictObject({
    merchant: safeText(80, 'merchant-invalid'),
    amount: z.string(),
    currency: z.string().refine(isCurrencyCode, 'currency-unknown'),
    order: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$/, 'order-invalid')
      .optional(),
    note: safeText(200, 'note-invalid').optional(),
  })
  .transform((fields, context): PaymentRequest => {
    const currency = fields.currency;
    const amount = amountOf(fields.amount, currency);
    if (typeof amount === 'string') {
      context.addIssue({ code: 'custom', message: amount, path: ['amount'] });
      return z.NEVER;
    }
    return {
      merchant: fields.merchant,
      amount,
      currency,
      ...(fields.order ? { order: fields.order } : {}),
      ...(fields.note ? { note: fields.note } : {}),
    };
  });

/** "12.30" CNY → 1230; plain digits and one '.', no more decimals than the currency has. */
function amountOf(text: string, currency: CurrencyCode): number | PaymentRequestProblem {
  if (/^-/.test(text.trim())) return 'amount-not-positive';
  const match = AMOUNT_TEXT.exec(text);
  if (!match) return 'amount-invalid';
  const digits = minorDigits(currency);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return 'amount-too-precise';
  const minor =
    BigInt(match[1] ?? '0') * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor === 0n) return 'amount-not-positive';
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return 'amount-too-large';
  return Number(minor);
}

function problemOf(error: z.ZodError): PaymentRequestProblem {
  const issue = error.issues[0];
  if (!issue) return 'not-a-request';
  if (issue.code === 'unrecognized_keys') return 'unknown-parameter';
  if ((PAYMENT_REQUEST_PROBLEMS as readonly string[]).includes(issue.message)) {
    return issue.message as PaymentRequestProblem;
  }
  const field = issue.path[0];
  if (field === 'merchant') return 'merchant-missing';
  if (field === 'currency') return 'currency-unknown';
  return 'amount-invalid';
}

/** The link itself, from text that may hold more ("Pay here: purse://pay?…"). */
function linkIn(text: string): string | null {
  const trimmed = text.trim();
  if (/^purse:/i.test(trimmed)) return trimmed;
  const found = /purse:\/\/\S+/i.exec(trimmed);
  return found ? found[0] : null;
}

/** Reads a payment request; anything malformed, oversized or suspicious is refused. */
export function parsePaymentRequest(input: unknown): PaymentRequestResult {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, problem: 'empty' };
  if (input.length > MAX_REQUEST_LENGTH) return { ok: false, problem: 'too-long' };
  const link = linkIn(input);
  if (!link) return { ok: false, problem: 'not-a-request' };
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { ok: false, problem: 'not-a-request' };
  }
  if (
    url.protocol !== 'purse:' ||
    url.host !== 'pay' ||
    (url.pathname !== '' && url.pathname !== '/') ||
    url.username !== '' ||
    url.password !== '' ||
    url.hash !== ''
  ) {
    return { ok: false, problem: 'not-a-request' };
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!(PARAMETERS as readonly string[]).includes(key)) {
      return { ok: false, problem: 'unknown-parameter' };
    }
    if (Object.hasOwn(fields, key)) return { ok: false, problem: 'repeated-parameter' };
    fields[key] = value;
  }
  if (!fields['merchant']?.trim()) return { ok: false, problem: 'merchant-missing' };
  if (fields['amount'] === undefined) return { ok: false, problem: 'amount-invalid' };
  if (fields['currency'] === undefined) return { ok: false, problem: 'currency-unknown' };
  const parsed = requestSchema.safeParse(fields);
  return parsed.success
    ? { ok: true, request: parsed.data }
    : { ok: false, problem: problemOf(parsed.error) };
}

/** The canonical link of a request (for a QR code, or to carry it in the app's address). */
export function formatPaymentRequest(request: PaymentRequest): string {
  const params = new URLSearchParams({
    merchant: request.merchant,
    amount: minorToDecimalString(request.amount, request.currency),
    currency: request.currency,
  });
  if (request.order) params.set('order', request.order);
  if (request.note) params.set('note', request.note);
  return `purse://pay?${params.toString()}`;
}

/**
 * The per-payment limit is the person's own, so it is checked when the request is shown:
 * `perPaymentMajor` is the limit in major units of the request's currency.
 */
export function isOverPerPaymentLimit(request: PaymentRequest, perPaymentMajor: number): boolean {
  return request.amount > perPaymentMajor * 10 ** minorDigits(request.currency);
}
