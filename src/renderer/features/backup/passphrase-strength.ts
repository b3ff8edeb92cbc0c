export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/** The gateway's minimum (passphraseSchema). */
export const MIN_PASSPHRASE = 10;

/**
 * A rough hint, not a guarantee: length counts most (scrypt makes each guess slow, so a long
 * phrase of ordinary words is strong), then the kinds of characters, and repeats count
 * against it. Chinese characters count as a kind of their own.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  if (chars.length < MIN_PASSPHRASE) return 'tooShort';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\p{N}]/u, /[\p{Script=Han}]/u].filter((re) =>
    re.test(passphrase),
  ).length;
  const distinct = new Set(chars).size;
  if (distinct < 5) return 'weak';
  // A Chinese character is one of thousands, so it weighs like two letters.
  const han = chars.filter((char) => /\p{Script=Han}/u.test(char)).length;
  const score = chars.length + han + kinds * 3 + Math.min(distinct, 12);
  if (score >= 36) return 'strong';
  if (score >= 26) return 'fair';
  return 'weak';
}
