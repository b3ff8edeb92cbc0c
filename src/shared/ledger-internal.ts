import { z } from 'zod';

/** Audit entries as main reads them back (security log, money movements). */
export interface AuditEntry {
  readonly id: string;
  readonly at: number;
  readonly kind: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

const detailsSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .optional();

/**
 * Ledger methods only main may call (never in the UI contract, never in window.purse):
 * the security log lives in the ledger's audit table beside money movements.
 */
export const ledgerInternalContract = {
  'audit.append': z.strictObject({
    kind: z.string().regex(/^[a-z]+(\.[a-z-]+)+$/),
    details: detailsSchema,
  }),
  'audit.list': z.strictObject({
    prefix: z.string().max(40),
    limit: z.number().int().min(1).max(1000),
  }),
} as const;

export type LedgerInternalMethod = keyof typeof ledgerInternalContract;

export interface LedgerInternalApi {
  'audit.append'(input: z.output<(typeof ledgerInternalContract)['audit.append']>): Promise<null>;
  'audit.list'(
    input: z.output<(typeof ledgerInternalContract)['audit.list']>,
  ): Promise<AuditEntry[]>;
}

export const LEDGER_INTERNAL_METHODS = Object.keys(
  ledgerInternalContract,
) as LedgerInternalMethod[];
