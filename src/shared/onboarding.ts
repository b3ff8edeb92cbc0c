import { z } from 'zod';
import { currencySchema, minorSchema, textSchema, timeZoneSchema } from './schemas';

/** The first-run flow, in order. Progress is kept in the ledger so it resumes where it stopped. */
export const ONBOARDING_STEPS = ['language', 'profile', 'pin', 'card', 'extras', 'done'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export function stepIndex(step: OnboardingStep): number {
  return ONBOARDING_STEPS.indexOf(step);
}

export interface OnboardingState {
  /** False for a ledger that never saw the flow (a new one, or from before it existed). */
  readonly started: boolean;
  readonly step: OnboardingStep;
  readonly displayName?: string;
  /** The card bound in the card step. */
  readonly cardAccountId?: string;
  /** The Purse wallet that finishing first run made (balance 0, the default currency). */
  readonly walletAccountId?: string;
}

/** The wallet's name when the UI gives none (the UI names it in the person's language). */
export const DEFAULT_WALLET_NAME = 'Purse wallet';

export const CARD_TYPES = ['debit', 'credit'] as const;
export type CardType = (typeof CARD_TYPES)[number];

/** "6222 0212 3456 7890" → "6222021234567890": spaces and dashes people type are dropped. */
export function cardDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The Luhn (mod 10) check digit test that every bank card number passes. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const displayNameSchema = textSchema(40).pipe(z.string().min(1, 'Enter a name'));

/** Before the PIN exists: the language and the profile (nothing of money). */
export const onboardingSaveInput = z.strictObject({
  step: z.enum(['profile', 'pin']),
  locale: z.enum(['zh-CN', 'en']).optional(),
  displayName: displayNameSchema.optional(),
});

/**
 * After the PIN: on to the card step, past it (skipped), or done. Done also makes the Purse
 * wallet, named `walletName` (the UI words it in the person's language).
 */
export const onboardingAdvanceInput = z.strictObject({
  step: z.enum(['card', 'extras', 'done']),
  walletName: textSchema(80).pipe(z.string().min(1)).optional(),
});

export const onboardingBindCardInput = z
  .strictObject({
    issuer: textSchema(40).pipe(z.string().min(1, 'Enter the bank that issued the card')),
    cardType: z.enum(CARD_TYPES),
    cardNumber: z
      .string()
      .max(40)
      .transform(cardDigits)
      .refine((digits) => /^\d{12,19}$/.test(digits), 'A card number has 12 to 19 digits')
      .refine(isLuhnValid, 'This card number is not valid: check it for a typo'),
    currency: currencySchema,
    openingBalance: minorSchema,
    timeZone: timeZoneSchema.optional(),
  })
  .refine((input) => input.cardType === 'credit' || input.openingBalance >= 0, {
    message: 'A debit card cannot start below zero',
    path: ['openingBalance'],
  });
