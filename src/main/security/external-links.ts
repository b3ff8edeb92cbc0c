import { shell } from 'electron';

/**
 * Sites Purse may open in the user's browser, by exact origin. None yet: a link must be
 * added here deliberately, and only ever over https.
 */
export const EXTERNAL_ORIGINS: readonly string[] = [];

export function isAllowedExternalUrl(
  url: string,
  allowed: readonly string[] = EXTERNAL_ORIGINS,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && !parsed.username && allowed.includes(parsed.origin);
}

/** Opens an allow-listed https link in the user's browser; refuses anything else. */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
