import type { z } from 'zod';
import type { AppInfo, LedgerApi, LedgerMethod } from '../../shared/contract';
import { contract } from '../../shared/contract';
import type { Clock } from '../../shared/clock';
import { PurseError } from '../../shared/errors';
import { isMethodName, type MethodName } from '../../shared/method-names';
import { fail, settle, type Result } from '../../shared/result';
import type { Transaction } from '../../shared/domain';
import type { LedgerInternalApi } from '../../shared/ledger-internal';
import { backupHandlers } from './backup-handlers';
import type { FileSink } from './file-sink';
import { reportExportHandlers } from './report-export';
import { statementExportHandlers } from './statement-export';
import { announceBudgetAlerts } from './budget-alerts';
import { moneyHandlers } from './money-handlers';
import type { Notifier } from './notifications';
import { parseInput } from './parse-input';
import { securityHandlers } from './security-handlers';
import type { SecurityLog } from './security/security-log';
import type { SecurityService } from './security/security-service';

export interface GatewayDeps {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly notifier: Notifier;
  readonly systemLocale: string;
  readonly clock: Clock;
  readonly appInfo: AppInfo;
  readonly security: SecurityService;
  readonly securityLog: SecurityLog;
  readonly files: FileSink;
}

type LocalMethod = Exclude<MethodName, LedgerMethod>;
type LocalHandlers = { readonly [M in LocalMethod]: (input: never) => Promise<unknown> };

export interface Gateway {
  /** Every request from the UI passes here: validate, authorize, then dispatch. */
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const local: LocalHandlers = {
    'app.info': () => Promise.resolve(deps.appInfo),
    ...securityHandlers(deps.security, deps.securityLog),
    ...moneyHandlers(deps),
    ...backupHandlers(deps.security, deps.securityLog, deps.internal, deps.files, deps.clock),
    ...statementExportHandlers(deps),
    ...reportExportHandlers(deps),
  };

  /** Spending that may have pushed a budget past 80% or 100%. */
  function afterSpending(value: unknown): void {
    const transaction = (value as { transaction?: Transaction } | null)?.transaction;
    if (!transaction || (transaction.kind !== 'expense' && transaction.kind !== 'payment')) return;
    announceBudgetAlerts(deps, transaction.month, transaction.currency).catch((error: unknown) =>
      console.error('Budget alerts failed', error),
    );
  }

  async function dispatch(method: MethodName, input: unknown): Promise<unknown> {
    const spec = contract[method];
    if (spec.access !== 'public' && (await deps.security.isLocked())) {
      throw new PurseError('APP_LOCKED', 'Purse is locked. Enter your PIN to continue.');
    }
    const parsed: unknown = parseInput(spec.input as z.ZodType, input);
    if (spec.access === 'write' || spec.access === 'money') await deps.security.activity();
    const handler =
      spec.target === 'gateway'
        ? (local[method as LocalMethod] as (input: unknown) => Promise<unknown>)
        : (deps.ledger[method as LedgerMethod] as (input: unknown) => Promise<unknown>);
    const value = await handler(parsed);
    if (spec.access === 'write' || spec.access === 'money') afterSpending(value);
    return value;
  }

  return {
    call(method, input) {
      if (!isMethodName(method)) {
        return Promise.resolve(fail('UNKNOWN_METHOD', 'This request is not part of Purse.'));
      }
      return settle(() => dispatch(method, input));
    },
  };
}
