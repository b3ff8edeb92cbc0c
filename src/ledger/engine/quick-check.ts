import type { QuickCheck } from '../../shared/snapshots';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { rowsOfScope } from './aggregate-sheets';
import type { EngineContext } from './context';

/** How many of the newest rows of the big tables are opened. */
const SAMPLE = 50;

function describe(thrown: unknown): string {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : thrown instanceof Error ? thrown.name : 'error';
}

/**
 * What start-up can afford to check (reads stay in the tens of rows at any ledger size; the
 * full `ledger.verify` is a Settings action and a daily job): the schema version is this
 * Purse's, every account, category, setting and monthly aggregate sheet opens, so do the
 * newest transactions (with their postings), transaction blocks and audit entries, and each account's cached balance equals
 * the sum of its monthly aggregates.
 */
export async function quickCheck(ctx: EngineContext): Promise<QuickCheck> {
  const { db } = ctx;
  const problems: string[] = [];
  if (db.verno !== CURRENT_SCHEMA_VERSION) problems.push(`schema version ${db.verno}`);
  const opens = async <T>(what: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (thrown) {
      problems.push(`${what}: ${describe(thrown)}`);
      return undefined;
    }
  };
  // Read together: the scheduler may post at start, between two separate reads.
  const both = await opens('accounts', () =>
    db.transaction('r', [db.accounts, db.aggregates], async () => ({
      accounts: await db.accounts.toArray(),
      monthly: await rowsOfScope(db.aggregates, 'account'),
    })),
  );
  const accounts = both?.accounts;
  await opens('categories', () => db.categories.toArray());
  await opens('settings', () => db.meta.toArray());
  await opens('transactions', () => db.transactions.reverse().limit(SAMPLE).toArray());
  await opens('transaction blocks', () => db.transactionBlocks.reverse().limit(2).toArray());
  await opens('audit log', () => db.auditLog.reverse().limit(SAMPLE).toArray());
  const monthly = both?.monthly;
  if (accounts && monthly) {
    const sums = new Map<string, number>();
    for (const row of monthly)
      sums.set(row.scopeId, (sums.get(row.scopeId) ?? 0) + row.debit - row.credit);
    for (const account of accounts) {
      if (account.balance !== (sums.get(account.id) ?? 0))
        problems.push(`account ${account.id} balance differs from its aggregates`);
    }
  }
  return { ok: problems.length === 0, opened: true, problems };
}
