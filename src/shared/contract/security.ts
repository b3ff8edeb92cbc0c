import type { SecurityEventView, SecurityStatus, TotpEnrolment } from '../security';
import * as s from '../schemas';
import { read, write } from './define';
import { SECURITY_VIEWS } from './views';

export interface RecoveryCodes {
  /** Shown once; only their hashes are kept. */
  readonly recoveryCodes: readonly string[];
}

/** `security.*`: served in main, where the keychain is; never forwarded to the ledger. */
export const securityMethods = {
  'security.status': read<SecurityStatus>()('gateway', s.emptyInput, { needs: 'nothing' }),
  'security.setupPin': write<RecoveryCodes>()('gateway', s.securitySetupPinInput, {
    needs: 'nothing',
    stale: SECURITY_VIEWS,
  }),
  'security.unlock': write<SecurityStatus>()('gateway', s.securityUnlockInput, {
    needs: 'nothing',
    stale: 'all',
  }),
  'security.unlockBiometric': write<SecurityStatus>()('gateway', s.emptyInput, {
    needs: 'nothing',
    stale: 'all',
  }),
  'security.lock': write<SecurityStatus>()('gateway', s.emptyInput, {
    needs: 'nothing',
    stale: 'all',
  }),
  // Reporting activity after an idle spell may find the app already locked: look again.
  'security.activity': write<null>()('gateway', s.emptyInput, {
    needs: 'nothing',
    stale: ['security.status'],
  }),
  'security.changePin': write<SecurityStatus>()('gateway', s.securityChangePinInput, {
    needs: 'pin',
    stale: SECURITY_VIEWS,
  }),
  'security.setIdleTimeout': write<SecurityStatus>()('gateway', s.securitySetIdleTimeoutInput, {
    needs: 'pin+2fa-to-weaken',
    stale: SECURITY_VIEWS,
  }),
  'security.setBiometric': write<SecurityStatus>()('gateway', s.securitySetBiometricInput, {
    needs: 'pin+2fa',
    stale: SECURITY_VIEWS,
  }),
  // Enrolling or replacing an authenticator; the code that confirms it needs only the
  // enrolment this call started with the PIN.
  'security.totpBegin': write<TotpEnrolment>()('gateway', s.securityStepUpInput, {
    needs: 'pin+2fa',
    stale: SECURITY_VIEWS,
  }),
  'security.totpConfirm': write<SecurityStatus>()('gateway', s.securityTotpConfirmInput, {
    stale: SECURITY_VIEWS,
  }),
  'security.totpDisable': write<SecurityStatus>()('gateway', s.securityStepUpInput, {
    needs: 'pin+2fa',
    stale: SECURITY_VIEWS,
  }),
  'security.recover': write<SecurityStatus>()('gateway', s.securityRecoverInput, {
    needs: 'nothing',
    stale: 'all',
  }),
  'security.regenerateRecoveryCodes': write<RecoveryCodes>()('gateway', s.securityStepUpInput, {
    needs: 'pin+2fa',
    stale: SECURITY_VIEWS,
  }),
  'security.log': read<SecurityEventView[]>()('gateway', s.securityLogInput),
} as const;
