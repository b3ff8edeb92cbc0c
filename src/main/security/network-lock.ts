import type { Session } from 'electron';
import { originOf } from './origin';

export interface NetworkPolicy {
  /** Origins a page of this session may load from: app://purse, and the dev server in dev. */
  readonly origins: readonly string[];
  /** Whole schemes that are allowed, such as `data:` for antd's inline images. */
  readonly schemes: readonly string[];
}

export function isAllowedRequest(url: string, policy: NetworkPolicy): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  if (scheme && policy.schemes.includes(scheme)) return true;
  const origin = originOf(url);
  return origin !== undefined && policy.origins.includes(origin);
}

/** Purse is offline: every request of this session that leaves the policy is cancelled. */
export function lockNetwork(session: Pick<Session, 'webRequest'>, policy: NetworkPolicy): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
}
