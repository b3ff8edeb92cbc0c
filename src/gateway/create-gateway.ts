import {
  type AppInfo,
  contract,
  type ContractTable,
  type GatewayMethod,
  type LedgerApi,
  type LedgerInternalApi,
} from '../shared/contract';
import type { Clock } from '../shared/clock';
import { PurseError } from '../shared/errors';
import { fail, settle, type Result } from '../shared/result';
import type { Transaction } from '../shared/domain';
import { backupHandlers } from './backup-handlers';
import type { FileSink } from './file-sink';
import { reportExportHandlers } from './report-export';
import { statementExportHandlers } from './statement-export';
import { announceBudgetAlerts } from './budget-alerts';
import { createFollowUps } from './follow-ups';
import { correctionHandlers } from './correction-handlers';
import { moneyHandlers } from './money-handlers';
import type { Notifier } from './notifications';
import { parseInput } from '../shared/parse-input';
import { securityHandlers } from './security-handlers';
import { spendingPowerHandlers } from './spending-power-handlers';
import type { SecurityLog } from './security/security-log';
import type { SecurityService } from './security/security-service';
import { snapshotHandlers } from './snapshots/snapshot-handlers';
import { noSnapshots, type Snapshots } from './snapshots/snapshots';

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
  /** Automatic snapshots; none where the platform has nowhere to keep them. */
  readonly snapshots?: Snapshots;
  /** The methods served; the app's contract unless a test adds some (with `handlers`). */
  readonly table?: ContractTable;
  readonly handlers?: ExtraHandlers;
}

type LocalHandlers = { readonly [M in GatewayMethod]: (input: never) => Promise<unknown> };
/** Handlers for gateway methods a table adds beyond the app's contract (tests add one). */
export type ExtraHandlers = Readonly<Record<string, (input: never) => Promise<unknown>>>;

export interface Gateway {
  /** Every request from the UI passes here: validate, authorize, then dispatch. */
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Resolves once the work that follows answers (notifications, budget alerts) is done. */
  idle(): Promise<void>;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const table: ContractTable = deps.table ?? contract;
  const followUps = createFollowUps();
  const snapshots = deps.snapshots ?? noSnapshots(deps.internal);
  const local: LocalHandlers & ExtraHandlers = {
    ...deps.handlers,
    'app.info': () => Promise.resolve(deps.appInfo),
    ...securityHandlers(deps.security, deps.securityLog),
    ...spendingPowerHandlers(deps.security, deps.securityLog, deps.internal),
    ...moneyHandlers({ ...deps, followUps }),
    ...correctionHandlers(deps.security, deps.internal),
    ...backupHandlers(deps.security, deps.securityLog, deps.internal, deps.files, deps.clock),
    ...statementExportHandlers(deps),
    ...reportExportHandlers(deps),
    ...snapshotHandlers(deps.security, deps.securityLog, snapshots),
  };

  /** Spending that may have pushed a budget past 80% or 100%. */
  function afterSpending(value: unknown): void {
    const transaction = (value as { transaction?: Transaction } | null)?.transaction;
    if (!transaction || (transaction.kind !== 'expense' && transaction.kind !== 'payment')) return;
    followUps.run('Budget alerts', () =>
      announceBudgetAlerts(deps, transaction.month, transaction.currency),
    );
  }

  async function dispatch(method: string, input: unknown): Promise<unknown> {
    const spec = table[method]!;
    if (spec.needs !== 'nothing' && !spec.whileLocked && (await deps.security.isLocked())) {
      throw new PurseError('APP_LOCKED', 'Purse is locked. Enter your PIN to continue.');
    }
    const parsed: unknown = parseInput(spec.input, input);
    const changes = spec.effect === 'write' && spec.needs !== 'nothing';
    if (changes) await deps.security.activity();
    const handler =
      spec.serve === 'gateway'
        ? (local[method as GatewayMethod] as (input: unknown) => Promise<unknown>)
        : ((deps.ledger as unknown as Record<string, unknown>)[method] as (
            input: unknown,
          ) => Promise<unknown>);
    const value = await handler(parsed);
    if (changes) afterSpending(value);
    // Purse is in use (unlocked, or just unlocked): today's snapshot, once, after the answer.
    // Asked first, so that the other requests of the day schedule nothing.
    if ((spec.needs !== 'nothing' || method === 'security.unlock') && snapshots.due())
      followUps.run('Daily snapshot', () => snapshots.takeIfDue());
    return value;
  }

  return {
    call(method, input) {
      if (typeof method !== 'string' || !Object.hasOwn(table, method)) {
        return Promise.resolve(fail('UNKNOWN_METHOD', 'This request is not part of Purse.'));
      }
      return settle(() => dispatch(method, input));
    },
    idle: () => followUps.idle(),
  };
}
