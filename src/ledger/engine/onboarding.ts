import { z } from 'zod';
import type { ParsedInput } from '../../shared/contract';
import type { Account } from '../../shared/domain';
import { PurseError } from '../../shared/errors';
import {
  DEFAULT_WALLET_NAME,
  ONBOARDING_STEPS,
  stepIndex,
  type OnboardingState,
  type OnboardingStep,
} from '../../shared/onboarding';
import { createAccount } from './accounts';
import { moneyTables, type EngineContext } from './context';
import { getSettings } from './settings';

const ONBOARDING_KEY = 'onboarding';
/** The full card number, sealed like every meta value; only the last four leave the ledger. */
export const cardNumberKey = (accountId: string) => `card-number:${accountId}`;

const storedSchema = z.object({
  step: z.enum(ONBOARDING_STEPS),
  displayName: z.string().optional(),
  cardAccountId: z.string().optional(),
  walletAccountId: z.string().optional(),
});

export async function getOnboarding(ctx: EngineContext): Promise<OnboardingState> {
  const row = await ctx.db.meta.get(ONBOARDING_KEY);
  const parsed = storedSchema.safeParse(row?.value);
  if (!parsed.success) return { started: false, step: 'language' };
  const { displayName, cardAccountId, walletAccountId } = parsed.data;
  return {
    started: true,
    step: parsed.data.step,
    ...(displayName ? { displayName } : {}),
    ...(cardAccountId ? { cardAccountId } : {}),
    ...(walletAccountId ? { walletAccountId } : {}),
  };
}

async function put(ctx: EngineContext, state: OnboardingState): Promise<OnboardingState> {
  const { started: _started, ...stored } = state;
  await ctx.db.meta.put({ key: ONBOARDING_KEY, value: stored });
  return { ...state, started: true };
}

function refuse(message: string): never {
  throw new PurseError('CONFLICT', message);
}

/** The language and profile steps, before any PIN: refused once the flow is past them. */
export function saveOnboarding(
  ctx: EngineContext,
  input: ParsedInput<'onboarding.save'>,
): Promise<OnboardingState> {
  return ctx.db.transaction('rw', [ctx.db.meta, ctx.db.accounts], async () => {
    const current = await getOnboarding(ctx);
    if (!current.started && (await ctx.db.accounts.count()) > 0) {
      refuse('This ledger is already set up.');
    }
    if (stepIndex(current.step) > stepIndex('pin')) refuse('First run is past this step.');
    if (input.locale) {
      await ctx.db.meta.put({
        key: 'settings',
        value: { ...(await getSettings(ctx)), locale: input.locale },
      });
    }
    const displayName = input.displayName ?? current.displayName;
    return put(ctx, {
      ...current,
      step: input.step,
      ...(displayName ? { displayName } : {}),
    });
  });
}

/**
 * Forward only: to the card step once the PIN exists, past it, and done. Done makes the
 * Purse wallet (balance 0, the default currency) in the same write, so top-up and pay work
 * at once and the wallet is never made twice.
 */
export function advanceOnboarding(
  ctx: EngineContext,
  input: ParsedInput<'onboarding.advance'>,
): Promise<OnboardingState> {
  return ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    const current = await getOnboarding(ctx);
    if (current.step === 'done') refuse('First run is already finished.');
    const next: OnboardingStep = input.step;
    if (stepIndex(next) < stepIndex(current.step)) refuse('First run is past this step.');
    if (next !== 'done' || current.walletAccountId) return put(ctx, { ...current, step: next });
    const wallet = await createAccount(ctx, {
      kind: 'wallet',
      name: input.walletName ?? DEFAULT_WALLET_NAME,
      currency: (await getSettings(ctx)).defaultCurrency,
      openingBalance: 0,
    });
    return put(ctx, { ...current, step: next, walletAccountId: wallet.id });
  });
}

/**
 * Binds the first bank card: the account, its opening balance and the step's completion in
 * one write, so a card is never half-made or made twice.
 */
export function bindCard(
  ctx: EngineContext,
  input: ParsedInput<'onboarding.bindCard'>,
): Promise<Account> {
  return ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    const current = await getOnboarding(ctx);
    if (current.step !== 'card' && current.step !== 'pin') refuse('The card is already bound.');
    const last4 = input.cardNumber.slice(-4);
    const created = await createAccount(ctx, {
      kind: input.cardType === 'credit' ? 'credit_card' : 'bank_card',
      name: `${input.issuer} ····${last4}`,
      currency: input.currency,
      openingBalance: input.openingBalance,
      institution: input.issuer,
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    });
    const account: Account = { ...created, cardLast4: last4 };
    await ctx.db.accounts.put(account);
    await ctx.db.meta.put({ key: cardNumberKey(account.id), value: { number: input.cardNumber } });
    await put(ctx, { ...current, step: 'extras', cardAccountId: account.id });
    return account;
  });
}
