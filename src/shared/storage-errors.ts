import { PurseError } from './errors';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether an error (or what it wraps) says the disk or the origin's quota is full. IndexedDB
 * raises a DOMException named QuotaExceededError; Dexie passes it on as is, or wrapped as the
 * `inner` of an AbortError when the transaction aborts on commit.
 */
export function isQuotaExceeded(thrown: unknown): boolean {
  let current: unknown = thrown;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    current = inner ?? cause;
  }
  return false;
}

export function storageFull(): PurseError {
  return new PurseError(
    'STORAGE_FULL',
    'There is no room left to save this. Nothing was changed: free some disk space and try again.',
  );
}
