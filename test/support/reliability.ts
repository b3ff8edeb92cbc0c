import { expect } from 'vitest';
import type { PurseDb } from '../../src/ledger/db';
import { ERROR_CODES } from '../../src/shared/errors';
import type { Result } from '../../src/shared/result';
import { moneySnapshot } from './ledger-fixture';

/** Row counts of every table, plus everything a user could notice about money. */
export async function ledgerSnapshot(db: PurseDb) {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return { counts, money: await moneySnapshot(db) };
}

/** What an error message must never show: stack frames, source files, paths. */
const LEAKS = [
  /\bat [\w.<>$]+ \(/, // a stack frame
  /\.(ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /file:\/\//,
  /\/(work|home|tmp|usr|root)\//,
  /\b[A-Z]:\\[A-Za-z]/,
];

/**
 * Asserts that a call answered with a typed Result: `{ ok:true, value }`, or
 * `{ ok:false, error:{ code, message } }` with a known code and a message that leaks no
 * stack, path or secret.
 */
export function expectTypedResult(result: unknown, secrets: readonly string[]): Result<unknown> {
  expect(result).toBeTypeOf('object');
  const envelope = result as Result<unknown>;
  expect(typeof envelope.ok).toBe('boolean');
  if (envelope.ok) return envelope;
  const { code, message } = envelope.error;
  expect(ERROR_CODES).toContain(code);
  expect(message).toBeTypeOf('string');
  expect(message.length).toBeGreaterThan(0);
  expect(message.length).toBeLessThan(600);
  // The raw strings, not their JSON (whose escaping could itself look like a path).
  const { issues = [], details = {} } = envelope.error;
  const text = [
    message,
    ...issues.flatMap((issue) => [issue.path, issue.message]),
    ...Object.values(details).map(String),
  ].join('\n');
  for (const leak of LEAKS) expect(text, `${code}: ${text}`).not.toMatch(leak);
  for (const secret of secrets) expect(text).not.toContain(secret);
  return envelope;
}

/** A base64 view of a key, as a keychain entry holds it. */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
