import { z } from 'zod';
import { IDENTITY_KINDS } from './identity';
import { PROMOTION_KINDS } from './payments';
import {
  currencySchema,
  idSchema,
  instantSchema,
  nameSchema,
  positiveMinorSchema,
  stepUpFields,
  textSchema,
  timeZoneSchema,
} from './schemas';
import { pinAttemptSchema, totpCodeSchema } from './security';

/**
 * How the person confirmed a money movement: the PIN (or Touch ID), and for a risky one a
 * step-up — the two-factor code when enrolled, else the PIN again with an explicit "yes".
 */
export const authSchema = z
  .strictObject({
    pin: pinAttemptSchema.optional(),
    biometric: z.literal(true).optional(),
    totp: totpCodeSchema.optional(),
    stepUpPin: pinAttemptSchema.optional(),
    confirmRisk: z.boolean().optional(),
  })
  .refine((auth) => auth.pin !== undefined || auth.biometric === true, {
    message: 'Confirm with your PIN',
    path: ['pin'],
  });

const merchantRef = z.union([
  z.strictObject({ id: idSchema }),
  z.strictObject({ name: nameSchema }),
]);
const promotionChoice = z.union([
  z.literal('best'),
  z.literal('none'),
  z.strictObject({ id: idSchema }),
]);

const paymentFields = {
  accountId: idSchema,
  merchant: merchantRef,
  amount: positiveMinorSchema,
  categoryId: idSchema.optional(),
  promotion: promotionChoice.optional(),
  memo: textSchema(200).optional(),
  orderRef: textSchema(64).optional(),
  timeZone: timeZoneSchema,
};

/** What the UI sends to move money: the movement, its one requestId per sheet, and the PIN. */
function confirmedInput<Fields extends z.ZodRawShape>(fields: Fields) {
  return z.strictObject({ ...fields, requestId: idSchema, auth: authSchema });
}

export const paymentsPreviewInput = z.strictObject(paymentFields);
export const paymentsCreateInput = confirmedInput(paymentFields);

const transferTarget = z.union([
  z.strictObject({ contactId: idSchema }),
  z.strictObject({
    newContact: z.strictObject({ name: nameSchema, note: textSchema(120).optional() }),
  }),
  z.strictObject({ accountId: idSchema }),
]);
const transferFields = {
  accountId: idSchema,
  to: transferTarget,
  amount: positiveMinorSchema,
  memo: textSchema(200).optional(),
  timeZone: timeZoneSchema,
};
export const transfersCreateInput = confirmedInput(transferFields);

const movementFields = {
  fromAccountId: idSchema,
  toAccountId: idSchema,
  amount: positiveMinorSchema,
  timeZone: timeZoneSchema,
};
export const topupsCreateInput = confirmedInput(movementFields);
export const withdrawalsCreateInput = topupsCreateInput;

const refundFields = {
  paymentId: idSchema,
  amount: positiveMinorSchema.optional(),
  memo: textSchema(200).optional(),
  timeZone: timeZoneSchema,
};
export const refundsCreateInput = confirmedInput(refundFields);

/** What main sends the ledger once the person is authenticated: no secrets, only the outcome. */
const authorised = { requestId: idSchema, stepUpPassed: z.boolean() };
export const paymentsCommitInput = z.strictObject({ ...paymentFields, ...authorised });
export const transfersCommitInput = z.strictObject({ ...transferFields, ...authorised });
export const topupsCommitInput = z.strictObject({ ...movementFields, ...authorised });
export const withdrawalsCommitInput = topupsCommitInput;
export const refundsCommitInput = z.strictObject({ ...refundFields, ...authorised });

export const limitsGetInput = z
  .strictObject({ currency: currencySchema.optional(), timeZone: timeZoneSchema.optional() })
  .optional();
const majorLimit = z.number().int().min(0).max(10_000_000);
/** The person's own caps in major units; `null` lifts one (the tier's limit still applies). */
const ownLimits = {
  perPayment: majorLimit.nullable().optional(),
  daily: majorLimit.nullable().optional(),
  yearly: majorLimit.nullable().optional(),
};
/** As sent by the UI: lowering needs nothing; raising or lifting a cap carries the PIN. */
export const limitsSetInput = z.strictObject({
  ...ownLimits,
  pin: pinAttemptSchema.optional(),
  code: totpCodeSchema.optional(),
});
/** What main sends the ledger: the caps, and whether the PIN allowed any to rise. */
export const limitsRecordInput = z.strictObject({ ...ownLimits, mayRaise: z.boolean() });

export const identityVerifyInput = z.strictObject({
  kind: z.enum(IDENTITY_KINDS),
  name: textSchema(60).pipe(z.string().min(2, 'Enter the full legal name')),
  number: z.string().trim().min(5).max(20),
});

/** As sent by the UI: the document, with the PIN (and code) that authorize raising limits. */
export const identityVerifyRequest = identityVerifyInput.extend(stepUpFields);

export const riskMarkExpectedInput = z.strictObject({ id: idSchema });
export const riskAlertsInput = z
  .strictObject({ limit: z.number().int().min(1).max(500).optional() })
  .optional();

export const promotionsCreateInput = z
  .strictObject({
    name: nameSchema,
    kind: z.enum(PROMOTION_KINDS),
    percentBp: z.number().int().min(1).max(10_000).optional(),
    amountOff: positiveMinorSchema.optional(),
    minSpend: positiveMinorSchema.optional(),
    maxDiscount: positiveMinorSchema.optional(),
    currency: currencySchema,
    merchantId: idSchema.optional(),
    validFrom: instantSchema,
    validTo: instantSchema,
    maxUses: z.number().int().min(1).max(10_000),
  })
  .superRefine((input, issues) => {
    if (input.validTo <= input.validFrom) {
      issues.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'The end must come after the start',
      });
    }
    if (input.kind === 'percent' && input.percentBp === undefined) {
      issues.addIssue({ code: 'custom', path: ['percentBp'], message: 'Give the percentage off' });
    }
    if (input.kind !== 'percent' && input.amountOff === undefined) {
      issues.addIssue({ code: 'custom', path: ['amountOff'], message: 'Give the amount off' });
    }
    if (input.kind === 'threshold' && input.minSpend === undefined) {
      issues.addIssue({ code: 'custom', path: ['minSpend'], message: 'Give the spend needed' });
    }
  });
export const promotionsListInput = z
  .strictObject({ includeArchived: z.boolean().optional() })
  .optional();
