import { AsyncLocalStorage } from 'node:async_hooks';
import type { SecretHasher } from '../../src/gateway/security/pin-hasher';
import type { LedgerApi, LedgerInternalApi } from '../../src/shared/contract';

/** Where a request's fate was decided: a PIN check, or the ledger transaction that ran it. */
export interface Decision {
  readonly op: number;
  readonly at: 'pin' | 'ledger';
}

/**
 * Records, for requests sent together, the order in which the two serialised sections saw
 * them: the PIN checks (one at a time, in the security service's queue) and the ledger's
 * read-write transactions. Each request runs under its own number (`as`), which follows it
 * through every await into the hasher and the ledger.
 */
export class DecisionLog {
  readonly #current = new AsyncLocalStorage<number>();
  decisions: Decision[] = [];

  as<T>(op: number, work: () => Promise<T>): Promise<T> {
    return this.#current.run(op, work);
  }

  note(at: Decision['at']): void {
    const op = this.#current.getStore();
    if (op !== undefined) this.decisions.push({ op, at });
  }

  /** The decisions noted since the last call, and a fresh start. */
  take(): Decision[] {
    const taken = this.decisions;
    this.decisions = [];
    return taken;
  }
}

/** A hasher that notes each PIN it is asked to check, inside the one-at-a-time PIN queue. */
export function notingHasher(hasher: SecretHasher, log: DecisionLog): SecretHasher {
  return {
    hash: (secret, purpose) => hasher.hash(secret, purpose),
    verify: (secret, stored) => {
      log.note('pin');
      return hasher.verify(secret, stored);
    },
  };
}

/**
 * The same ledger, noting each named write when it is asked for. Each of these opens its
 * read-write transaction before its first await, and IndexedDB runs read-write transactions
 * over shared tables one at a time in the order they were opened, so the order noted is the
 * order they ran.
 */
export function notingLedger<T extends LedgerApi | LedgerInternalApi>(
  ledger: T,
  writes: readonly (keyof T & string)[],
  log: DecisionLog,
): T {
  const wrapped: Record<string, unknown> = { ...ledger };
  for (const method of writes) {
    const original = ledger[method] as (input: unknown) => Promise<unknown>;
    wrapped[method] = (input: unknown) => {
      log.note('ledger');
      return original(input);
    };
  }
  return wrapped as T;
}
