import { z } from 'zod';
import { CURRENCY_CODES } from './currencies';
import { MONTH_KEY_PATTERN, isValidTimeZone } from './dates';
import {
  ACCOUNT_KINDS,
  CATEGORY_KINDS,
  COUNTERPARTY_KINDS,
  LOCALE_PREFERENCES,
  THEME_PREFERENCES,
} from './domain';
import { ID_PATTERN } from './ids';
import { pinAttemptSchema, pinSchema, recoveryCodeSchema, totpCodeSchema } from './security';

export const idSchema = z.string().regex(ID_PATTERN, 'Not a valid id');
export const currencySchema = z.enum(CURRENCY_CODES, 'Unknown currency');
/** Signed minor units: integers only, and exactly representable. */
export const minorSchema = z
  .number()
  .int('Amounts are whole minor units (fen, cents)')
  .refine(Number.isSafeInteger, 'The amount is too large to store exactly');
export const positiveMinorSchema = minorSchema.refine(
  (n) => n > 0,
  'The amount must be above zero',
);
export const monthKeySchema = z.string().regex(MONTH_KEY_PATTERN, 'Not a month like 2026-11');
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, 'Unknown time zone');
/** Free text people type: trimmed, bounded, and with no control characters. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'Control characters are not allowed');
/**
 * A tag as stored: trimmed, without a leading `#`, lower-cased (so `#Travel` and `travel`
 * are one tag), 1–32 characters with no spaces.
 */
export const tagSchema = z
  .string()
  .trim()
  .transform((tag) => tag.replace(/^#+/, '').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, 'A tag needs at least one character')
      .max(32, 'Keep a tag under 32 characters')
      .regex(/^[^\s#,]+$/u, 'A tag has no spaces, commas or #'),
  );
/** A transaction's tags: at most 10, each once. */
export const tagsSchema = z
  .array(tagSchema)
  .max(10, 'At most 10 tags')
  .transform((tags) => [...new Set(tags)]);
export const nameSchema = textSchema(80).pipe(z.string().min(1, 'A name is required'));
/** Epoch milliseconds within a sane range (1970 – 2200). */
export const instantSchema = z.number().int().min(0).max(7_258_118_400_000);

export const emptyInput = z.strictObject({}).optional();

export const accountKindSchema = z.enum(ACCOUNT_KINDS);
export const categoryKindSchema = z.enum(CATEGORY_KINDS);
export const counterpartyKindSchema = z.enum(COUNTERPARTY_KINDS);

export const accountsListInput = z
  .strictObject({ includeArchived: z.boolean().optional() })
  .optional();
/** Only a credit card may be below zero, so only a credit card may open below zero. */
export const accountsCreateInput = z
  .strictObject({
    kind: accountKindSchema,
    name: nameSchema,
    currency: currencySchema,
    openingBalance: minorSchema,
    institution: textSchema(80).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine((input) => input.kind === 'credit_card' || input.openingBalance >= 0, {
    message: 'Only a credit card can start below zero',
    path: ['openingBalance'],
  });
export const accountsUpdateInput = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  institution: textSchema(80).optional(),
});
export const byIdInput = z.strictObject({ id: idSchema });

export const categoriesListInput = z
  .strictObject({ kind: categoryKindSchema.optional(), includeArchived: z.boolean().optional() })
  .optional();
export const categoriesCreateInput = z.strictObject({ kind: categoryKindSchema, name: nameSchema });
export const categoriesUpdateInput = z.strictObject({
  id: idSchema,
  name: z.strictObject({ en: nameSchema, zh: nameSchema }),
});

export const counterpartiesListInput = z
  .strictObject({ kind: counterpartyKindSchema.optional() })
  .optional();
export const counterpartiesCreateInput = z.strictObject({
  kind: counterpartyKindSchema,
  name: nameSchema,
  note: textSchema(200).optional(),
});

const recordCommon = {
  amount: positiveMinorSchema,
  occurredAt: instantSchema,
  timeZone: timeZoneSchema,
  memo: textSchema(200).optional(),
  tags: tagsSchema.optional(),
};

/** The most lines one transaction is split into. */
export const SPLIT_LINES_MAX = 30;

/** One line of a split: its category, its part of the amount, its own memo and tags. */
export const splitLineSchema = z.strictObject({
  categoryId: idSchema,
  amount: positiveMinorSchema,
  memo: textSchema(200).pipe(z.string().min(1, 'Leave the memo out rather than empty')).optional(),
  tags: tagsSchema.optional(),
});

/** A split: two lines or more (one line is no split), each with its own category. */
export const splitsSchema = z
  .array(splitLineSchema)
  .min(2, 'A split has at least two lines')
  .max(SPLIT_LINES_MAX, `A split has at most ${SPLIT_LINES_MAX} lines`);

/** Income or an expense: on one category, or split across several. */
const categorised = (kind: 'expense' | 'income') =>
  z
    .strictObject({
      kind: z.literal(kind),
      accountId: idSchema,
      categoryId: idSchema.optional(),
      splits: splitsSchema.optional(),
      counterpartyId: idSchema.optional(),
      ...recordCommon,
    })
    .refine((input) => (input.categoryId === undefined) !== (input.splits === undefined), {
      message: 'Choose a category, or split it across several',
      path: ['categoryId'],
    });

export const transactionsRecordInput = z.discriminatedUnion('kind', [
  categorised('expense'),
  categorised('income'),
  z.strictObject({
    kind: z.literal('transfer'),
    accountId: idSchema,
    toAccountId: idSchema,
    ...recordCommon,
  }),
]);

export const transactionsRecentInput = z
  .strictObject({ limit: z.number().int().min(1).max(200).optional() })
  .optional();

export const dashboardSummaryInput = z
  .strictObject({ timeZone: timeZoneSchema.optional() })
  .optional();

export const settingsSchema = z.object({
  locale: z.enum(LOCALE_PREFERENCES),
  theme: z.enum(THEME_PREFERENCES),
  defaultCurrency: currencySchema,
});
export const settingsUpdateInput = settingsSchema.partial().strict();

export const securitySetupPinInput = z.strictObject({ pin: pinSchema });
export const securityUnlockInput = z.strictObject({ pin: pinAttemptSchema });
export const securityChangePinInput = z
  .strictObject({ oldPin: pinAttemptSchema, newPin: pinSchema })
  .refine((input) => input.oldPin !== input.newPin, {
    message: 'The new PIN must differ from the old one',
    path: ['newPin'],
  });
/** What a change that weakens protection carries: the PIN, and the code when 2FA is on. */
export const stepUpFields = { pin: pinAttemptSchema, code: totpCodeSchema.optional() };
export const securityStepUpInput = z.strictObject(stepUpFields);
/** Locking sooner needs nothing; locking later needs the PIN (and code). */
export const securitySetIdleTimeoutInput = z.strictObject({
  minutes: z.number().int().min(1).max(240),
  pin: pinAttemptSchema.optional(),
  code: totpCodeSchema.optional(),
});
export const securitySetBiometricInput = z.strictObject({
  enabled: z.boolean(),
  ...stepUpFields,
});
export const securityTotpConfirmInput = z.strictObject({ code: totpCodeSchema });
export const securityRecoverInput = z.strictObject({
  recoveryCode: recoveryCodeSchema,
  totpCode: totpCodeSchema.optional(),
  identity: z.strictObject({ name: textSchema(60), number: z.string().trim().max(20) }).optional(),
  /** Optional only when starting a waiting reset; required to complete one. */
  newPin: pinSchema.optional(),
});
export const securityLogInput = z
  .strictObject({ limit: z.number().int().min(1).max(500).optional() })
  .optional();
