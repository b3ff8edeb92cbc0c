import {
  contract,
  type ContractTable,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from './contract';
import type { Result } from './result';

type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
type VerbOf<M extends string, D extends string> = M extends `${D}.${infer V}` ? V : never;

/** `window.purse`: `purse.accounts.create(input)` for the contract's `accounts.create`. */
export type PurseApi = {
  readonly [D in DomainOf<MethodName>]: {
    readonly [V in VerbOf<MethodName, D>]: `${D}.${V}` extends infer M extends MethodName
      ? undefined extends MethodInput<M>
        ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
        : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
      : never;
  };
};

export type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the nested API from the contract's methods; the preload (over IPC) and the dev:web
 * harness (in-page gateway) share it so both expose exactly the contract.
 */
export function buildPurseApi(invoke: Invoke, table: ContractTable = contract): PurseApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of Object.keys(table) as MethodName[]) {
    const [domain, verb] = method.split('.') as [string, string];
    const group = (api[domain] ??= {});
    group[verb] = function callMethod(input?: unknown) {
      return invoke(method, input);
    };
  }
  return api as unknown as PurseApi;
}
