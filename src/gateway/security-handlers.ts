import type { ParsedInput } from '../shared/contract';
import type { SecurityService } from './security/security-service';
import type { SecurityLog } from './security/security-log';

/** `security.*`: served in main, where the keychain is; never forwarded to the ledger. */
export function securityHandlers(security: SecurityService, log: SecurityLog) {
  const status = () => security.status();
  return {
    'security.status': status,
    'security.setupPin': (input: ParsedInput<'security.setupPin'>) => security.setupPin(input.pin),
    'security.unlock': async (input: ParsedInput<'security.unlock'>) => {
      await security.unlock(input.pin);
      return status();
    },
    'security.unlockBiometric': async () => {
      await security.unlockWithBiometric();
      return status();
    },
    'security.lock': async () => {
      await security.lock();
      return status();
    },
    'security.activity': async () => {
      await security.activity();
      return null;
    },
    'security.changePin': async (input: ParsedInput<'security.changePin'>) => {
      await security.changePin(input.oldPin, input.newPin);
      return status();
    },
    'security.setIdleTimeout': async (input: ParsedInput<'security.setIdleTimeout'>) => {
      await security.setIdleMinutes(input.minutes, { pin: input.pin, code: input.code });
      return status();
    },
    'security.setBiometric': async (input: ParsedInput<'security.setBiometric'>) => {
      await security.setBiometric(input.enabled, { pin: input.pin, code: input.code });
      return status();
    },
    'security.totpBegin': (input: ParsedInput<'security.totpBegin'>) =>
      security.beginTotp('Purse wallet', input),
    'security.totpConfirm': async (input: ParsedInput<'security.totpConfirm'>) => {
      await security.confirmTotp(input.code);
      return status();
    },
    'security.totpDisable': async (input: ParsedInput<'security.totpDisable'>) => {
      await security.disableTotp(input);
      return status();
    },
    'security.recover': async (input: ParsedInput<'security.recover'>) => {
      await security.recover({
        recoveryCode: input.recoveryCode,
        ...(input.newPin === undefined ? {} : { newPin: input.newPin }),
        ...(input.totpCode ? { totpCode: input.totpCode } : {}),
        ...(input.identity ? { identity: input.identity } : {}),
      });
      return status();
    },
    'security.regenerateRecoveryCodes': (input: ParsedInput<'security.regenerateRecoveryCodes'>) =>
      security.regenerateRecoveryCodes(input),
    'security.log': (input: ParsedInput<'security.log'>) => log.list(input?.limit ?? 100),
  };
}
