/** Crockford's base32 alphabet: no I, L, O or U, so codes survive being read aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `7K3QD-M2XPA`: 50 random bits each, shown once at set-up. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = crypto.getRandomValues(new Uint8Array(10));
    const chars = Array.from(bytes, (byte) => ALPHABET[byte & 31]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What people type: any case, spaces or dashes, and look-alikes (O→0, I/L→1). */
export function normalizeRecoveryCode(input: string): string | undefined {
  const clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(clean)) return undefined;
  return `${clean.slice(0, 5)}-${clean.slice(5)}`;
}
