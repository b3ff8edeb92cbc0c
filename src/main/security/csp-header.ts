import type { Session } from 'electron';

/** Replaces any Content-Security-Policy header of every response in this session with ours. */
export function enforceCsp(session: Pick<Session, 'webRequest'>, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [csp];
    callback({ responseHeaders });
  });
}
