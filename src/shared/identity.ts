/** What kinds of identity document Purse checks for real-name verification. */
export const IDENTITY_KINDS = ['cn_resident', 'passport'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CODES = '10X98765432';

export type ResidentIdProblem = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE' | 'REGION';

/**
 * Checks a mainland China resident identity number (GB 11643-1999): 6-digit region code,
 * birth date YYYYMMDD, 3-digit sequence and an ISO 7064 MOD 11-2 check character.
 */
export function checkResidentId(
  input: string,
  today: Date = new Date(),
): { ok: true; birthDate: string } | { ok: false; problem: ResidentIdProblem } {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'FORMAT' };
  if (/^(00|10|20|30|40|70|80|90)/.test(id) || id.startsWith('0'))
    return { ok: false, problem: 'REGION' };
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK_CODES[sum % 11] !== id[17]) return { ok: false, problem: 'CHECKSUM' };

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const real =
    birth.getUTCFullYear() === year &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day;
  if (!real || year < 1900 || birth.getTime() > today.getTime())
    return { ok: false, problem: 'BIRTH_DATE' };
  return { ok: true, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` };
}

/** A passport number: 5–20 letters and digits (countries differ; the issuer checks the rest). */
export function checkPassportNumber(input: string): boolean {
  return /^[A-Z0-9]{5,20}$/.test(input.trim().toUpperCase());
}

/** Shows an ID number the way wallets do: first and last characters only. */
export function maskIdNumber(id: string): string {
  if (id.length <= 4) return '*'.repeat(id.length);
  return `${id.slice(0, 1)}${'*'.repeat(id.length - 2)}${id.slice(-1)}`;
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function normalizeNumber(number: string): string {
  return number.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

/**
 * Whether what a person typed is the verified identity: the name ignoring case, width and
 * extra spaces, the number ignoring case and spaces. Every character is compared, so the time
 * taken does not tell how much of it was right.
 */
export function sameIdentity(
  stored: { readonly name: string; readonly number: string },
  typed: { readonly name: string; readonly number: string },
): boolean {
  const a = `${normalizeName(stored.name)}\u0000${normalizeNumber(stored.number)}`;
  const b = `${normalizeName(typed.name)}\u0000${normalizeNumber(typed.number)}`;
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1)
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
