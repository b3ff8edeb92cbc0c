import type { z } from 'zod';
import { contract, type AppInfo, type LedgerApi, type LedgerMethod } from '../../shared/contract';
import { isMethodName, type MethodName } from '../../shared/method-names';
import { fail, settle, type Result } from '../../shared/result';
import type { Clock } from '../../shared/clock';
import { parseInput } from './parse-input';

export interface GatewayDeps {
  readonly ledger: LedgerApi;
  readonly clock: Clock;
  readonly appInfo: AppInfo;
}

/** Methods the gateway serves itself rather than forwarding to the ledger. */
type LocalHandlers = {
  readonly [M in Exclude<MethodName, LedgerMethod>]: (input: unknown) => Promise<unknown>;
};

export interface Gateway {
  /** Every request from the UI passes here: validate, authorize, then dispatch. */
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const local: LocalHandlers = {
    'app.info': () => Promise.resolve(deps.appInfo),
  };

  async function dispatch(method: MethodName, input: unknown): Promise<unknown> {
    const spec = contract[method];
    const parsed: unknown = parseInput(spec.input as z.ZodType, input);
    if (spec.target === 'gateway') {
      return local[method as keyof LocalHandlers](parsed);
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
