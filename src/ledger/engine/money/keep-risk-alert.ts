import type { RiskAlert } from '../../../shared/payments';
import type { EngineContext } from '../context';

/**
 * Keeps a risk alert (Security lists them) and tells it in the inbox, in the transaction
 * of the payment that raised it: one entry per alert, written with it.
 */
export async function keepRiskAlert(ctx: EngineContext, alert: RiskAlert): Promise<void> {
  await ctx.db.riskAlerts.add(alert);
  await ctx.db.billNotices.add({
    id: `risk|${alert.id}`,
    at: alert.at,
    inbox: {
      kind: 'risk-alert',
      params: {
        alertId: alert.id,
        txnKind: alert.kind,
        amount: alert.amount,
        currency: alert.currency,
        outcome: alert.outcome,
        reasons: alert.reasons,
        result: alert.result,
      },
    },
  });
}
