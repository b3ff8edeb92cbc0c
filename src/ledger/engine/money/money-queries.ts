import type { z } from 'zod';
import { checkPassportNumber, checkResidentId, maskIdNumber } from '../../../shared/identity';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { applyOwnLimits, raisesOwnLimits } from '../../../shared/own-limits';
import type {
  identityVerifyInput,
  limitsGetInput,
  limitsRecordInput,
  paymentsPreviewInput,
  promotionsCreateInput,
  promotionsListInput,
  riskAlertsInput,
  riskMarkExpectedInput,
} from '../../../shared/payment-schemas';
import type {
  IdentityView,
  LimitsView,
  PaymentPreview,
  Promotion,
  Receipt,
  RiskAlert,
} from '../../../shared/payments';
import { addMinor } from '../../../shared/money';
import { moneyTables, type EngineContext } from '../context';
import { getSettings } from '../settings';
import { planPayment } from './evaluate-payment';
import { assertWithinLimits, limitsView } from './limits';
import { moneyState } from './money-state';
import { inUse, newest } from '../listing';
import { transactionOf } from '../../transaction-rows';

/** The confirmation sheet: exactly what a payment would do, without doing it. */
export async function previewPayment(
  ctx: EngineContext,
  input: z.output<typeof paymentsPreviewInput>,
): Promise<PaymentPreview> {
  return ctx.db.transaction('r', moneyTables(ctx.db), async () => {
    const plan = await planPayment(ctx, input);
    let problem: PaymentPreview['problem'] = null;
    try {
      assertWithinLimits(plan.limits, plan.total);
      if (plan.account.kind !== 'credit_card' && plan.account.balance < plan.total) {
        problem = {
          code: 'INSUFFICIENT_FUNDS',
          message: `Not enough money in "${plan.account.name}".`,
        };
      }
    } catch (thrown) {
      if (!(thrown instanceof PurseError)) throw thrown;
      problem = { code: thrown.code, message: thrown.message };
    }
    return {
      grossAmount: plan.grossAmount,
      discount: plan.discount,
      total: plan.total,
      currency: plan.account.currency,
      promotion: plan.promotion,
      balanceBefore: plan.account.balance,
      balanceAfter: addMinor(plan.account.balance, -plan.total),
      risk: plan.risk,
      limits: plan.limits,
      suggestedCategoryId: plan.suggestedCategoryId,
      problem,
    };
  });
}

export async function getReceipt(ctx: EngineContext, id: string): Promise<Receipt> {
  return ctx.db.transaction(
    'r',
    [ctx.db.transactions, ctx.db.accounts, ctx.db.counterparties, ctx.db.promotions],
    async () => {
      const transaction = await ctx.db.transactions.get(id);
      if (!transaction) throw new PurseError('NOT_FOUND', 'That receipt does not exist.', { id });
      const [account, counterparty, promotion, refunds] = await Promise.all([
        ctx.db.accounts.get(transaction.accountId),
        transaction.counterpartyId
          ? ctx.db.counterparties.get(transaction.counterpartyId)
          : undefined,
        transaction.promotionId ? ctx.db.promotions.get(transaction.promotionId) : undefined,
        ctx.db.transactions.where('refundOf').equals(id).toArray(),
      ]);
      return {
        transaction: transactionOf(transaction),
        accountName: account?.name ?? '',
        counterpartyName: counterparty?.name ?? null,
        promotionName: promotion?.name ?? null,
        refunded: refunds.reduce((sum, refund) => addMinor(sum, refund.amount), 0),
      };
    },
  );
}

export async function getLimits(
  ctx: EngineContext,
  input: z.output<typeof limitsGetInput>,
): Promise<LimitsView> {
  const currency = input?.currency ?? (await getSettings(ctx)).defaultCurrency;
  return limitsView(ctx, currency, input?.timeZone ?? ctx.timeZone);
}

/**
 * The person's own caps. A cap that goes up, or is lifted, lets more be spent: that is
 * decided here, against the caps stored when this write runs, so a rise can never slip in
 * beside a concurrent change, and it is refused unless main checked the PIN for it. The
 * answer is read in the write's own transaction: a payment that commits right after must
 * not show in it as used already.
 */
export async function setOwnLimits(
  ctx: EngineContext,
  input: z.output<typeof limitsRecordInput>,
): Promise<{ view: LimitsView; raised: boolean }> {
  return ctx.db.transaction('rw', [ctx.db.meta, ctx.db.auditLog, ctx.db.aggregates], async () => {
    const current = await moneyState.userLimits(ctx.db);
    const next = applyOwnLimits(current, input);
    const raised = raisesOwnLimits(current, next);
    if (raised && !input.mayRaise) {
      throw new PurseError('PIN_REQUIRED', 'Confirm raising a limit with your PIN.');
    }
    await moneyState.put(ctx.db, 'user-limits', next);
    return { view: await getLimits(ctx, undefined), raised };
  });
}

