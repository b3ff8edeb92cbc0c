import type { LedgerInternalApi } from '../../shared/contract';
import { SECURITY_EVENTS, type SecurityEvent, type SecurityLog } from './security-log';

const PREFIX = 'security.';

/** The security log, kept in the ledger's audit table as `security.<event>`. */
export function createLedgerSecurityLog(internal: LedgerInternalApi): SecurityLog {
  return {
    async append(kind, details) {
      await internal['audit.append']({ kind: `${PREFIX}${kind}`, ...(details ? { details } : {}) });
    },
    async list(limit) {
      const entries = await internal['audit.list']({ prefix: PREFIX, limit });
      return entries.flatMap((entry): SecurityEvent[] => {
        const kind = entry.kind.slice(PREFIX.length);
        const known = SECURITY_EVENTS.find((event) => event === kind);
        return known ? [{ ...entry, kind: known }] : [];
      });
    },
  };
}
