/**
 * `scheme://host[:port]` of a URL, or undefined when it has none. Node's URL reports the
 * origin of a custom scheme such as app:// as "null", so it is built by hand.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.host) return undefined;
  return `${parsed.protocol}//${parsed.host}`;
}
