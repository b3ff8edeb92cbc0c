import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { enforceCsp } from '../../../../src/main/security/csp-header';
import { UI_CSP } from '../../../../src/main/security/csp';
import { FakeSession } from '../fakes/electron';

vi.mock('electron', () => ({}));

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

function headersAfter(session: FakeSession, responseHeaders?: Record<string, string[]>) {
  const callback = vi.fn();
  (session.onHeadersReceived as HeadersListener)({ responseHeaders }, callback);
  return (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> })
    .responseHeaders;
}

describe('security.enforceCsp', () => {
  it('sets the Content-Security-Policy header on every response of the session', () => {
    const session = new FakeSession();
    enforceCsp(session as unknown as Session, UI_CSP);
    expect(headersAfter(session, { 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [UI_CSP],
    });
  });

  it('replaces a weaker policy sent by a server, whatever its casing', () => {
    const session = new FakeSession();
    enforceCsp(session as unknown as Session, UI_CSP);
    const headers = headersAfter(session, { 'content-security-policy': ['default-src *'] });
    expect(headers).toEqual({ 'Content-Security-Policy': [UI_CSP] });
  });

  it('sets it on a response that had no headers', () => {
    const session = new FakeSession();
    enforceCsp(session as unknown as Session, UI_CSP);
    expect(headersAfter(session)).toEqual({ 'Content-Security-Policy': [UI_CSP] });
  });
});