export async function getIdentity(ctx: EngineContext): Promise<IdentityView> {
  const identity = await moneyState.identity(ctx.db);
  if (!identity) return { verified: false };
  return {
    verified: true,
    kind: identity.kind,
    name: identity.name,
    numberMasked: maskIdNumber(identity.number),
    verifiedAt: identity.verifiedAt,
  };
}

/** Real-name verification: a checked document raises the tier. The number stays sealed. */
export async function verifyIdentity(
  ctx: EngineContext,
  input: z.output<typeof identityVerifyInput>,
): Promise<IdentityView> {
  const number = input.number.toUpperCase();
  if (input.kind === 'cn_resident') {
    const check = checkResidentId(number, new Date(ctx.clock.now()));
    if (!check.ok) {
      throw new PurseError('IDENTITY_INVALID', 'That resident ID number is not valid.', {
        reason: check.problem.toLowerCase(),
      });
    }
  } else if (!checkPassportNumber(number)) {
    throw new PurseError('IDENTITY_INVALID', 'That passport number is not valid.', {
      reason: 'format',
    });
  }
  await ctx.db.transaction('rw', [ctx.db.meta, ctx.db.auditLog], async () => {
    await moneyState.put(ctx.db, 'identity', {
      kind: input.kind,
      name: input.name,
      number,
      verifiedAt: ctx.clock.now(),
    });
    await ctx.db.auditLog.add({
      id: newId(),
      at: ctx.clock.now(),
      kind: 'identity.verified',
      details: { kind: input.kind },
    });
  });
  return getIdentity(ctx);
}

export async function listRiskAlerts(
  ctx: EngineContext,
  input: z.output<typeof riskAlertsInput>,
): Promise<RiskAlert[]> {
  return newest<RiskAlert>(ctx.db.riskAlerts, 'at', input?.limit ?? 100);
}

/**
 * "This was me": marks an alert expected and teaches the rules — payments to that payee up
 * to this amount (and at night, if that was the reason) stop being flagged.
 */
export async function markRiskExpected(
  ctx: EngineContext,
  input: z.output<typeof riskMarkExpectedInput>,
): Promise<RiskAlert> {
  return ctx.db.transaction('rw', [ctx.db.riskAlerts, ctx.db.meta], async () => {
    const alert = await ctx.db.riskAlerts.get(input.id);
    if (!alert) throw new PurseError('NOT_FOUND', 'That alert does not exist.', { id: input.id });
    const updated: RiskAlert = { ...alert, expected: true };
    await ctx.db.riskAlerts.put(updated);
    if (alert.counterpartyId) {
      const allowances = await moneyState.allowances(ctx.db);
      const previous = allowances[alert.counterpartyId];
      allowances[alert.counterpartyId] = {
        upTo: Math.max(previous?.upTo ?? 0, alert.amount),
        night: (previous?.night ?? false) || alert.reasons.includes('night-large'),
      };
      await moneyState.put(ctx.db, 'risk-allowances', allowances);
    }
    return updated;
  });
}

export async function listPromotions(
  ctx: EngineContext,
  input: z.output<typeof promotionsListInput>,
): Promise<Promotion[]> {
  const all = await ctx.db.promotions.toArray();
  return inUse(all, input?.includeArchived, (promotion) => promotion.validTo);
}

export async function createPromotion(
  ctx: EngineContext,
  input: z.output<typeof promotionsCreateInput>,
): Promise<Promotion> {
  return ctx.db.transaction('rw', [ctx.db.promotions, ctx.db.counterparties], async () => {
    if (input.merchantId) {
      const merchant = await ctx.db.counterparties.get(input.merchantId);
      if (!merchant || merchant.kind !== 'merchant') {
        throw new PurseError('NOT_FOUND', 'That merchant does not exist.', {
          id: input.merchantId,
        });
      }
    }
    const promotion: Promotion = {
      ...input,
      id: newId(),
      uses: 0,
      saved: 0,
      archived: false,
      createdAt: ctx.clock.now(),
    };
    await ctx.db.promotions.add(promotion);
    return promotion;
  });
}

export async function archivePromotion(ctx: EngineContext, id: string): Promise<Promotion> {
  return ctx.db.transaction('rw', [ctx.db.promotions], async () => {
    const promotion = await ctx.db.promotions.get(id);
    if (!promotion) throw new PurseError('NOT_FOUND', 'That coupon does not exist.', { id });
    const updated = { ...promotion, archived: true };
    await ctx.db.promotions.put(updated);
    return updated;
  });
}
