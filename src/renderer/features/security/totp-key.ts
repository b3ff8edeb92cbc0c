/** A base32 secret in groups of four, as authenticator apps let people type it. */
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
