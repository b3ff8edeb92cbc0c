import { z } from 'zod';
import type { IdentityKind } from '../../../shared/identity';
import type { LimitSet } from '../../../shared/payments';
import type { MetaRow, PurseDb } from '../../db';

/** Small records in the meta table that payments read and write. */
const identitySchema = z.object({
  kind: z.enum(['cn_resident', 'passport']),
  name: z.string(),
  number: z.string(),
  verifiedAt: z.number(),
});
const recordSchema = z.object({ lastIncidentAt: z.number().nullable() });
const userLimitsSchema = z.object({
  perPayment: z.number().optional(),
  daily: z.number().optional(),
  yearly: z.number().optional(),
});
const allowancesSchema = z.record(z.string(), z.object({ upTo: z.number(), night: z.boolean() }));

export interface StoredIdentity {
  readonly kind: IdentityKind;
  readonly name: string;
  readonly number: string;
  readonly verifiedAt: number;
}

function parse<T>(row: MetaRow | undefined, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : fallback;
}

async function read<T>(db: PurseDb, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  return parse(await db.meta.get(key), schema, fallback);
}

/** Everything in `moneyState` that a payment reads. */
export interface PaymentState {
  readonly identity: StoredIdentity | null;
  readonly record: { readonly lastIncidentAt: number | null };
  readonly userLimits: Partial<LimitSet>;
  readonly allowances: Readonly<Record<string, { upTo: number; night: boolean }>>;
}

export const moneyState = {
  identity: (db: PurseDb) =>
    read<StoredIdentity | null>(db, 'identity', identitySchema.nullable(), null),
  record: (db: PurseDb) => read(db, 'payment-record', recordSchema, { lastIncidentAt: null }),
  userLimits: (db: PurseDb): Promise<Partial<LimitSet>> =>
    read(db, 'user-limits', userLimitsSchema, {}),
  allowances: (db: PurseDb) => read(db, 'risk-allowances', allowancesSchema, {}),
  /** The four records at once: one Dexie call instead of four. */
  forPayment: (db: PurseDb): Promise<PaymentState> =>
    db.meta
      .bulkGet(['identity', 'payment-record', 'user-limits', 'risk-allowances'])
      .then(([identity, record, userLimits, allowances]) => ({
        identity: parse<StoredIdentity | null>(identity, identitySchema.nullable(), null),
        record: parse(record, recordSchema, { lastIncidentAt: null }),
        userLimits: parse(userLimits, userLimitsSchema, {}),
        allowances: parse(allowances, allowancesSchema, {}),
      })),
  put: (
    db: PurseDb,
    key: 'identity' | 'payment-record' | 'user-limits' | 'risk-allowances',
    value: unknown,
  ) => db.meta.put({ key, value }),
};
