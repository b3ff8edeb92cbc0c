import type { AuditEntry, LedgerInternalApi } from '../../shared/contract';
import { sameIdentity } from '../../shared/identity';
import { audit } from './audit';
import { runDueBills } from './bills/bill-notices';
import { postOccurrence } from './bills/post-occurrence';
import { createBackup, createSnapshot, restoreBackup } from './backup/backup';
import { quickCheck } from './quick-check';
import { newBudgetAlerts } from './budgets/budgets';
import type { EngineContext } from './context';
import { walk } from './corrections/undo';
import { UndoStack } from './corrections/undo-stack';
import { voidTransaction } from './corrections/void-transaction';
import { claimNotice } from './inbox/inbox';
import { newGoalAlerts } from './goals/goal-alerts';
import { newForecastWarnings } from './forecast/forecast-warnings';
import {
  commitPayment,
  commitRefund,
  commitTransfer,
  commitWalletMovement,
} from './money/commit-money';
import { setOwnLimits, verifyIdentity } from './money/money-queries';
import { moneyState } from './money/money-state';

function keyBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** Main's own ledger methods: the audit log, and money movements once authenticated. */
export function createLedgerInternal(
  ctx: EngineContext,
  /** The same stack the engine's corrections use: a void is undone like any of them. */
  undo: UndoStack = new UndoStack(),
): LedgerInternalApi {
  return {
    async 'audit.append'(input) {
      await ctx.db.transaction('rw', [ctx.db.auditLog], () =>
        audit(ctx, input.kind, undefined, input.details),
      );
      return null;
    },
    'payments.commit': (input) => commitPayment(ctx, input),
    'transfers.commit': (input) => commitTransfer(ctx, input),
    'topups.commit': (input) => commitWalletMovement(ctx, 'topup', input),
    'withdrawals.commit': (input) => commitWalletMovement(ctx, 'withdrawal', input),
    'refunds.commit': (input) => commitRefund(ctx, input),
    'bills.commitPayment': (input) => postOccurrence(ctx, input, true),
    'transactions.voidCommit': (input) => voidTransaction(ctx, undo, input),
    'ledger.step': (input) => walk(ctx, undo, input.direction, input.pinConfirmed),
    'bills.runDue': (input) => runDueBills(ctx, input.now),
    'budgets.alerts': (input) => newBudgetAlerts(ctx, input.month, input.currency),
    'backups.create': (input) => createBackup(ctx, input.passphrase),
    'backups.restore': (input) => restoreBackup(ctx, input),
    'snapshots.create': (input) => createSnapshot(ctx, keyBytes(input.key)),
    'snapshots.restore': (input) => restoreBackup(ctx, { ...input, key: keyBytes(input.key) }),
    'ledger.quickCheck': () => quickCheck(ctx),
    'notices.claim': (input) => claimNotice(ctx, input.id),
    'goals.alerts': (input) => newGoalAlerts(ctx, input.now),
    'forecast.warnings': (input) => newForecastWarnings(ctx, input.timeZone),
    'identity.record': (input) => verifyIdentity(ctx, input),
    'limits.record': (input) => setOwnLimits(ctx, input),
    'identity.verified': async () => (await moneyState.identity(ctx.db)) !== null,
    async 'identity.matches'(input) {
      const identity = await moneyState.identity(ctx.db);
      return identity !== null && sameIdentity(identity, input);
    },
    async 'audit.list'(input) {
      const rows = await ctx.db.auditLog.where('kind').startsWith(input.prefix).toArray();
      return rows
        .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id))
        .slice(0, input.limit)
        .map((row): AuditEntry => ({
          id: row.id,
          at: row.at,
          kind: row.kind,
          ...(row.details ? { details: row.details } : {}),
        }));
    },
  };
}
