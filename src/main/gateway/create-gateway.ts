import type { z } from 'zod';
import type { AppInfo, LedgerApi, LedgerMethod } from '../../shared/contract';
import { contract } from '../../shared/contract';
import type { Clock } from '../../shared/clock';
import { PurseError } from '../../shared/errors';
import { isMethodName, type MethodName } from '../../shared/method-names';
import { fail, settle, type Result } from '../../shared/result';
import type { LedgerInternalApi } from '../../shared/ledger-internal';
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
  };

  async function dispatch(method: MethodName, input: unknown): Promise<unknown> {
    const spec = contract[method];
    if (spec.access !== 'public' && (await deps.security.isLocked())) {
      throw new PurseError('APP_LOCKED', 'Purse is locked. Enter your PIN to continue.');
    }
    const parsed: unknown = parseInput(spec.input as z.ZodType, input);
    if (spec.access === 'write' || spec.access === 'money') await deps.security.activity();
    if (spec.target === 'gateway') {
      const handler = local[method as LocalMethod] as (input: unknown) => Promise<unknown>;
      return handler(parsed);
    }
    const handler = deps.ledger[method as LedgerMethod] as (input: unknown) => Promise<unknown>;
    return handler(parsed);
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
