import type { LedgerInternalApi, ParsedInput } from '../shared/contract';
import { confirmItIsYou } from './security/confirm-with-pin';
import type { SecurityService } from './security/security-service';

/**
 * Corrections that move money a PIN confirmed: a void (the PIN always, as the original
 * took), and undo and redo (the PIN when one is sent; the ledger refuses a step that moves
 * such money without it, deciding in its queue which step that is).
 */
export function correctionHandlers(security: SecurityService, internal: LedgerInternalApi) {
  async function step(direction: 'undo' | 'redo', input: ParsedInput<'ledger.undo'>) {
    const auth = input?.auth;
    if (auth) await confirmItIsYou(security, auth, `${direction} a change that moves money`);
    return internal['ledger.step']({ direction, pinConfirmed: auth !== undefined });
  }
  return {
    'transactions.void': async (input: ParsedInput<'transactions.void'>) => {
      const { auth, ...rest } = input;
      await confirmItIsYou(security, auth, 'void this transaction');
      return internal['transactions.voidCommit'](rest);
    },
    'ledger.undo': (input: ParsedInput<'ledger.undo'>) => step('undo', input),
    'ledger.redo': (input: ParsedInput<'ledger.redo'>) => step('redo', input),
  };
}
