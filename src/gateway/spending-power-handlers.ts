import type { LedgerInternalApi, ParsedInput } from '../shared/contract';
import type { SecurityLog } from './security/security-log';
import type { SecurityService } from './security/security-service';

/**
 * What raises how much can be spent: real-name verification (a higher tier) and the
 * person's own caps. Raising needs the PIN (and the code when two-factor is on), checked
 * here before the ledger records anything; lowering a cap never does.
 */
export function spendingPowerHandlers(
  security: SecurityService,
  log: SecurityLog,
  internal: Pick<LedgerInternalApi, 'identity.record' | 'limits.record'>,
) {
  return {
    'identity.verify': async (input: ParsedInput<'identity.verify'>) => {
      const { pin, code, ...document } = input;
      await security.authorize({ pin, code });
      const view = await internal['identity.record'](document);
      await log.append('identity.verified', { kind: document.kind });
      return view;
    },
    'limits.set': async (input: ParsedInput<'limits.set'>) => {
      const { pin, code, ...caps } = input;
      // Only a request that carries a PIN may raise; the ledger decides whether one does.
      if (pin !== undefined) await security.authorize({ pin, code });
      const { view, raised } = await internal['limits.record']({
        ...caps,
        mayRaise: pin !== undefined,
      });
      if (raised) await log.append('limits.raised');
      return view;
    },
  };
}
