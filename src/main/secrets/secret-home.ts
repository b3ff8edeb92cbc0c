import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SecretStore } from '../../gateway/security/secret-store';

export type StoreKind = Exclude<SecretStore['kind'], 'dev-harness'>;

/**
 * Where Purse's secrets live, recorded beside the ledger (no secret in it). A start that
 * finds no data key reads this before it would ever make one: a key that was made and
 * cannot be reached now means a store that did not answer, never a new ledger.
 */
export interface SecretHome {
  readonly store: StoreKind;
  /** A data key was made and stored there: a ledger sealed with it may exist. */
  readonly keyMade: boolean;
}

function isHome(value: unknown): value is SecretHome {
  if (typeof value !== 'object' || value === null) return false;
  const { store, keyMade } = value as Record<string, unknown>;
  return (store === 'os-keychain' || store === 'safe-storage') && typeof keyMade === 'boolean';
}

/** The record, or null when there is none yet. An unreadable one counts as a key made. */
export async function readSecretHome(file: string): Promise<SecretHome | null | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'unreadable';
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isHome(parsed) ? { store: parsed.store, keyMade: parsed.keyMade } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Written whole or not at all: a crash leaves the previous record. */
export async function writeSecretHome(file: string, home: SecretHome): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  await writeFile(temp, JSON.stringify({ version: 1, ...home }), { mode: 0o600 });
  await rename(temp, file);
}
