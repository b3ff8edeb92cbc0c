import type { z } from 'zod';

/** Where a method is served: by the ledger host, or by the gateway itself (main). */
export type Server = 'ledger' | 'gateway';

/**
 * What a caller must have done before a method runs:
 * - `nothing`: works while the app is locked (app info, the lock screen, setting up).
 * - `unlocked`: the app is unlocked.
 * - `pin`: unlocked, and this call carries the payment PIN (or a step-up code).
 * - `pin+2fa`: unlocked, the PIN, and the authenticator code when two-factor is on.
 * - `pin+2fa-to-weaken`: unlocked; the PIN (and code) only when the change weakens
 *   protection (locking later), never when it strengthens it (locking sooner).
 * - `pin-to-move-money`: unlocked; the PIN only when the step moves money a PIN confirmed
 *   (an undo or redo of a void). The ledger decides which, inside its serial queue, and
 *   refuses such a step without the PIN (PIN_REQUIRED); a PIN sent is always checked.
 * Only the gateway can check a PIN, so every method past `unlocked` is served there.
 */
export type Needs =
  'nothing' | 'unlocked' | 'pin' | 'pin+2fa' | 'pin+2fa-to-weaken' | 'pin-to-move-money';

/** Whether a method only reads (the UI caches it as a query) or changes something. */
export type Effect = 'read' | 'write';

/** Queries a write makes stale: method names, or every query (locking, restoring). */
export type Stale = readonly string[] | 'all';

export interface MethodSpec<
  I extends z.ZodType = z.ZodType,
  O = unknown,
  S extends Server = Server,
  E extends Effect = Effect,
  St extends Stale = Stale,
> {
  readonly input: I;
  readonly serve: S;
  readonly needs: Needs;
  readonly effect: E;
  /** For writes, the queries to refetch after it; reads make nothing stale. */
  readonly stale: St;
  /** A read the UI calls once rather than caches (its input is large or one-off). */
  readonly uncached?: boolean;
  /**
   * Served while the app is locked although it needs the PIN: the start-up screen that
   * restores a damaged ledger comes before the lock screen. The PIN is still checked.
   */
  readonly whileLocked?: boolean;
  /** Phantom: carries the output type; never set at runtime. */
  readonly output?: O;
}

/**
 * A read, served by `serve`: `read<Account[]>()('ledger', input)`. It needs the app
 * unlocked unless `needs` says otherwise.
 */
export function read<O>() {
  return <I extends z.ZodType, S extends Server, const U extends boolean = false>(
    serve: S,
    input: I,
    options: { readonly needs?: Needs; readonly uncached?: U } = {},
  ): MethodSpec<I, O, S, 'read', readonly []> & { readonly uncached: U } => ({
    input,
    serve,
    needs: options.needs ?? 'unlocked',
    effect: 'read',
    stale: [],
    uncached: (options.uncached ?? false) as U,
  });
}

/**
 * A change, served by `serve`, naming the queries it makes stale:
 * `write<Account>()('ledger', input, { stale: MONEY_VIEWS })`.
 */
export function write<O>() {
  return <I extends z.ZodType, S extends Server, const St extends Stale>(
    serve: S,
    input: I,
    options: { readonly needs?: Needs; readonly stale: St; readonly whileLocked?: true },
  ): MethodSpec<I, O, S, 'write', St> => ({
    input,
    serve,
    needs: options.needs ?? 'unlocked',
    effect: 'write',
    stale: options.stale,
    ...(options.whileLocked ? { whileLocked: true } : {}),
  });
}

/**
 * A change main serves once the caller has what `needs` says (the PIN, the code, nothing
 * while locked): `guarded<MoneyResult>()(input, 'pin', MOVEMENT_VIEWS)`.
 */
export function guarded<O>() {
  return <I extends z.ZodType, const St extends Stale>(input: I, needs: Needs, stale: St) =>
    write<O>()('gateway', input, { needs, stale });
}

/** A ledger method only main may call (never in window.purse): input schema and output. */
export interface InternalSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly output?: O;
}

export function internal<O>() {
  return <I extends z.ZodType>(input: I): InternalSpec<I, O> => ({ input });
}

/** Any table of methods: the app's contract, or one with more methods (tests add one). */
export type ContractTable = Readonly<Record<string, MethodSpec>>;
