import type { Session } from 'electron';
import { serveApp } from '../protocol/serve-app';
import { enforceCsp } from './csp-header';
import { lockNetwork, type NetworkPolicy } from './network-lock';
import { applyPermissionPolicy } from './permissions';

export interface SessionPolicy {
  readonly csp: string;
  readonly network: NetworkPolicy;
  /** The built renderer folder, served on app://. */
  readonly root: string;
  /** The HTML pages this session may load. */
  readonly pages: readonly string[];
  /** Origins whose main frame may write to the clipboard (none for the ledger). */
  readonly clipboardOrigins: readonly string[];
}

/**
 * Everything a session of Purse gets: app://, a CSP, no network, no permission but the UI's
 * clipboard write, no downloads (files are saved by main through the save dialog).
 */
export function secureSession(session: Session, policy: SessionPolicy): void {
  serveApp(session.protocol, { root: policy.root, csp: policy.csp, pages: policy.pages });
  enforceCsp(session, policy.csp);
  lockNetwork(session, policy.network);
  applyPermissionPolicy(session, { clipboardOrigins: policy.clipboardOrigins });
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
}
