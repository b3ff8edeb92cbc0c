import type { z } from 'zod';
import { minorDigits } from '../../../shared/currencies';
import { localHourOf } from '../../../shared/dates';
import type { Account, Counterparty } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { addMonths, monthKeyOf } from '../../../shared/dates';
import type { paymentsPreviewInput, transfersCommitInput } from '../../../shared/payment-schemas';
import type { LimitsView, Promotion, RiskAssessment } from '../../../shared/payments';
import { addMinor } from '../../../shared/money';
import type { EngineContext } from '../context';
import { assertCanSpend, requireCategory, requireOpenAccount } from '../require';
import { limitsView } from './limits';
import { moneyState } from './money-state';
import { bestPromotion, discountFor, promotionProblem } from './promotions-math';
import { assessRisk, RISK } from './risk-rules';

export type PaymentRequest = z.output<typeof paymentsPreviewInput>;

export interface PaymentPlan {
  readonly account: Account;
  /** The merchant, or undefined when it will be created with the payment. */
  readonly merchant: Counterparty | undefined;
  readonly merchantName: string;
  readonly categoryId: string;
  readonly grossAmount: number;
  readonly discount: number;
  readonly total: number;
  readonly promotion: Promotion | null;
  readonly limits: LimitsView;
  readonly risk: RiskAssessment;
  readonly suggestedCategoryId: string | null;
}

async function resolveMerchant(ctx: EngineContext, ref: PaymentRequest['merchant']) {
  if ('id' in ref) {
    const merchant = await ctx.db.counterparties.get(ref.id);
    if (!merchant || merchant.kind === 'contact') {
      throw new PurseError('NOT_FOUND', 'That merchant does not exist.', { id: ref.id });
    }
    return { merchant, name: merchant.name };
  }
  // A merchant typed by name: reuse one with the same name rather than make a twin.
  const lower = ref.name.toLocaleLowerCase();
  const merchant = await ctx.db.counterparties
    .where('kind')
    .equals('merchant')
    .filter((c) => c.name.toLocaleLowerCase() === lower)
    .first();
  return { merchant, name: merchant?.name ?? ref.name };
}

/** The category this merchant's last payment used, for the pay form's suggestion. */
export async function suggestedCategory(
  ctx: EngineContext,
  merchantId: string | undefined,
): Promise<string | null> {
  if (!merchantId) return null;
  const recent = await ctx.db.transactions
    .where('counterpartyId')
    .equals(merchantId)
    .filter((t) => t.kind === 'payment' || t.kind === 'expense')
    .toArray();
  const last = recent.sort((a, b) => b.occurredAt - a.occurredAt)[0];
  return last?.categoryId ?? null;
}

async function fallbackCategory(ctx: EngineContext): Promise<string> {
  const other = await ctx.db.categories.where('builtin').equals('other-expense').first();
  if (other) return other.id;
  const any = await ctx.db.categories
    .where('kind')
    .equals('expense')
    .filter((c) => !c.archived)
    .first();
  if (!any) throw new PurseError('NOT_FOUND', 'Create an expense category first.');
  return any.id;
}

async function choosePromotion(
  ctx: EngineContext,
  choice: PaymentRequest['promotion'],
  payment: { amount: number; currency: Account['currency']; merchantId: string; at: number },
): Promise<{ promotion: Promotion; discount: number } | null> {
  if (choice === 'none') return null;
  const promotions = await ctx.db.promotions.toArray();
  if (choice === undefined || choice === 'best') return bestPromotion(promotions, payment);
  const chosen = promotions.find((promotion) => promotion.id === choice.id);
  if (!chosen) throw new PurseError('NOT_FOUND', 'That coupon does not exist.', { id: choice.id });
  const problem = promotionProblem(chosen, payment);
  if (problem) {
    throw new PurseError(
      'PROMOTION_INVALID',
      `The coupon "${chosen.name}" cannot be used: ${problem}.`,
      {
        reason: problem,
        id: chosen.id,
      },
    );
  }
  return { promotion: chosen, discount: discountFor(chosen, payment.amount) };
}

/** Past spending with a counterparty or in a category over the last three months, from its
 * aggregates (a category's in one currency). */
async function recentHistory(
  ctx: EngineContext,
  scope: 'counterparty' | 'category',
  scopeId: string | undefined,
  timeZone: string,
  currency?: string,
) {
  if (!scopeId) return { count: 0, total: 0, known: false };
  const rows = (
    await ctx.db.aggregates
      .where('[scope+scopeId+month]')
      .between([scope, scopeId, ''], [scope, scopeId, '\uffff'])
      .toArray()
  ).filter((row) => currency === undefined || row.currency === currency);
  const since = addMonths(monthKeyOf(ctx.clock.now(), timeZone), -3);
  const recent = rows.filter((row) => row.month >= since);
  return {
    count: recent.reduce((sum, row) => sum + row.count, 0),
    total: recent.reduce((sum, row) => sum + row.debit, 0),
    known: rows.some((row) => row.debit > 0),
  };
}

