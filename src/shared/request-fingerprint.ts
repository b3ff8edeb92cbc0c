import { sha256 } from '@noble/hashes/sha2.js';

/** JSON with object keys sorted at every level, so equal requests give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a money request asked for, as a short hash: a `requestId` sent again must ask for the
 * same thing to get the first answer back. Whether the step-up was passed is left out, since
 * a retry after a step-up is the same request.
 */
export function requestFingerprint(request: Readonly<Record<string, unknown>>): string {
  const { stepUpPassed: _stepUp, ...asked } = request;
  const digest = sha256(new TextEncoder().encode(canonical(asked)));
  let hex = '';
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
