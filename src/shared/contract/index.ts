import type { z } from 'zod';
import { accountsMethods } from './accounts';
import { appMethods } from './app';
import { attachmentsMethods } from './attachments';
import { backupsMethods } from './backups';
import { billsMethods } from './bills';
import { budgetsMethods } from './budgets';
import { correctionsMethods } from './corrections';
import { forecastMethods } from './forecast';
import { reconcileMethods } from './reconcile';
import { rulesMethods } from './rules';
import { goalsMethods } from './goals';
import type { MethodSpec } from './define';
import { historyMethods } from './history';
import { importsMethods } from './imports';
import { inboxMethods } from './inbox';
import { ledgerMethods } from './ledger';
import { moneyMethods } from './money';
import { securityMethods } from './security';
import { snapshotsMethods } from './snapshots';

export type { ContractTable, Effect, Needs, Server, MethodSpec } from './define';
export type { AppInfo } from './app';
export type { BillHistory } from './bills';
export type { RecoveryCodes } from './security';
export {
  LEDGER_INTERNAL_METHODS,
  ledgerInternalContract,
  type AuditEntry,
  type LedgerInternalApi,
  type LedgerInternalMethod,
} from './internal';

/**
 * Every method the UI may call, declared once: its input schema, output type, who serves
 * it, what it needs, whether it reads or writes, and what it makes stale. The preload, the
 * gateway's dispatch, the ledger's RPC server and the UI's queries are all derived from
 * this. A new method is an entry in its domain's file and a handler, nothing else.
 */
export const contract = {
  ...appMethods,
  ...accountsMethods,
  ...ledgerMethods,
  ...correctionsMethods,
  ...reconcileMethods,
  ...rulesMethods,
  ...goalsMethods,
  ...forecastMethods,
  ...attachmentsMethods,
  ...securityMethods,
  ...moneyMethods,
  ...billsMethods,
  ...budgetsMethods,
  ...historyMethods,
  ...backupsMethods,
  ...snapshotsMethods,
  ...importsMethods,
  ...inboxMethods,
} as const satisfies Record<`${string}.${string}`, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;

/** Every method name, for the preload and the gateway's IPC registration. */
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The IPC channel of a method: one channel each, so handlers are registered by name. */
export function channelOf(method: MethodName): string {
  return `purse:${method}`;
}

/** What a caller passes (before zod defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

export type LedgerMethod = {
  [M in MethodName]: Contract[M]['serve'] extends 'ledger' ? M : never;
}[MethodName];
export type GatewayMethod = Exclude<MethodName, LedgerMethod>;

/** Reads the UI caches as queries. */
export type QueryMethod = {
  [M in MethodName]: Contract[M] extends { effect: 'read'; uncached: true }
    ? never
    : Contract[M]['effect'] extends 'read'
      ? M
      : never;
}[MethodName];
/** Every other method changes something (or is called once) and runs as a mutation. */
export type MutationMethod = Exclude<MethodName, QueryMethod>;

/** The ledger as the gateway sees it: in Electron an RPC client, in dev:web the engine. */
export type LedgerApi = {
  readonly [M in LedgerMethod]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

// Compile-time proof that every query a write names as stale is a read of this contract.
type StaleNames = {
  [M in MethodName]: Contract[M]['stale'] extends readonly (infer S)[] ? S : never;
}[MethodName];
const staleNamesAreQueries: [Exclude<StaleNames, QueryMethod>] extends [never] ? true : never =
  true;
void staleNamesAreQueries;
