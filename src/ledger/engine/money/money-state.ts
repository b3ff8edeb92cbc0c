import { z } from 'zod';
import type { IdentityKind } from '../../../shared/identity';
import type { LimitSet } from '../../../shared/payments';
import type { PurseDb } from '../../db';

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

async function read<T>(db: PurseDb, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.meta.get(key);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : fallback;
}

export const moneyState = {
  identity: (db: PurseDb) =>
    read<StoredIdentity | null>(db, 'identity', identitySchema.nullable(), null),
  record: (db: PurseDb) => read(db, 'payment-record', recordSchema, { lastIncidentAt: null }),
  userLimits: (db: PurseDb): Promise<Partial<LimitSet>> =>
    read(db, 'user-limits', userLimitsSchema, {}),
  allowances: (db: PurseDb) => read(db, 'risk-allowances', allowancesSchema, {}),
  put: (
    db: PurseDb,
    key: 'identity' | 'payment-record' | 'user-limits' | 'risk-allowances',
    value: unknown,
  ) => db.meta.put({ key, value }),
};
