import { vi, type Mock } from 'vitest';
import {
  LEDGER_INTERNAL_METHODS,
  type LedgerApi,
  type LedgerInternalMethod,
  type LedgerMethod,
} from '../../../../src/shared/contract';
import { LEDGER_METHODS } from '../../../../src/main/ledger/ledger-methods';

export type SpyLedger = LedgerApi & { readonly [M in LedgerMethod]: Mock };
/** Spies only, with no method signatures of their own: safe to pass around unbound. */
export type SpyInternal = { readonly [M in LedgerInternalMethod]: Mock };

function spies(methods: readonly string[]): Record<string, Mock> {
  return Object.fromEntries(
    methods.map((method) => [
      method,
      vi.fn((input: unknown) => Promise.resolve({ method, input })),
    ]),
  );
}

/** A LedgerApi whose every method is a spy answering `{ method, input }`. */
export function spyLedger(): SpyLedger {
  return spies(LEDGER_METHODS) as unknown as SpyLedger;
}

/** Main's internal ledger methods, as spies answering `{ method, input }`. */
export function spyInternal(): SpyInternal {
  return spies(LEDGER_INTERNAL_METHODS) as unknown as SpyInternal;
}

/** What the ledger host serves: spies for both halves. */
export function spyServed(
  api: SpyLedger = spyLedger(),
  internal: SpyInternal = spyInternal(),
): { api: SpyLedger; internal: SpyInternal } {
  return { api, internal };
}

export function ledgerCallCount(ledger: SpyLedger): number {
  return LEDGER_METHODS.reduce((sum, method) => sum + ledger[method].mock.calls.length, 0);
}