async function paymentsInWindow(ctx: EngineContext): Promise<number> {
  const now = ctx.clock.now();
  return ctx.db.transactions
    .where('[occurredAt+id]')
    .between([now - RISK.burstWindowMs, ''], [now + 1, '\uffff'])
    .filter((t) => t.kind === 'payment' || t.kind === 'p2p')
    .count();
}

/** Runs every risk rule for money leaving to a counterparty. */
export async function assessOutflow(
  ctx: EngineContext,
  input: {
    amount: number;
    counterpartyId: string | undefined;
    /** The spending category of a payment (a transfer to a contact has none). */
    categoryId?: string;
    timeZone: string;
    limits: LimitsView;
  },
): Promise<RiskAssessment> {
  const [history, category, inWindow, allowances] = await Promise.all([
    recentHistory(ctx, 'counterparty', input.counterpartyId, input.timeZone),
    recentHistory(ctx, 'category', input.categoryId, input.timeZone, input.limits.currency),
    paymentsInWindow(ctx),
    moneyState.allowances(ctx.db),
  ]);
  const allowance = input.counterpartyId ? allowances[input.counterpartyId] : undefined;
  const unit = 10 ** minorDigits(input.limits.currency);
  return assessRisk({
    amount: input.amount,
    unit,
    historyCount: history.count,
    historyTotal: history.total,
    categoryCount: category.count,
    categoryTotal: category.total,
    knownPayee: history.known,
    paymentsInWindow: inWindow,
    localHour: localHourOf(ctx.clock.now(), input.timeZone),
    usedToday: input.limits.usedToday,
    dailyLimit: Math.min(
      input.limits.effective.daily * unit,
      input.limits.roomToday + input.limits.usedToday,
    ),
    allowanceUpTo: allowance?.upTo ?? 0,
    allowNight: allowance?.night ?? false,
  });
}

/**
 * Everything a payment will do, worked out from the ledger: merchant, category, the best
 * promotion, limits and risk. Throws for what cannot go through (archived account, over a
 * limit, not enough money). Runs inside the caller's transaction.
 */
export async function planPayment(ctx: EngineContext, input: PaymentRequest): Promise<PaymentPlan> {
  const account = await requireOpenAccount(ctx, input.accountId);
  const { merchant, name } = await resolveMerchant(ctx, input.merchant);
  const suggested = await suggestedCategory(ctx, merchant?.id);
  const categoryId = input.categoryId ?? suggested ?? (await fallbackCategory(ctx));
  const category = await requireCategory(ctx, categoryId, 'expense');
  if (category.archived)
    throw new PurseError('VALIDATION', 'That category is archived.', { id: category.id });

  const now = ctx.clock.now();
  const applied = await choosePromotion(ctx, input.promotion, {
    amount: input.amount,
    currency: account.currency,
    merchantId: merchant?.id ?? '',
    at: now,
  });
  const discount = applied?.discount ?? 0;
  const total = addMinor(input.amount, -discount);
  const limits = await limitsView(ctx, account.currency, input.timeZone);
  const risk = await assessOutflow(ctx, {
    amount: total,
    counterpartyId: merchant?.id,
    categoryId: category.id,
    timeZone: input.timeZone,
    limits,
  });
  return {
    account,
    merchant,
    merchantName: name,
    categoryId: category.id,
    grossAmount: input.amount,
    discount,
    total,
    promotion: applied?.promotion ?? null,
    limits,
    risk,
    suggestedCategoryId: suggested,
  };
}

export type TransferRequest = z.output<typeof transfersCommitInput>;

/** Checks both ends of money sent to a contact or another own account. */
export async function checkOwnTransfer(
  ctx: EngineContext,
  from: Account,
  toId: string,
  amount: number,
) {
  if (toId === from.id)
    throw new PurseError('SAME_ACCOUNT', 'Choose two different accounts for a transfer.');
  const to = await requireOpenAccount(ctx, toId);
  if (to.currency !== from.currency) {
    throw new PurseError(
      'CURRENCY_MISMATCH',
      'Both accounts of a transfer must hold the same currency.',
      {
        from: from.currency,
        to: to.currency,
      },
    );
  }
  assertCanSpend(from, amount);
  return to;
}
